import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A PR sheet whose only heading with a year is its total in brackets (norin-r1-hosei-yushutsu,
/// blind set G; issue #20): the year and stage come from that label when no title prints one.
@Suite struct HeadlineYearTests {
  func transform(_ text: String) throws -> BudgetDocument {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(
      mappings: Support.mappings, overrides: IdentityOverrides(organization: "norin")
    )
    .transform(extracted)
  }

  static let sheet =
    "（ページ案内）\n<事業の内容> 海外の需要拡大・商流構築に向けた取組の強化【33億円】 <対策のポイント> （説明文） "
    + "<政策目標> （説明文） 【令和元年度補正予算額 32,393百万円】 司令塔組織の創設による輸出環境の整備【9億円】 "
    + "輸出拠点の整備【273億円】 （説明文）\n"

  @Test func theTotalsLabelNamesTheYearAndStage() throws {
    let doc = try transform(Self.sheet)
    #expect(doc.info.fiscalYear == 2019)
    #expect(doc.info.phase.code == "supplementary")
  }

  @Test func twoYearsOrALabelThatIsNoBudgetGiveNoYear() {
    // Another year in another label: which one the sheet is about is not certain.
    #expect(throws: (any Error).self) {
      try transform(Self.sheet + "【平成30年度補正予算額 20,000百万円】\n")
    }
    // The year not followed by its budget (`令和元年度の実績`): no stage, no year.
    #expect(throws: (any Error).self) {
      try transform(Self.sheet.replacingOccurrences(of: "令和元年度補正予算額", with: "令和元年度の実績"))
    }
  }
}
