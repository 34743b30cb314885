import BudgetModel
import Testing

@testable import BudgetExtract

/// A column header that names a year's execution or estimate, not its budget (branch hunt;
/// issue #20): the header of kosei-h20-gaisan-sokatsu (`平成19年度予算額(A) 平成20年度
/// 要求・要望額(B) 増△減額`) with its first column's words changed. The unknown words were
/// dropped, so `平成19年度` alone was read as that year's initial budget.
@Suite struct HuntHeaderWordsTests {
  @Test(arguments: ["平成19年度執行額", "平成19年度予算残額", "平成19年度不用額", "平成19年度実績"])
  func anExecutionColumnIsNoBudget(_ first: String) {
    let meanings = ColumnHeader.meanings("区分 \(first) 平成20年度要求額 増△減額")
    #expect(meanings.map(\.kind) == [.other, .amount, .change])
    #expect(meanings[1].stage == .request)
  }

  @Test func anEstimateOfTheBudgetYearIsNoRequest() {
    let meanings = ColumnHeader.meanings("区分 平成19年度予算額 平成20年度見込額 増△減額")
    #expect(meanings.map(\.kind) == [.amount, .other, .change])
    #expect(meanings[0].stage == .initial)
  }

  @Test func theFixturesHeaderStillReads() {
    let meanings = ColumnHeader.meanings("区分 平成19年度予算額(A) 平成20年度要求・要望額(B) 増△減額")
    #expect(meanings.map(\.kind) == [.amount, .amount, .change])
  }
}
