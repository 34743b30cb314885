import BudgetModel
import Testing

@testable import BudgetExtract

/// The table shapes of blind set N (issue #20).
@Suite struct BlindSetNShapesTests {
  static func cells(_ row: SummaryRowRecord) -> [Int64?] {
    row.cells.map { cell in
      cell.amount.map { ($0.isNegative ? -1 : 1) * $0.parts[0].number.significand }
    }
  }

  /// The generic reader with the unit-header stack pass run after it.
  static func reading(_ texts: [String]) -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    let lines = texts.enumerated().map { k, text in
      Line(number: k + 1, scalars: Array(text.unicodeScalars))
    }
    for line in lines { reader.read(line) }
    reader.finish()
    reader.readUnitHeaderStacks(lines)
    return reader
  }

  /// norin-h29-rinya-gaisan-sokatsu lines 8-44 (林野庁's 総括表, 平成29年度概算要求): each
  /// column's unit under its words, one cell per line, three rows whose labels the PDF's
  /// reading order moved after the last row.
  static let sokatsu = [
    "平成 28年度当初予算額", "(百万円)", "平成 29年度概算要求額", "(百万円)", "対前年度比(%)",
    "公共事業費", "189,983", "225,984", "118.9",
    "一般公共事業費", "180,009", "216,010", "120.0",
    "59,723", "71,667", "120.0",
    "森林整備事業費", "120,286", "144,343", "120.0",
    "災害復旧等事業費", "9,974", "9,974", "100.0",
    "103,314", "117,654", "113.9",
    "293,297", "343,638", "117.2",
    "治山事業費", "非公共事業費", "合計", "年度", "29", "平成 28年8月", "区分",
  ]

  // 59,723 + 120,286 = 180,009 (一般公共), 180,009 + 9,974 = 189,983 (公共), 189,983 +
  // 103,314 = 293,297 (合計): the sums prove that the last row is the total, so `合計` is its
  // label. The rows above it are two subtrees, 公共事業費's and one with no label, that add up
  // to it: `非公共事業費` (非 + 公共事業費) names that complement, whatever the printed order
  // of the labels; one row and one label are left, `治山事業費`, and they are paired.
  @Test func labelsAfterTheTablePairedByTheTotalAndTheComplement() throws {
    for order in [["治山事業費", "非公共事業費"], ["非公共事業費", "治山事業費"]] {
      var lines = Self.sokatsu
      lines[lines.firstIndex(of: "治山事業費")!] = order[0]
      lines[lines.firstIndex(of: "非公共事業費")!] = order[1]
      let reader = Self.reading(lines)
      let table = try #require(reader.tables.first)
      #expect((table.meanings ?? []).map(\.kind) == [.amount, .amount, .ratioPercent])
      #expect(table.unit == "百万円")
      #expect(
        table.rows.map(\.label) == [
          "公共事業費", "一般公共事業費", "治山事業費", "森林整備事業費", "災害復旧等事業費", "非公共事業費", "合計",
        ])
      #expect(Self.cells(table.rows[2]) == [59723, 71667, 1200])
      #expect(Self.cells(table.rows[5]) == [103314, 117654, 1139])
      #expect(Self.cells(table.rows[6]) == [293297, 343638, 1172])
      #expect(table.confirmed)
      #expect(!reader.diagnostics.contains { $0.message == GenericReader.labelAfterMessage })
    }
  }

  // With no label naming the complement (`その他事業費` for `非公共事業費`), only the total's
  // label is proven: the two other rows are reported, never labelled by order.
  @Test func labelsAfterTheTableWithoutAComplementPairOnlyTheTotal() throws {
    let lines = Self.sokatsu.map { $0 == "非公共事業費" ? "その他事業費" : $0 }
    let reader = Self.reading(lines)
    let table = try #require(reader.tables.first)
    #expect(
      table.rows.map(\.label) == ["公共事業費", "一般公共事業費", "森林整備事業費", "災害復旧等事業費", "合計"])
    let reported = reader.diagnostics.filter { $0.message == GenericReader.labelAfterMessage }
    #expect(reported.map(\.span.line) == [14, 15, 16, 25, 26, 27])
  }

  // A last row that is not the sum of the rows (300,000 / 351,600, its own ratio 117.2 still
  // right): the labels after the table are not paired; the labelled rows are read, the three
  // others reported.
  @Test func labelsAfterNotPairedWithoutTheSum() throws {
    let lines = Self.sokatsu.map { ["293,297": "300,000", "343,638": "351,600"][$0] ?? $0 }
    let reader = Self.reading(lines)
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["公共事業費", "一般公共事業費", "森林整備事業費", "災害復旧等事業費"])
    let reported = reader.diagnostics.filter { $0.message == GenericReader.labelAfterMessage }
    #expect(reported.map(\.span.line) == [14, 15, 16, 25, 26, 27, 28, 29, 30])
  }

  /// The 総括表's rows (norin-h29) with every label printed after its figures.
  static let labelsAfter =
    Array(sokatsu[0..<5]) + [
      "189,983", "225,984", "118.9", "公共事業費", "180,009", "216,010", "120.0", "一般公共事業費",
      "59,723", "71,667", "120.0", "治山事業費", "120,286", "144,343", "120.0", "森林整備事業費",
      "9,974", "9,974", "100.0", "災害復旧等事業費", "103,314", "117,654", "113.9", "非公共事業費",
      "293,297", "343,638", "117.2", "合計", "区分",
    ]

  // Every label after its figures, the last `合計` and the rows' hierarchy adding up to the
  // last row: each group takes the label right after it.
  @Test func labelsAfterTheirFiguresPairedByTheTotal() throws {
    let table = try #require(Self.reading(Self.labelsAfter).tables.first)
    #expect(table.rows.map(\.label).first == "公共事業費")
    #expect(table.rows.map(\.label).last == "合計")
    #expect(table.rows[2].label == "治山事業費")
    #expect(Self.cells(table.rows[2]) == [59723, 71667, 1200])
  }

  // The same without the total word after the last row: where the labels belong is not
  // certain, nothing is read.
  @Test func labelsAfterTheirFiguresWithoutTheTotalAreNotRead() throws {
    let lines = Self.labelsAfter.map { $0 == "合計" ? "その他" : $0 }
    #expect(Self.reading(lines).tables.isEmpty)
  }

  // Labels printed after their figures (the first group has none before it): nothing is read.
  @Test func labelsAfterTheirFiguresAreNotRead() throws {
    let lines =
      Array(Self.sokatsu[0..<5]) + ["189,983", "225,984", "118.9", "公共事業費"]
      + ["180,009", "216,010", "120.0", "一般公共事業費"]
    #expect(Self.reading(lines).tables.isEmpty)
  }

  // The same table with each column's unit inside its words, a year printed in full-width
  // digits and spaced labels (another ministry's print of a 総括表): read the same way.
  @Test func unitInsideTheHeaderWordsAndSpacedLabels() throws {
    let header = ["平成28年度当初予算額(百万円)", "平成２９年度概算要求額(百万円)", "対前年度比(%)"]
    let body = Self.sokatsu.dropFirst(5).map { text -> String in
      ["治山事業費", "合計"].contains(text) ? text.map(String.init).joined(separator: " ") : text
    }
    let table = try #require(Self.reading(header + body).tables.first)
    #expect(table.unit == "百万円")
    #expect(table.rows.count == 7)
    #expect(table.rows.map(\.label).last == "合計")
    #expect(table.rows[2].label == "治山事業費")
    #expect(table.rows[3].label == "森林整備事業費")
    #expect(table.rows[5].label == "非公共事業費")
    #expect(Self.cells(table.rows[6]) == [293297, 343638, 1172])
  }

  // Two units in the header (`(百万円)`, `(千円)`): which one a cell is in is not certain.
  @Test func twoUnitsInTheHeaderAreNotRead() throws {
    let lines = Self.sokatsu.enumerated().map { $0.offset == 3 ? "(千円)" : $0.element }
    #expect(Self.reading(lines).tables.isEmpty)
  }
}
