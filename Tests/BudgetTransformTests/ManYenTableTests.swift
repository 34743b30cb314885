import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A table in 万円 (issue #20): its unit stated once (`(単位:万円)`) or in every column header
/// (`令和5年度予算額(万円)`); its figures convert exactly (78,400万円 = 784,000,000 yen), as
/// kokkai-h30-ndl-zaisei's `6,300万円` does.
@Suite struct ManYenTableTests {
  func transform(_ text: String) throws -> BudgetDocument {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(
      mappings: Support.mappings,
      overrides: IdentityOverrides(organization: "kokkai", phase: "enacted")
    )
    .transform(extracted)
  }

  static let rows = "図書館資料購入費 78,400 79,000 600\n立法資料購入費 6,300 6,500 200\n"

  @Test(arguments: [
    "令和6年度 国立国会図書館予算\n(単位:万円)\n区分 令和5年度予算額 令和6年度予算額 増減額\n" + rows,
    "令和6年度 国立国会図書館予算\n区分 令和5年度予算額(万円) 令和6年度予算額(万円) 増減額(万円)\n" + rows,
  ])
  func aTableInManYen(_ text: String) throws {
    let doc = try transform(text)
    #expect(doc.summary.map(\.label) == ["図書館資料購入費", "立法資料購入費"])
    #expect(
      doc.summary.map { $0.figures.map(\.amountJPY) } == [
        [784_000_000, 790_000_000, 6_000_000], [63_000_000, 65_000_000, 2_000_000],
      ])
  }
}
