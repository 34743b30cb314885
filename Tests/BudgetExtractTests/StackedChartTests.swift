import BudgetModel
import Testing

@testable import BudgetExtract

/// A bar chart of two years printed one cell per line, the total and each item's change below
/// it (national-h31-shakaihosho-point lines 30–98, national-r2 lines 29–125; issue #20).
@Suite struct StackedChartTests {
  static let h31 = [
    "平成31年度", "社会保障関係費の姿", "118,036", "121,670", "118,079", "119,974", "31,153", "32,301",
    "62,614", "65,968", "0", "30年度", "31年度", "30年度", "31年度", "30年度", "31年度", "30年度", "31年度",
    "年金", "医療", "介護", "福祉等", "(単位:億円)", "30年度", "31年度", "(注)", "増△減", "329,882",
    "339,914", "+10,031(+3.0%)", "+3,634(+3.1%)", "+1,895(+1.6%)", "+1,148(+3.7%)", "+3,355(+5.4%)",
  ]

  /// The same chart a year later, its title, years and changes cut across lines.
  static let r2 = [
    "令和", "2年度", "社会", "保障関", "係費の姿", "121,670", "126,418", "119,974", "122,674", "32,301",
    "34,038", "66,681", "74,992", "0", "20,000", "40,000", "60,000", "80,000", "100,000", "120,000",
    "140,000", "元年度", "2年度", "元年度", "2年度", "元年", "度2年度", "元年度", "2年度", "年金", "医療",
    "介護", "福祉等", "(単位:億円)", "元年度", "⇒2年", "度増△減", "340,627", "358,121", "+17,495(",
    "+5.1%", "(増", "△減)", "+4,748(+3", ".9%)", "+2,700(", "+2.3%", ")+1,736(+5", ".4%)",
    "+8,310(+1",
    "2.5%",
  ]

  static func reading(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { k, text in
      Line(number: k + 1, scalars: Array(text.unicodeScalars))
    }
    var reader = GenericReader(lexicon: .standard)
    for line in lines { reader.read(line) }
    reader.finish()
    reader.readStackedChart(lines)
    return reader
  }

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  /// Statements of three of the labels with their amounts, as a document may print them
  /// elsewhere (lines built for the test; neither fixture prints one).
  static let statements = ["年金 12兆1,670億円", "医 療 11兆9,974億円", "介護 3兆2,301億円"]

  /// The chart with its legend printed in reverse.
  static let reversed = h31.map {
    ["年金": "福祉等", "医療": "介護", "介護": "医療", "福祉等": "年金"][$0] ?? $0
  }

  func rows(_ reader: GenericReader) -> [String: [String]] {
    let chart = reader.tables.last { $0.rows.contains { $0.label == "社会保障関係費の姿" } }
    return Dictionary(uniqueKeysWithValues: (chart?.rows ?? []).map { ($0.label, figures($0)) })
  }

