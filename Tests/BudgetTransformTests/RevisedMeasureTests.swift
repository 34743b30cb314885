import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// The measures `initial`, `revised` (補正後) and `settlement` of the budget year itself, pinned
/// with the real documents of set H (`Tests/Fixtures/RealWorld/SOURCES-h.md`, issue #20).
@Suite struct RevisedMeasureTests {
  /// national-r3-hosei1-frame-finance, its two frames on one line (the first row of each).
  static let page =
    "令和3年度一般会計補正予算(第1号)フレーム(単位:億円)1.新型コロナウイルス感染症の拡大防止186,0591.税収64,320"
    + "令和3年度補正後予算フレーム【歳出・歳入の状況】(単位:億円)3年度予算当初→補正後[歳出](歳 出)"
    + "一般歳出669,020983,365314,345地方交付税交付金等159,489195,57636,087国債費237,588247,0519,464 "
    + "計1,066,0971,425,992359,8953年度予算(当初)3年度予算(補正後)備 考"

  /// In the year's first supplementary budget, 当初 and 補正後 are the budget year's initial
  /// and revised budgets, and 補正後 − 当初 (confirmed on every row) is this supplementary
  /// budget itself.
  @Test func theFirstSupplementaryBudgetsFrameGivesInitialRevisedAndItself() throws {
    let doc = try transform(Self.page, IdentityOverrides(organization: "national"))
    #expect(doc.info.id == "jp-national-2021-supplementary-1")
    let all = amounts(doc)
    #expect(all.count == 12)
    #expect(all[0] == (.initial, 2021, 66_902_000_000_000))
    #expect(all[1] == (.revised, 2021, 98_336_500_000_000))
    #expect(all[2] == (.budget, 2021, 31_434_500_000_000))
    #expect(all[11] == (.budget, 2021, 35_989_500_000_000))
  }

  /// In a later supplementary budget, 補正後 − 当初 sums every supplementary budget of the year
  /// so far: not this one's amount, so it is reported; 当初 and 補正後 stay certain.
  @Test func aLaterSupplementaryBudgetDoesNotTakeTheChangeForItself() throws {
    let doc = try transform(
      Self.page, IdentityOverrides(organization: "national", phase: "supplementary-2"))
    let all = amounts(doc)
    #expect(!all.contains { $0.0 == .budget })
    #expect(all.filter { $0.0 == .revised }.map(\.2).first == 98_336_500_000_000)
    #expect(doc.findings.contains { $0.code == .columnNotExported })
  }

  /// A bare `予算額` of the budget year in a second supplementary budget may already hold the
  /// first one: it is not taken for the initial budget (only `当初` says so).
  @Test func aBareBudgetAmountInASupplementaryBudgetIsNotTheInitialOne() throws {
    let text = """
      令和3年度一般会計補正予算(第2号)の概要
      (単位:億円)
      区分 3年度予算額 3年度補正後予算額 増減額
      一般歳出 669,020 983,365 314,345
      """
    let doc = try transform(text, IdentityOverrides(organization: "national"))
    #expect(amounts(doc).map(\.0) == [.revised])
  }

  /// In a supplementary budget, the prior year's amounts are often its 補正後 (財務省's
  /// 平成28年度補正予算(第2号)等の説明: 「文中における前年度予算額は、補正後の計数である」): a
  /// prior-year column without a stage is not taken for the prior initial budget there; nor is
  /// the budget year's column without a stage (here the 補正後 total) taken for the
  /// supplementary budget itself.
  @Test func aSupplementaryBudgetsPriorYearWithoutAStageIsNotThePriorInitialBudget() throws {
    let text = """
      令和3年度一般会計補正予算(第1号)の概要
      (単位:億円)
      区分 2年度予算 3年度予算 増減額
      一般歳出 669,020 983,365 314,345
      """
    // No column is certain, so nothing is left to export: the document is refused, each
    // column named.
    #expect {
      try transform(text, IdentityOverrides(organization: "national"))
    } throws: { error in
      guard case .noFigureExported(_, _, let first)? = error as? BudgetTransformError else {
        return false
      }
      return first.contains { $0.contains("(2年度)") } && first.contains { $0.contains("(3年度)") }
    }
  }

  /// national-h10-kessan-shokan-kensain (会計検査院, 決算 by 所管), with its two years' difference:
  /// in a settlement, a prior-year column without a stage may be that year's settlement or its
  /// budget, so it is not exported as the prior year's initial budget.
  @Test func aSettlementsPriorYearWithoutAStageIsNotThePriorInitialBudget() throws {
    let text = """
      (単位:千円)
      所管 10年度 9年度 増減額
      国会 131,645,942 123,528,412 8,117,530
      """
    let doc = try transform(
      text, IdentityOverrides(organization: "national", fiscalYear: 1998, phase: "settlement"))
    let all = amounts(doc)
    #expect(!all.contains { $0.0 == .priorInitial })
    #expect(all.contains { $0 == (.budget, 1998, 131_645_942_000) })
  }
}
