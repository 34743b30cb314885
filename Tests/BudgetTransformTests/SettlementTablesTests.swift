import BudgetExtract
import BudgetModel
import BudgetTransform
import Foundation
import Testing

/// A ministry's settlement tables (monka-h17-kessan, 文部科学省 平成17年度 決算; issue #20):
/// the settled amount is the settlement of the year the user states, the other columns of the
/// account are reported, and the organization is the one the jurisdiction's total names.
@Suite struct SettlementTablesTests {
  static let text = """
    （説明文）
    | (単位:百万円) |
    | 区分(組織) |
    歳出予算現額 |
    支出済歳出額 |
    翌年度繰越額 |
    不用額 |
    | 文部科学本省所轄機関 |
    4,743 |
    4,632 |
     |
    111 |
    | 文化庁 |
    114,136 |
    112,492 |
    1,067 |
    576 |
    | 文部科学省所管合計 |
    6,145,426 |
    5,983,508 |
    147,685 |
    14,232 |
    """

  func transform(_ text: String, _ overrides: IdentityOverrides) throws -> BudgetDocument {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
  }

  @Test func theSpentAmountIsTheSettlementOfTheYear() throws {
    let doc = try transform(Self.text, IdentityOverrides(fiscalYear: 2005, phase: "settlement"))
    #expect(doc.info.organization.code == "monka")
    #expect(doc.info.id == "jp-monka-2005-settlement")
    let figures = doc.observations.map(\.figure).filter { $0.amountJPY != nil }
    #expect(figures.map(\.amountJPY) == [4_632_000_000, 112_492_000_000, 5_983_508_000_000])
    #expect(figures.allSatisfy { $0.measure == .budget && $0.fiscalYear == 2005 })
  }

  // In a document that is not a settlement, the settled column is no measure of its own stage.
  @Test func outsideASettlementNothingIsExported() throws {
    #expect(throws: (any Error).self) {
      try transform(Self.text, IdentityOverrides(fiscalYear: 2005, phase: "enacted"))
    }
  }

  // A total naming two organizations' jurisdictions gives none.
  @Test func totalsNamingTwoOrganizationsNeedTheOption() throws {
    let text = Self.text.replacingOccurrences(of: "| 文化庁 |", with: "| 総務省所管合計 |")
    #expect(throws: (any Error).self) {
      try transform(text, IdentityOverrides(fiscalYear: 2005, phase: "settlement"))
    }
  }
}

/// Another report of the same series, five years earlier (会計検査院 平成5年度決算検査報告,
/// report.jbaudit.go.jp/org/h05/1993-h05-0329-1.htm; sentences replaced): the same shape gives
/// the settled rows of both years, and only them.
extension SettlementTablesTests {
  static let h5 = """
    （説明文）
    区分 | 5年度 | (4年度) |
    徴収決定済額 |
    千円 77,733,130,437 |
    千円 71,469,174,348 |
    収納済歳入額 | 77,731,174,297 | 71,465,996,954 |
    不納欠損額 | 254,404 | 230,685 |
    収納未済歳入額 | 1,701,735 | 2,946,709 |
    （説明文）
    (歳出)
    （説明文）
    区分 | 5年度 | (4年度) |
    支出済歳出額 |
    千円 75,102,488,938 |
    千円 70,497,431,888 |
    翌年度繰越額 | 2,623,022,671 | 960,725,723 |
    不用額 | 672,711,682 | 800,657,105 |
    """

  // 77,731,174,297 + 254,404 + 1,701,735 = 77,733,130,436 (printed …437, cut below the
  // thousand) and 71,465,996,954 + 230,685 + 2,946,709 = 71,469,174,348.
  @Test func theSettledRowsOfBothYears() throws {
    let doc = try transform(
      Self.h5, IdentityOverrides(organization: "national", fiscalYear: 1993, phase: "settlement"))
    let figures = doc.observations.map(\.figure).filter { $0.amountJPY != nil }
    #expect(
      figures.map(\.amountJPY) == [
        77_731_174_297_000, 71_465_996_954_000, 75_102_488_938_000, 70_497_431_888_000,
      ])
    #expect(figures.map(\.fiscalYear) == [1993, 1992, 1993, 1992])
    #expect(figures.map(\.measure) == [.budget, .settlement, .budget, .settlement])
  }
}
