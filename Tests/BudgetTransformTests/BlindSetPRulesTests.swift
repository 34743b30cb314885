import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules brought by blind set P (`Tests/Fixtures/RealWorld/SOURCES-p.md`; issue #20): each
/// wrong figure of its first run, now reported by a rule that holds for any document.
@Suite struct BlindSetPRulesTests {
  // kokudo-h31-kaiho-yosan-an-jwing line 6, its title: `海保2019年度予算と補正予算合わせ20%増に`
  // names the 2019 budget and the 2018 supplementary budget together; the document (a 予算案)
  // was taken for a supplementary budget's, and every figure with it. A title that joins a
  // year's budget with no stage word to a supplementary budget names no one stage: asked for.
  // (A title that names both stages, shohisha-h27-yosan-an-hosei's `平成26年度補正予算・
  // 平成27年度予算案について`, is still read by the markers as a 予算案: its fixture keeps its
  // identity.)
  @Test func aTitleJoiningABudgetAndASupplementaryNamesNoStage() throws {
    let text = "海保2019年度予算と補正予算合わせ20%増に\n\n搭載用ヘリ5機を整備、2019年度に3機が就役\n▼基地整備=25.3億円\n"
    let overrides = IdentityOverrides(organization: "kokudo")
    #expect(throws: BudgetTransformError.self) { try transform(text, overrides) }
    let given = IdentityOverrides(organization: "kokudo", phase: "proposal")
    #expect(amounts(try transform(text, given)).contains { $0 == (.budget, 2019, 2_530_000_000) })
  }

  // kokudo-h31 line 20: `1. 戦略的な海上保安体制の構築=369.7億円(2018年度補正予算を加え524.5億円)`:
  // the 2019 budget and the 2018 supplementary added together, exported as 2018's
  // supplementary budget. `を加え` (added to) names a sum of stages: no measure.
  @Test func anAmountWithAStageAddedIsNoStagesAmount() throws {
    let text = "海上保安庁 2019年度予算案の概要\n1. 戦略的な海上保安体制の構築=369.7億円(2018年度補正予算を加え524.5億円)\n"
    let document = try transform(text, IdentityOverrides(organization: "kokudo"))
    #expect(amounts(document).contains { $0 == (.budget, 2019, 36_970_000_000) })
    #expect(!amounts(document).contains { $0.2 == 52_450_000_000 })
    #expect(document.findings.contains { $0.lines.contains(2) })
  }
}
