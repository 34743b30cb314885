import BudgetModel
import Testing

@testable import BudgetExtract

/// A new item in a table printed one cell per line, its earlier year's cell not printed
/// (soumu-h27-point-seifuan lines 35-83; issue #20).
@Suite struct NewItemRowTests {
  static let header = [
    "(単位:億円)", "26年度", "予算", "27年度", "政府案", "対前年度", "増▲減", "一般会計分【交付税等、恩給除き】",
    "3,471", "4,325", "+854", "人 件 費", "676", "640", "▲36",
  ]

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func aPlusChangeEqualToTheAmountBeforeItIsANewItem() throws {
    let reader = GenericReader.reading(
      Self.header + [
        "( う ち 番 号 関 係 経 費 ( 事 項 要 求 ) )", "528", "+528", "周期統計調査経費等", "462", "862", "+400",
      ])
    let table = try #require(reader.tables.first)
    #expect(table.rows.count == 4)
    #expect(figures(table.rows[2]) == ["-", "528", "528"])
    #expect(table.rows[2].cellLines == [0, 17, 18])
    #expect(figures(table.rows[3]) == ["462", "862", "400"])
  }

  // `+500` after `528` is no new item (528 − 0 ≠ 500), nor is an unsigned `528`: the cells
  // are left to the header's count, and the row its arithmetic contradicts is reported.
  @Test(arguments: ["+500", "528"])
  func otherwiseTheCellsFillTheColumnsInTurn(_ third: String) throws {
    let reader = GenericReader.reading(
      Self.header + ["( う ち 番 号 関 係 経 費 ( 事 項 要 求 ) )", "528", third, "1,148"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.count == 2)
    #expect(reader.diagnostics.contains { $0.span.line == 16 })
  }
}
