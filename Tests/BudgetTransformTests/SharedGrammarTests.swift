import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// The pieces of grammar both stages read with one definition each (issue #12): era years,
/// full-width digits, decimal numbers. Texts from the sample's lines.
@Suite struct SharedGrammarTests {
  static let eras = [
    Array("令和".unicodeScalars), Array("平成".unicodeScalars), Array("昭和".unicodeScalars),
  ]

  /// `EraYear.scan` at the start of a text: era index, year, `元`, and what follows `年`.
  @Test(arguments: [
    ("令和6年度 総務省所管予算(案)の概要", 0, 6, false, "度 総務省"),  // line 3
    ("令和5年12月", 0, 5, false, "12月"),  // line 5
    ("令和 5 年度補正予算 3.7億円(後掲)", 0, 5, false, "度補正予算"),  // line 247 as pdftotext spaces it
    ("令和元年", 0, 1, true, ""),
    ("平成３１年度", 1, 31, false, "度"),
  ])
  func eraYears(_ text: String, _ era: Int, _ year: Int, _ first: Bool, _ rest: String) throws {
    let s = Array(text.unicodeScalars)
    let found = try #require(EraYear.scan(s, at: 0, eras: Self.eras))
    #expect(found.era == era && found.year == year && found.isFirstYearWord == first)
    #expect(String(String.UnicodeScalarView(s[found.end...])).hasPrefix(rest))
  }

  @Test(arguments: ["令和年度", "令和6月", "第1 一般会計", "令和12345年度"])
  func notEraYears(_ text: String) {
    #expect(EraYear.scan(Array(text.unicodeScalars), at: 0, eras: Self.eras, digitLimit: 4) == nil)
  }

  /// `Lexicon.standard` (what `Extractor()` reads with) holds exactly the words of the
  /// bundled `Mappings/units.tsv` and `Mappings/eras.tsv`, and the words a run builds from
  /// the loaded tables match it: an edit to one without the other fails here.
  @Test func theStandardLexiconIsTheBundledMappings() {
    let mappings = Support.mappings
    #expect(Set(Lexicon.standard.unitTexts) == Set(mappings.units.keys))
    #expect(Set(Lexicon.standard.eraTexts) == Set(mappings.eras.keys))
    let loaded = Lexicon(units: mappings.units.keys.sorted(), eras: mappings.eras.keys.sorted())
    #expect(loaded.unitTexts.map(\.count) == Lexicon.standard.unitTexts.map(\.count))
    #expect(loaded.eraTexts == Lexicon.standard.eraTexts)
  }

  @Test func theTransformsCalendarReadsTheSameYears() {
    let calendar = EraCalendar(eras: ["令和": 2019, "平成": 1989, "昭和": 1926])
    #expect(calendar.matches(in: "令和6年度 総務省所管予算(案)の概要").map(\.label) == ["令和6年度"])
    #expect(calendar.matches(in: "令和 5 年度補正予算").map(\.year) == [2023])
    #expect(calendar.matches(in: "令和12345年度").isEmpty)
  }

  @Test(arguments: [("１", "1", 1), ("（", "(", nil), ("７", "7", 7), ("9", "9", 9), ("億", "億", nil)])
  func fullWidthFolding(_ input: Unicode.Scalar, _ folded: Unicode.Scalar, _ digit: Int?) {
    #expect(input.foldingFullWidth == folded)
    #expect(input.decimalDigitValue == digit)
  }

  /// The amounts of the sample's table (line 19: `4,244`, `▲ 390` → 390, `▲ 8.4` → 8.4) read
  /// alike from bytes and from scalars.
  @Test(arguments: [
    ("4,244", 4244, 0), ("390", 390, 0), ("8.4", 84, 1), ("199,270.1", 1_992_701, 1),
    ("-390", -390, 0),
  ])
  func decimalNumbers(_ text: String, _ significand: Int64, _ scale: Int) {
    let expected = DecimalNumber(significand: significand, scale: scale)
    #expect(DecimalNumber(ascii: text) == expected)
    #expect(DecimalNumber(codePoints: text.unicodeScalars.map(\.value)) == expected)
  }

  @Test(arguments: ["12.3.4", "1.", ",1", "1-2", "１２", ""])
  func notDecimalNumbers(_ text: String) {
    #expect(DecimalNumber(ascii: text) == nil)
    #expect(DecimalNumber(codePoints: text.unicodeScalars.map(\.value)) == nil)
  }
}
