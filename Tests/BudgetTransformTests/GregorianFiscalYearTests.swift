import Testing

@testable import BudgetTransform

/// A title printing its fiscal year as a Gregorian year (issue #20: saibansho-r7-gaisan-yokyu,
/// `2025年度裁判所予算の概算要求の概要`).
@Suite struct GregorianFiscalYearTests {
  @Test func aFourDigitYearBeforeNendoIsTheFiscalYear() {
    #expect(DocumentIdentifier.gregorianFiscalYear(in: ["2025年度裁判所予算の概算要求の概要"]) == 2025)
    #expect(DocumentIdentifier.gregorianFiscalYear(in: ["2 0 2 5 年 度 予 算"]) == 2025)
  }

  @Test(arguments: [
    ["12025年度予算"], ["25年度予算"], ["2025年予算"], ["2024年度・2025年度予算"], ["1850年度予算"],
  ])
  func noCertainYear(_ texts: [String]) {
    #expect(DocumentIdentifier.gregorianFiscalYear(in: texts) == nil)
  }
}
