import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A section whose only year is printed in the caption of the table after its first one
/// (national-h29-sozei-setsumei; issue #20): `平成 29 年度租税及印紙収入予算額` gives the year
/// when the first table's own arithmetic confirms a column `29年度`, never a stage.
@Suite struct CaptionYearTests {
  static let section = """
    (B) 歳 入
    1 租税及印紙収入
    29年度(百万円) 28 年度(百万円) 比較増△減(百万円)
    57,712,000
    57,604,000
    108,000
    平成 29 年度租税及印紙収入予算額
    (単位 億円)
    """

  @Test func theCaptionGivesTheYearTheTableConfirms() throws {
    let doc = try transform(
      Self.section, IdentityOverrides(organization: "national", phase: "proposal"))
    #expect(doc.info.fiscalYear == 2017)
    #expect(doc.info.phase.code == "proposal")
    let figures = amounts(doc)
    #expect(figures.contains { $0 == (.budget, 2017, 57_712_000_000_000) })
    #expect(figures.contains { $0 == (.priorInitial, 2016, 57_604_000_000_000) })
    #expect(figures.contains { $0 == (.change, 2017, 108_000_000_000) })
  }

  @Test func theCaptionGivesNoStage() {
    // `予算額` names no stage: without `--phase` the section is refused.
    #expect(throws: (any Error).self) {
      try transform(Self.section, IdentityOverrides(organization: "national"))
    }
  }

  @Test func aCaptionTheTablesDoNotConfirmGivesNoYear() {
    let overrides = IdentityOverrides(organization: "national", phase: "proposal")
    // The caption names another year than the table's newest column.
    #expect(throws: (any Error).self) {
      try transform(
        Self.section.replacingOccurrences(of: "平成 29 年度租税", with: "平成 28 年度租税"), overrides)
    }
    // Two captions naming two years: which one is the document's is not certain.
    #expect(throws: (any Error).self) {
      try transform(Self.section + "\n平成 30 年度租税及印紙収入予算額\n", overrides)
    }
    // The table's arithmetic fails (B − A ≠ C): nothing confirms the caption's year.
    #expect(throws: (any Error).self) {
      try transform(Self.section.replacingOccurrences(of: "108,000", with: "109,000"), overrides)
    }
  }
}
