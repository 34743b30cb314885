import BudgetModel
import Testing

@testable import BudgetTransform

/// `Mappings/phases.tsv` as the transform reads it: each stage of the budget cycle, and each
/// supplementary budget's number, gets its own code.
@Suite struct PhaseRuleTests {
  func stage(_ title: String) -> (code: String, printed: String)? {
    for rule in Support.mappings.phases {
      if let (phase, printed) = rule.match(in: title) { return (phase.code, printed) }
    }
    return nil
  }

  @Test(arguments: [
    ("令和6年度 総務省所管 概算要求の概要", "request", "概算要求"),
    ("令和6年度 総務省所管予算(案)の概要", "proposal", "(案)"),
    ("令和6年度 総務省所管予算（案）の概要", "proposal", "（案）"),
    ("令和6年度 総務省所管予算の概要", "enacted", ""),
    ("令和6年度 総務省所管補正予算(第1号)の概要", "supplementary-1", "補正予算(第1号)"),
    ("令和6年度 総務省所管補正予算（第２号）の概要", "supplementary-2", "補正予算（第２号）"),
    ("令和6年度 総務省所管補正予算(第三号)の概要", "supplementary-3", "補正予算(第三号)"),
    ("令和6年度 総務省所管補正予算の概要", "supplementary", "補正"),
    ("令和5年度 総務省所管決算の概要", "settlement", "決算"),
  ])
  func titleNamesItsStage(title: String, code: String, printed: String) {
    let found = stage(title)
    #expect(found?.code == code)
    #expect(found?.printed == printed)
  }

  @Test func supplementaryNamesCarryTheNumber() throws {
    let rule = try #require(Support.mappings.phases.first { $0.marker == "補正予算(第{n}号)" })
    let phase = try #require(rule.match(in: "補正予算(第12号)")?.phase)
    #expect(phase.nameJa == "第12号補正予算" && phase.nameEn == "supplementary budget No. 12")
    #expect(phase.fiscalDataPackagePhase == "adjusted" && phase.openBudgetsPhase == "revised")
    #expect(rule.match(in: "補正予算(第号)")?.phase == nil)
  }
}

extension PhaseRuleTests {
  /// `{n}` filled in a code and names of `phases.tsv` (every occurrence, others untouched).
  @Test(arguments: [
    ("supplementary-{n}", "2", "supplementary-2"), ("補正予算(第{n}号)", "12", "補正予算(第12号)"),
    ("{n}-{n}", "3", "3-3"), ("initial", "1", "initial"), ("{n", "1", "{n"), ("", "1", ""),
  ])
  func filling(_ text: String, _ number: String, _ filled: String) {
    #expect(PhaseRule.filling(text, with: number) == filled)
  }
}
