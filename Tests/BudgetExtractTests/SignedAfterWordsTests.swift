import BudgetModel
import Testing

@testable import BudgetExtract

/// A signed amount after another amount and words that name no change: the sign says it is a
/// difference, which the words do not say (issue #20). The lines vary monka-r5-bunkyo's
/// `文教及び科学振興費 5兆4,158億円(4年度当初予算比+283億円、+0.5%)` the way other pages print the
/// comparison: outside the parentheses, after `対前年度`, `前年度`, `増`.
@Suite struct SignedAfterWordsTests {
  static let title = "令和5年度文教・科学技術予算のポイント"

  // The 283 was exported as the prior year's amount (`前年度`, `対前年度`) or the budget
  // year's (`対前年`, `増`).
  @Test(arguments: [
    "文教及び科学振興費 5兆4,158億円 対前年度 +283億円",
    "文教及び科学振興費 5兆4,158億円 前年度 +283億円",
    "文教及び科学振興費 5兆4,158億円 対前年 +283億円",
    "文教及び科学振興費 5兆4,158億円 増 +283億円",
    "文教及び科学振興費 5兆4,158億円 対前年度 ▲283億円",
  ])
  func aSignedAmountAfterWordsNamingNoChangeIsReported(_ line: String) {
    let reader = GenericReader.reading([Self.title, line])
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.map(\.span.line) == [2])
  }

  // Words the transform reads as a change, a comparison in parentheses, and `+` joining two
  // amounts of one entry are read as before.
  @Test(arguments: [
    "文教及び科学振興費 5兆4,158億円 前年度比 +283億円",
    "文教及び科学振興費 5兆4,158億円 増減額 ▲283億円",
    "文教及び科学振興費 5兆4,158億円(4年度当初予算比+283億円、+0.5%)",
    "文教及び科学振興費 2.4億円 + 11.6億円(4補正)",
  ])
  func otherSignsAreLeftToTheOtherRules(_ line: String) {
    #expect(!GenericReader.signedAfterWords(line))
  }
}
