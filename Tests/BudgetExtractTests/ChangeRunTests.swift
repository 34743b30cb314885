import BudgetModel
import Testing

@testable import BudgetExtract

/// Comparison lines printed after the amounts they compare, in another order, paired by their
/// arithmetic (`ChangeRun`), and a year and a stage printed over an amount as its caption
/// (`GenericReader+YearStageCaption`), on excerpts of soumu-r4-shobo-hakusho-yosan (令和4年版
/// 消防白書, the chart page 「令和4年度 消防庁予算の概要」; issue #20).
@Suite struct ChangeRunTests {
  // Lines 13-16: +1.2 on 126.2 is not 53.2%, so the first comparison is 3.5's, and the
  // second (0.0, 0.0%) 126.2's: the one assignment the arithmetic allows. The change printed
  // without a sign takes the sign of the rate beside it (`、53.2%増`).
  @Test func comparisonsAreGivenToTheAmountsTheirArithmeticFits() throws {
    let reader = GenericReader.reading([
      "○一般会計 126.2億円", "○復興特別会計 3.5億円", "(対前年度比1.2億円、53.2%増)",
      "(対前年度比 0.0億円、0.0%増)",
    ])
    let general = try #require(reader.amountLines.first { $0.label == "○一般会計" })
    let reconstruction = try #require(reader.amountLines.first { $0.label == "○復興特別会計" })
    #expect(reconstruction.change?.amount?.parts.first?.number.description == "1.2")
    #expect(reconstruction.change?.amount?.isNegative == false)
    #expect(reconstruction.changeRatePercent?.description == "53.2")
    #expect(reconstruction.changeLine == 3)
    #expect(general.change?.amount?.parts.first?.number.description == "0.0")
    #expect(general.changeRatePercent?.description == "0.0")
    #expect(general.changeLine == 4)
    #expect(!reader.diagnostics.contains { $0.span.line == 3 || $0.span.line == 4 })
  }

  // Two comparisons that fit either amount: the order alone would pair them; nothing is read.
  @Test func comparisonsThatFitEitherAmountAreNotPaired() throws {
    let reader = GenericReader.reading([
      "○一般会計 126.2億円", "○復興特別会計 126.0億円", "(対前年度比 0.0億円、0.0%増)",
      "(対前年度比 0.0億円、0.0%増)",
    ])
    let general = try #require(reader.amountLines.first { $0.label == "○一般会計" })
    #expect(general.change == nil)
    #expect(reader.diagnostics.contains { $0.span.line == 4 })
  }

  // Three amounts and two comparisons: which two amounts they are for is not certain.
  @Test func aLongerRunOfAmountsIsNotPaired() {
    let reader = GenericReader.reading([
      "○一般会計 126.2億円", "○東日本大震災復興特別会計 3.5億円", "○その他 1.0億円",
      "(対前年度比1.2億円、53.2%増)", "(対前年度比 0.0億円、0.0%増)",
    ])
    #expect(reader.amountLines.allSatisfy { $0.changeLine != 5 })
    #expect(reader.diagnostics.contains { $0.span.line == 5 })
  }

  // Lines 20-22: `令和3年度` / `補正予算` / `159.9億円`: the two lines are the amount's caption.
  @Test func aYearAndAStageOverAnAmountAreItsCaption() throws {
    let reader = GenericReader.reading(["令和3年度", "補正予算", "159.9億円"])
    let record = try #require(reader.amountLines.first)
    #expect(record.label == "令和3年度補正予算")
    #expect(record.amount.amount?.parts.first?.number.description == "159.9")
  }

  // A word beside the stage, or a blank line between: no caption.
  @Test func otherLinesOverAnAmountAreNoCaption() {
    #expect(GenericReader.reading(["令和3年度", "補正予算の内訳", "159.9億円"]).amountLines.isEmpty)
    #expect(GenericReader.reading(["令和3年度", "", "補正予算", "159.9億円"]).amountLines.isEmpty)
    #expect(GenericReader.reading(["令和3年度", "補正予算", "", "159.9億円"]).amountLines.isEmpty)
  }
}
