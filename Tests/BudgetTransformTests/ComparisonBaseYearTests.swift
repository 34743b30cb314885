import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A sentence's change against the year its words print (issue #20, found by a variant of
/// monka-r5-bunkyo-kagaku-finance-html while reading blind set Q's sentences): exported only
/// when that year is the one before the document's.
@Suite struct ComparisonBaseYearTests {
  // monka-r5-bunkyo-kagaku-finance-html lines 3 and 9 (令和5年度's 文教及び科学振興費, 政府案):
  // 5兆4,158億円 = 4兆216億円 + 1兆3,942億円, its change +283億円 against 4年度当初予算.
  static func document(base: String) throws -> BudgetDocument {
    let text =
      [
        "特集 令和5年度 文教及び科学振興費について", "", "1.概要",
        "(1)一般会計の5年度の文教及び科学振興費（説明文）5兆4,158億円(\(base)+283億円、+0.5%)（説明文）文教関係費（説明文）4兆216億円、科学技術振興費（説明文）1兆3,942億円（説明文）",
      ].joined(separator: "\n") + "\n"
    return try transform(text, IdentityOverrides(organization: "monka", phase: "proposal"))
  }

  @Test func aChangeAgainstThePriorYearIsExported() throws {
    let figures = amounts(try Self.document(base: "4年度当初予算比"))
    #expect(figures.contains { $0 == (.change, 2023, 28_300_000_000) })
    #expect(figures.contains { $0 == (.budget, 2023, 5_415_800_000_000) })
  }

  // `3年度当初予算比` (two years before) and `5年度当初予算比` (the year itself): the change is
  // not the prior year's and is reported; the amount, proven by its parts, stays.
  @Test func aChangeAgainstAnotherYearIsReported() throws {
    for base in ["3年度当初予算比", "令和3年度当初予算比", "5年度当初予算比"] {
      let document = try Self.document(base: base)
      let figures = amounts(document)
      #expect(!figures.contains { $0.0 == .change }, "\(base)")
      #expect(figures.contains { $0 == (.budget, 2023, 5_415_800_000_000) }, "\(base)")
      #expect(document.findings.contains { $0.message.contains("another year than the prior") })
    }
  }
}
