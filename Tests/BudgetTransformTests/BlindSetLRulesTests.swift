import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules brought by blind set L (`Tests/Fixtures/RealWorld/SOURCES-l.md`; issue #20): the
/// cause of its two wrong figures on the first run.
@Suite struct BlindSetLRulesTests {
  /// national-r3-hosei1-gaiyo-blog: a total "including existing funds", in parentheses after an
  /// item's bracketed amount, was exported as a supplementary amount of its own.
  @Test func anAmountInANoteAfterAnItemIsNotAnItem() throws {
    let text = """
      (1)事業者への支援
      ○ 事業復活支援金〔2兆8032億円〕
      ○ 資金繰り支援〔1,403億円〕(既定経費の活用を含めると3兆245億円)
      ○ 「新たなGo Toトラベル事業」〔2,685億円〕 (既定経費の活用(含む地域観光事業支援)を含めると1兆3239億円)

      """
    let doc = try transform(
      text,
      IdentityOverrides(organization: "national", fiscalYear: 2021, phase: "supplementary-1"))
    let figures = amounts(doc).map(\.2)
    #expect(figures.contains(2_803_200_000_000))
    #expect(figures.contains(140_300_000_000))
    #expect(!figures.contains(3_024_500_000_000))
    #expect(!figures.contains(1_323_900_000_000))
  }
}
