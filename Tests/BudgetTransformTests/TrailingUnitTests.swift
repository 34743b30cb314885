import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A unit statement printed below a table's rows with nothing after it (branch hunt's one
/// shape left wrong: the table took the unit stated before it, 100 times too large).
@Suite struct TrailingUnitTests {
  static let overrides = IdentityOverrides(organization: "soumu", phase: "proposal")
  static let head =
    "令和6年度 総務省予算の概要\n(単位:億円)\n区分 令和5年度予算額 令和6年度予算額 増減額\n一般会計 100 110 10\n"
    + "特別会計 50 60 10\n（説明文）\n区分 令和5年度予算額 令和6年度予算額 増減額\nA事業 1,000 1,100 100\n"
    + "B事業 2,000 2,300 300\n"

  @Test func aTableBeforeAStatementOfAnotherUnitIsReported() throws {
    let document = try transform(Self.head + "(単位:百万円)\n", Self.overrides)
    let figures = amounts(document)
    // The first table, under its own statement, is read; the second is reported whole.
    #expect(figures.contains { $0 == (.budget, 2024, 11_000_000_000) })
    #expect(!figures.contains { $0.2 == 110_000_000_000 || $0.2 == 1_100_000_000 })
    #expect(document.findings.contains { $0.lines == [8] && $0.message.contains("unit statement") })
  }

  @Test func aStatementOfTheSameUnitOrOneATableFollowsChangesNothing() throws {
    let same = amounts(try transform(Self.head + "(単位:億円)\n", Self.overrides))
    #expect(same.contains { $0 == (.budget, 2024, 110_000_000_000) })
    let next = Self.head + "(単位:百万円)\n区分 令和5年度予算額 令和6年度予算額 増減額\nC事業 300 330 30\n"
    let figures = amounts(try transform(next, Self.overrides))
    #expect(figures.contains { $0 == (.budget, 2024, 110_000_000_000) })
    #expect(figures.contains { $0 == (.budget, 2024, 330_000_000) })
  }
}
