import BudgetModel
import Testing

@testable import BudgetTransform

/// Round 21's transform rule (branch gapsy; issue #20): an item line whose words name a fiscal
/// year inside parentheses with words after them (`…(砕氷型,令和3年度補正予算)の継続1隻 29億円`,
/// kokudo-r4-kaiho-hosei-ships line 31 without its stop) was exported as that year's figure
/// (令和3年度's supplementary budget); the amount is 令和4年度補正予算's.
@Suite struct GapsYTransformTests {
  static let head = "●海上保安庁令和4年度補正予算の概要\n◇巡視船艇等の老朽代替\n"
  static let kokudo = IdentityOverrides(organization: "kokudo")

  // The year in parentheses inside the words describes the entry: reported, not exported as
  // 令和3年度's; the entry beside it, with no year, is the document's.
  @Test func aYearInsideAnEntrysWordsNamesNoMeasure() throws {
    let document = try transform(
      Self.head + " ▷ヘリコプター搭載型巡視船(砕氷型,令和3年度補正予算)の継続1隻 29億円\n"
        + " ▷小型測量船の新造1隻 4億円\n", Self.kokudo)
    let found = amounts(document)
    #expect(found.count == 1 && found.contains { $0 == (.budget, 2022, 400_000_000) })
    #expect(SummaryBuilder.namesYearInsideWords("中型ヘリコプター(令和2年度補正予算)の継続1機"))
  }

  // A year in parentheses ending the words or opening them, or outside parentheses, still
  // names the amount's year (令和3年度's supplementary budget: the prior year's).
  @Test func aYearEndingOrOpeningTheWordsStillNamesTheAmountsYear() throws {
    for line in [" ▷防災対策(令和3年度補正予算) 29億円", " ▷(令和3年度補正予算)防災対策 29億円"] {
      let found = amounts(try transform(Self.head + line + "\n", Self.kokudo))
      #expect(found.contains { $0 == (.priorSupplementary, 2021, 2_900_000_000) }, "\(line)")
    }
    #expect(!SummaryBuilder.namesYearInsideWords("防災対策(令和3年度補正予算)"))
    #expect(!SummaryBuilder.namesYearInsideWords("(令和3年度補正予算)防災対策"))
    #expect(!SummaryBuilder.namesYearInsideWords("巡視船(6,000トン型)の新造1隻"))
  }
}
