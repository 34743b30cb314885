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
  // Lines 13-18: the two accounts, their comparisons, the chapter tab, then `129.7億円` with a
  // note on a condition: 126.2 + 3.5 = 129.7, so it is their total (named `計`); the note's
  // 118.9 is reported.
  static let total = [
    "○一般会計 126.2億円", "○復興特別会計 3.5億円", "(対前年度比1.2億円、53.2%増)",
    "(対前年度比 0.0億円、0.0%増)", "章章", "129.7億円(デジタル庁一括計上分を除くと118.9億円)",
  ]

  @Test func aTotalAfterTheRunItsItemsAddUpTo() throws {
    let reader = GenericReader.reading(Self.total)
    let total = try #require(reader.amountLines.last)
    #expect(reader.amountLines.count == 3)
    #expect(total.label == "計" && total.span.line == 6)
    #expect(total.amount.amount?.parts.first?.number.description == "129.7")
    #expect(reader.diagnostics.contains { $0.span.line == 6 })
  }

  // Items that do not add up to it (129.8), or a figure printed between (a page number `22`):
  // not their total, reported as before.
  @Test func noTotalWithoutTheSumOrWithAFigureBetween() {
    let other = Self.total.map { $0.replacingOccurrences(of: "129.7", with: "129.8") }
    #expect(GenericReader.reading(other).amountLines.count == 2)
    let paged = Self.total.map { $0 == "章章" ? "22" : $0 }
    #expect(GenericReader.reading(paged).amountLines.count == 2)
  }
}