  @Test func labelsStatedWithTheirAmountsPairTheBars() throws {
    let reader = Self.reading(Self.h31 + Self.statements)
    let table = try #require(reader.tables.last)
    #expect(table.unit == "億円")
    #expect(table.confirmed)
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["30年度", "31年度", nil, nil])
    #expect(table.rows.map(\.label) == ["社会保障関係費の姿", "年金", "医療", "介護", "福祉等"])
    #expect(
      table.rows.map(figures) == [
        ["329882", "339914", "10031", "3.0"], ["118036", "121670", "3634", "3.1"],
        ["118079", "119974", "1895", "1.6"], ["31153", "32301", "1148", "3.7"],
        ["62614", "65968", "3355", "5.4"],
      ])
    // Each cell keeps its own line: 年金's bars on 3 and 4, its change on 32.
    #expect(table.rows[1].cellLines == [3, 4, 32, 32])
    #expect(!reader.diagnostics.contains { $0.text.contains("118,036") })
  }

  @Test func aReversedLegendIsPairedByTheStatementsNotByItsOrder() {
    let reader = Self.reading(Self.reversed + Self.statements)
    let read = rows(reader)
    #expect(read["年金"] == ["118036", "121670", "3634", "3.1"])
    #expect(read["医療"] == ["118079", "119974", "1895", "1.6"])
    #expect(read["福祉等"] == ["62614", "65968", "3355", "5.4"])
  }

  /// With no statement, printed order proves nothing: only the total (its label the title's,
  /// its bars the sums of the items') is read, the items are reported with the chart's lines.
  @Test(arguments: [h31, reversed])
  func withoutAStatementTheItemsAreReported(_ texts: [String]) throws {
    let reader = Self.reading(texts)
    #expect(rows(reader) == ["社会保障関係費の姿": ["329882", "339914", "10031", "3.0"]])
    let report = try #require(reader.diagnostics.first { $0.kind == .tableUnexplained })
    #expect(report.text.contains("年金") && report.span.line == 3 && report.span.endLine == 35)
    #expect(reader.diagnostics.contains { $0.text.contains("118,036") })
  }

  @Test func aStatementOfTwoLabelsForOnePairProvesNeither() {
    let reader = Self.reading(Self.h31 + ["年金 12兆1,670億円", "医療 12兆1,670億円"])
    #expect(rows(reader).keys.sorted() == ["社会保障関係費の姿"])
  }

  @Test func cutYearsTitleAndChangesAreJoined() throws {
    let reader = Self.reading(Self.r2 + ["年金 12兆6,418億円", "医療 12兆2,674億円", "福祉等 7兆4,992億円"])
    let table = try #require(reader.tables.last)
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["元年度", "2年度", nil, nil])
    #expect(table.rows.map(\.label) == ["社会保障関係費の姿", "年金", "医療", "介護", "福祉等"])
    #expect(
      table.rows.map(figures) == [
        ["340627", "358121", "17495", "5.1"], ["121670", "126418", "4748", "3.9"],
        ["119974", "122674", "2700", "2.3"], ["32301", "34038", "1736", "5.4"],
        ["66681", "74992", "8310", "12.5"],
      ])
    // `+8,310(+1` / `2.5%`: the change on line 50, its rate begun there.
    #expect(table.rows[4].cellLines == [12, 13, 50, 50])
  }

  /// The years printed with their era (`平成30年度` / `平成31年度`), the second with or without
  /// it: the same chart, its columns' years with the era.
  @Test(arguments: ["平成31年度", "31年度"])
  func yearsWithTheirEra(_ second: String) throws {
    var texts = Self.h31
    for k in 11...18 { texts[k] = k % 2 == 1 ? "平成30年度" : second }
    let reader = Self.reading(texts + Self.statements)
    let table = try #require(reader.tables.last)
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["平成30年度", "平成31年度", nil, nil])
    #expect(rows(reader)["年金"] == ["118036", "121670", "3634", "3.1"])
  }

  @Test(arguments: [
    // 医療's change is not its bars' difference (119,974 − 118,079 = 1,895).
    h31.map { $0 == "+1,895(+1.6%)" ? "+1,995(+1.6%)" : $0 },
    // A rate its change does not give (1,895 / 118,079 is 1.6%).
    h31.map { $0 == "+1,895(+1.6%)" ? "+1,895(+2.6%)" : $0 },
    // Years not one apart, and no unit statement.
    h31.map { $0 == "31年度" ? "32年度" : $0 },
    h31.filter { $0 != "(単位:億円)" },
    // The total is not the sum of the items' bars (329,882 = 118,036 + … + 62,614).
    h31.map { $0 == "329,882" ? "329,892" : $0 }.map {
      $0 == "+10,031(+3.0%)" ? "+10,022(+3.0%)" : $0
    },
  ])
  func otherwiseNothingIsRead(_ texts: [String]) {
    let reader = Self.reading(texts + Self.statements)
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "年金" } })
    #expect(rows(reader).isEmpty)
  }
}
