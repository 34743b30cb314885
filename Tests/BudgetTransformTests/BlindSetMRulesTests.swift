import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules brought by blind set M (`Tests/Fixtures/RealWorld/SOURCES-m.md`; issue #20).
@Suite struct BlindSetMRulesTests {
  /// national-r2-shuyo-keihi-rinji-finance line 4 (cut, the 通常分 / 臨時 parts dropped): a
  /// magazine page with no title of its own, its table the only heading.
  static func page(_ header: String) -> String {
    "（ページ案内）\n（ページ案内）\n\n主要経費別内訳(単位:億円)" + header
      + "一般歳出619,639634,972+15,333社会保障関係費341,306358,608+17,302"
      + "防衛関係費52,57453,133+559\n"
  }

  static let overrides = IdentityOverrides(organization: "national", phase: "proposal")

  // The confirmed table compares 令和元年度 and 令和2年度 (B − A = C in every row): the page
  // is about 令和2年度; both years print `当初`, so the budget year's 当初 is the proposal.
  @Test func aPageWithNoTitleTakesTheYearItsTableCompares() throws {
    let doc = try transform(Self.page("令和元年度予算(当初)令和2年度予算(当初)増減額"), Self.overrides)
    #expect(doc.info.fiscalYear == 2020)
    let figures = amounts(doc)
    #expect(figures.contains { $0 == (.budget, 2020, 63_497_200_000_000) })
    #expect(figures.contains { $0 == (.priorInitial, 2019, 61_963_900_000_000) })
    #expect(figures.contains { $0 == (.change, 2020, 1_533_300_000_000) })
  }

  // The budget year's `当初` with a prior year that prints another stage (`決算`) or none:
  // nothing says it is the proposal: not exported.
  @Test func aBudgetYearInitialBesideNoParallelPriorIsReported() throws {
    let doc = try transform(Self.page("令和元年度予算令和2年度予算(当初)増減額"), Self.overrides)
    #expect(doc.info.fiscalYear == 2020)
    #expect(!amounts(doc).contains { $0.0 == .budget })
  }

  // A title that names the budget but no year still asks for `--fiscal-year`.
  @Test func aTitleWithoutAYearStillAsks() {
    let text = "厚生労働省 予算の概要\n" + Self.page("令和元年度予算(当初)令和2年度予算(当初)増減額")
    #expect(throws: (any Error).self) { try transform(text, Self.overrides) }
  }
}
