import BudgetModel
import Testing

@testable import BudgetExtract

/// Items of two years written short and their change with its rate, on one line under a chart
/// (national-h31-shakaihosho-point lines 76 and 100; issue #20).
@Suite struct YearMarkedPairsTests {
  static let items =
    "うち医療費国庫負担 30’ 114,839 31’ 116,692 +1,853(+1.6%) うち介護費国庫負担 30’ 28,483 31’ 29,610 "
    + "+1,128(+4.0%) (注)（注記） 679 億円（注記）"

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func eachItemIsARowOfItsTwoYearsChangeAndRate() throws {
    let reader = GenericReader.reading(["(単位:億円)", Self.items])
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    #expect(table.confirmed)
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["30年度", "31年度", nil, nil])
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(table.rows.map(\.label) == ["うち医療費国庫負担", "うち介護費国庫負担"])
    #expect(
      table.rows.map(figures) == [
        ["114839", "116692", "1853", "1.6"], ["28483", "29610", "1128", "4.0"],
      ])
    // The note after the items is reported with its figure.
    #expect(reader.diagnostics.contains { $0.text.contains("679") })
  }

  @Test(arguments: [
    // A rate the figures do not give (1,853 / 114,839 is 1.6%), years not one apart, no unit.
    ["(単位:億円)", "うち医療費国庫負担 30’ 114,839 31’ 116,692 +1,853(+2.6%)"],
    ["(単位:億円)", "うち医療費国庫負担 29’ 114,839 31’ 116,692 +1,853(+1.6%)"],
    [
      "うち医療費国庫負担 30’ 114,839 31’ 116,692 +1,853(+1.6%) うち介護費国庫負担 30’ 28,483 31’ 29,610 +1,128(+4.0%)"
    ],
  ])
  func otherwiseNothingIsRead(_ lines: [String]) {
    let reader = GenericReader.reading(lines)
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "うち医療費国庫負担" } })
  }
}
