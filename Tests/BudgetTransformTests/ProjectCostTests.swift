import BudgetModel
import Testing

/// `事業費` and `事業規模` in running text: the cost or scale of the works, which includes what
/// local governments and others pay, is not the national expense (issue #20; a table's `事業費`
/// column was already no measure, `FundingHeader`). They had been exported as the budget year's
/// budget. The head is homu-r7-gaisan-yokyu's (a 概算要求 of 令和7年度, 一般会計
/// 8,700億4千4百万円); the lines are kokudo-h15-kasen-sokatsu's line 32 (`NTT−A型事業
/// 事業費0.4億円`) and the forms 国土交通省's overviews print.
@Suite struct ProjectCostTests {
  @Test(arguments: [
    "NTT−A型事業 事業費0.4億円", "道路整備 事業費 3,000億円", "港湾整備 総事業費 900億円",
    "(事業規模 5,000億円)", "事業規模 1兆円",
  ])
  func theCostOfTheWorksIsNotExported(_ line: String) throws {
    #expect(try amountsAfterHomuHead(line).isEmpty)
  }

  // A budget item whose name ends in `事業費` is the item's budget.
  @Test func anItemNamedForItsWorksIsABudget() throws {
    let works = try amountsAfterHomuHead("公共事業費 3,000億円")
    #expect(works.count == 1 && works.contains { $0 == (.budget, 2025, 300_000_000_000) })
    let forests = try amountsAfterHomuHead("治山事業費 600億円")
    #expect(forests.count == 1 && forests.contains { $0 == (.budget, 2025, 60_000_000_000) })
  }
}
