import BudgetModel
import Testing

@testable import BudgetExtract

/// 内閣府's 陸上交通安全対策関係予算分野別総括表 (naikakufu-r2-kotsu-anzen-yosan lines 6-48; issue
/// #20): a row one cell short (its 決算 not printed) is read where exactly one place of the
/// missing cell keeps the row's arithmetic, and the table goes on past rows whose cells are
/// `…百万円の内数` parts printed over three lines each (reported).
@Suite struct PartOfCellsTests {
  static let header = [
    "第1表 陸上交通安全対策関係予算分野別総括表(単位:百万円)", "平成30年度", "当初予算額", "令和元年度",
    "当初予算額", "令和2年度", "当初予算額", "", "増減額", "平成30年度", "決算",
  ]
  static let first = "1 交通環境の整備 78,288 76,890 75,815 ▲1,075 51,058"
  static let short = "(1) 特定交通安全施設等整備事業(警察庁) 18,128 20,128 21,504 1,376"
  static func partOf(_ label: String) -> [String] {
    [
      "\(label) 1,667,694", "百万円", "の内数※", "1,785,752", "百万円", "の内数※", "2,047,153", "百万円",
      "の内数※",
    ]
  }
  static let after = "(3) 交通安全対策特別交付金(総務省) 60,160 56,763 54,311 ▲2,451 51,058"
  static let whole =
    header + [first, short] + partOf("(2) 交通安全施設等の整備(国土交通省)") + [after]
    + partOf("(4) 改築事業による交通安全対策(国土交通省)") + ["(5) 道路交通環境改善促進事業(国土交通省)"]
    + partOf("(6) 防災・震災対策事業(国土交通省)") + ["(7) 鉄道施設の安全対策等"]

  static func read(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    var reader = GenericReader.reading(texts)
    reader.continueTablesPastPartOfCells(lines)
    return reader
  }

  func numbers(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "" }
  }

  @Test func theShortRowAndTheRowAfterThePartsAreRead() throws {
    let reader = Self.read(Self.whole)
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1 && table.unit == "百万円")
    #expect(table.rows.map(\.span.line) == [12, 13, 23])
    #expect(numbers(table.rows[1]) == ["18128", "20128", "21504", "1376", ""])
    #expect(table.rows[1].cellLines == [13, 13, 13, 13, 0])
    #expect(numbers(table.rows[2]) == ["60160", "56763", "54311", "-2451", "51058"])
    // The `の内数` parts stay reported, each with its line.
    for line in [14, 17, 20, 24, 27, 30, 34, 37, 40] {
      #expect(reader.diagnostics.contains { $0.span.line == line })
    }
    #expect(!reader.diagnostics.contains { [12, 13, 23].contains($0.span.line) })
  }

  /// A short row whose change is not B − A: reported; a row after the parts whose arithmetic
  /// fails: the table ends before it.
  @Test func notProvenIsReported() throws {
    let wrong = Self.whole.map {
      $0 == Self.short ? "(1) 特定交通安全施設等整備事業(警察庁) 18,128 20,128 21,504 1,476" : $0
    }
    // (The table is not continued past a row it reported.)
    var reader = Self.read(wrong)
    #expect(try #require(reader.tables.first).rows.map(\.span.line) == [12])
    #expect(reader.diagnostics.contains { $0.span.line == 23 })
    #expect(reader.diagnostics.contains { $0.span.line == 13 })
    let after = Self.whole.map {
      $0 == Self.after ? "(3) 交通安全対策特別交付金(総務省) 60,160 56,763 54,311 ▲2,951 51,058" : $0
    }
    reader = Self.read(after)
    #expect(try #require(reader.tables.first).rows.map(\.span.line) == [12, 13])
    #expect(reader.diagnostics.contains { $0.span.line == 23 })
  }

  /// `0 0 0 0` keeps B − A = C with the missing cell first or last: two places, reported.
  @Test func aShortRowOfZerosIsNotPlaced() throws {
    let zeros = Self.whole.map { $0 == Self.short ? "(1) 特定交通安全施設等整備事業(警察庁) 0 0 0 0" : $0 }
    let reader = Self.read(zeros)
    #expect(try #require(reader.tables.first).rows.map(\.span.line) == [12])
    #expect(reader.diagnostics.contains { $0.span.line == 13 })
  }

  /// The parts on one line each (`1,667,694百万円の内数※ …`): reported, the table goes on.
  @Test func thePartsOnOneLine() throws {
    let texts =
      Self.header + [
        Self.first, Self.short,
        "(2) 交通安全施設等の整備(国土交通省) 1,667,694百万円の内数※ 1,785,752百万円の内数※ 2,047,153百万円の内数※",
        Self.after,
      ]
    let reader = Self.read(texts)
    #expect(try #require(reader.tables.first).rows.map(\.span.line) == [12, 13, 15])
    #expect(
      reader.diagnostics.contains {
        $0.span.line == 14 && $0.message == GenericReader.partOfMessage
      })
  }
}
