import BudgetModel
import Testing

@testable import BudgetExtract

/// Blocks of pairs with no change to check (`GenericReader+UnitPrintedPairs`), on excerpts of
/// fukko-r5-bousai-hakusho (令和5年版 防災白書; issue #20).
@Suite struct UnitPrintedPairsTests {
  // Lines 21-26: each name says its year and stage; only the figure printing its unit is
  // read, the bare prior-year figure is reported (nothing proves it is in 百万円).
  @Test func theFigureThatPrintsItsUnitIsRead() throws {
    let reader = GenericReader.reading([
      "<1>被災者支援総合交付金", "", "令和5年度予算額", "10,201百万円", "令和4年度予算額", "11,527",
    ])
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1)
    #expect(table.unit == "百万円")
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["令和5年度"])
    #expect(table.rows.first?.label == "<1>被災者支援総合交付金")
    #expect(table.rows.first?.cells.first?.amount?.parts.first?.number.description == "10201")
    #expect(table.rows.first?.cellLines == [4])
    #expect(reader.diagnostics.contains { $0.kind == .unitUnknown && $0.span.line == 6 })
  }

  // Two names of one year and stage: which figure is which is not told by the block.
  @Test func twoNamesOfOneColumnAreGivenBack() {
    let reader = GenericReader.reading([
      "<1>被災者支援総合交付金", "令和5年度予算額", "10,201百万円", "令和5年度予算額", "11,527百万円",
    ])
    #expect(reader.tables.isEmpty)
  }

  // With a change the block is proven by B − A = C as before: every figure is read.
  @Test func aBlockWithItsChangeIsReadWhole() throws {
    let reader = GenericReader.reading([
      "令和5年度予算額", "10,201百万円", "令和4年度予算額", "11,527", "差引増△減", "△1,326",
    ])
    #expect(try #require(reader.tables.first).rows.first?.cells.count == 3)
  }
}
