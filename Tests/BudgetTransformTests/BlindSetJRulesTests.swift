import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules brought by blind set J (`Tests/Fixtures/RealWorld/SOURCES-j.md`; issue #20).
@Suite struct BlindSetJRulesTests {
  /// naikakufu-r5-jihyo: no title prints the year; the first headline does.
  static let cabinetOffice = """
    （説明文）
    【令和5年度予算 5752億円】
    【はじめに】
    （説明文）

    """

  @Test func theFirstHeadlineGivesTheYearWhenNoTitlePrintsOne() throws {
    let doc = try transform(
      Self.cabinetOffice, IdentityOverrides(organization: "naikakufu", phase: "proposal"))
    #expect(doc.info.fiscalYear == 2023)
    #expect(doc.info.fiscalYearLabel == "令和5年度")
    // The bracket around the headline is not part of its label.
    #expect(doc.summary.map(\.label) == ["令和5年度予算"])
    #expect(amounts(doc).map(\.2) == [575_200_000_000])
  }

  @Test func aHeadlineOfAnotherKindOrOfSeveralYearsGivesNoYear() throws {
    let overrides = IdentityOverrides(organization: "naikakufu", phase: "proposal")
    // A supplementary sheet (its only headline) is that year's supplementary budget, not the
    // budget proposal a user's `--phase` says: its figure is not exported under that stage.
    let sheet = "（説明文）\n【令和4年度補正予算 1,200億円】\n"
    #expect(throws: (any Error).self) { try transform(sheet, overrides) }
    let supplementary = try transform(sheet, IdentityOverrides(organization: "naikakufu"))
    #expect(supplementary.info.fiscalYear == 2022)
    #expect(supplementary.info.phase.code == "supplementary")
    #expect(amounts(supplementary).map(\.2) == [120_000_000_000])
    // Headlines of two years: which one the document is about is not certain.
    #expect(throws: (any Error).self) {
      try transform("（説明文）\n令和5年度予算 5,752億円\n令和4年度予算 5,500億円\n", overrides)
    }
  }

  /// fukko-h27-kessan-kisha: the date of the release printed before the title is no second
  /// document's year.
  @Test func aDateBeforeTheTitleIsNotASecondDocument() throws {
    let text = """
      平成28年7月29日 平成 27 年度復興予算の決算等について

      平成27年度復興予算の決算等について
      一般会計 51,344 億円

      """
    let doc = try transform(
      text,
      IdentityOverrides(organization: "fukko", fiscalYear: 2015, phase: "settlement"))
    #expect(amounts(doc).map(\.2) == [5_134_400_000_000])
    #expect(!doc.findings.contains { $0.message.contains("joins documents") })
  }
}
