import BudgetModel
import BudgetTransform
import Testing

/// Titles varied the way ministries print them, over homu-r7-gaisan-yokyu's organization and an
/// item line (stop 18, a hunt of identity variants; issue #20): a wrong phase makes every figure
/// of the document wrong.
@Suite struct IdentityVariantsTests {
  static let item = "\n○人権擁護推進費 100億円(90億円)\n"
  static let overrides = IdentityOverrides(organization: "homu")

  // `補正後` (the budget as amended) and `暫定予算` (a provisional budget) had been taken for a
  // supplementary budget's and the enacted budget's documents: no phase is theirs, so
  // `--phase` is asked for.
  @Test(arguments: [
    "令和6年度補正後予算 法務省", "令和7年度 法務省予算の概要(補正予算後)", "令和7年度 法務省 暫定予算の概要", "令和6年度 法務省 決算見込み",
  ])
  func aStageNoPhasePlacesIsAskedFor(_ title: String) {
    #expect(throws: BudgetTransformError.self) { try transform(title + Self.item, Self.overrides) }
  }

  // `(前年度補正後予算との比較)`: what the figures are compared with is no stage of the
  // document (it had been taken for a supplementary budget's), and an amount under that
  // heading is not certainly a change (100億円 had been exported as one).
  @Test func aComparisonInParenthesesNamesNoStage() throws {
    let title = "令和7年度予算案 法務省関係 (前年度補正後予算との比較)"
    let text = title + "\n\n人権擁護局関係予算のポイント\n○人権擁護推進費 100億円(90億円)\n"
    let document = try transform(text, Self.overrides)
    #expect(document.info.phase.code == "proposal")
    #expect(amounts(document).contains { $0 == (.budget, 2025, 10_000_000_000) })
    #expect(throws: BudgetTransformError.self) { try transform(title + Self.item, Self.overrides) }
  }

  // In a settlement's document the parentheses after an amount are not the prior year's
  // initial budget (90億円 had been exported as 令和5年度's).
  @Test func parenthesesInASettlementAreNotThePriorYears() throws {
    let document = try transform("法務省 令和6年度決算の概要" + Self.item, Self.overrides)
    #expect(!amounts(document).contains { $0.2 == 9_000_000_000 })
    #expect(document.findings.contains { $0.lines.contains(2) })
  }
}
