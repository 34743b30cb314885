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
