import BudgetModel
import BudgetTransform
import Testing

/// Lines of a 財務省 「予算のポイント」 varied (stop 18, 15 variants; issue #20): the head is
/// 令和7年度's general account (`一般会計総額 115兆5,415億円(前年度当初比 +2兆9,697億円)`).
@Suite struct NationalLineVariantsTests {
  static let head =
    "令和7年度予算(政府案)のポイント\n財務省主計局\n\n一般会計総額 115兆5,415億円(前年度当初比 +2兆9,697億円)\n"

  func others(_ line: String) throws -> [(Measure, Int, Int64)] {
    let found = amounts(try transform(Self.head + line + "\n", .init(organization: "national")))
    #expect(found.contains { $0 == (.budget, 2025, 115_541_500_000_000) })
    return found.filter { $0.2 != 115_541_500_000_000 && $0.2 != 2_969_700_000_000 }
  }

  // A balance of revenue and spending, and a plan's total over five years, had been exported
  // as the year's budget.
  @Test(arguments: ["国と地方のプライマリーバランス ▲4.5兆円", "防衛力整備計画(5年間) 43兆円"])
  func aBalanceOrAPlansTotalIsNoBudget(_ line: String) throws {
    #expect(try others(line).isEmpty)
  }

  // The spending the balance counts is an aggregate of the budget.
  @Test func theSpendingTheBalanceCountsIsRead() throws {
    let found = try others("基礎的財政収支対象経費 87兆3,236億円")
    #expect(found.contains { $0 == (.budget, 2025, 87_323_600_000_000) })
  }
}
