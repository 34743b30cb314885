import BudgetModel
import Testing

@testable import BudgetExtract

/// Headers printed in short form (issue #20): years with their era's initial letter (`H24`,
/// `R6`), column letters in lower case glued to the next word, and formulas naming the columns
/// (`a-b`, `(a-b)/b`). 消防庁 平成24年度予算概算要求 (soumu-h24-shobo-gaisan-yokyu lines 1-8, its
/// `しろさんかく` as the `△` the normalizer makes of it).
@Suite struct LetterEraTests {
  static let shobo = [
    "(単位:百万円、%)",
    "H24要求額aH23当初予算b比較増減額a-b増減率",
    "(a-b)/b",
    "I 概算要求枠総額 12,144 13,187 △ 1,043 △ 7.9",
    "消防関係法令の施行事業費 4,819 2,833 1,986 70.1",
    "元気な日本復活特別枠要望 0 3,076 △ 3,076 皆減",
  ]

  @Test func letterErasLowerCaseLettersAndFormulas() throws {
    let meanings = ColumnHeader.meanings(Self.shobo[1] + " " + Self.shobo[2])
    #expect(meanings.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(meanings.map(\.fiscalYearLabel) == ["平成24年度", "平成23年度", nil, nil])
    #expect(meanings.map(\.stage) == [.request, .initial, nil, nil])
    #expect(meanings.map(\.letter) == ["A", "B", nil, nil])
    #expect(meanings.map(\.formula) == [[], [], ["A", "B"], ["A", "B", "B"]])
    #expect(meanings.map(\.header) == ["H24要求額a", "H23当初予算b", "比較増減額a-b", "増減率(a-b)/b"])
    // (a − b) / b is the growth of a over b.
    let rate = try #require(ColumnMeaning.relations(meanings).first { $0.result == 3 })
    #expect(rate.lhs == 0 && rate.rhs == 1 && rate.isGrowth)
  }

  @Test func theRowsConfirmTheShortHeader() throws {
    let reader = GenericReader.reading(Self.shobo)
    let table = try #require(reader.tables.first)
    #expect(table.confirmed == true)
    try #require(table.rows.count == 3)
    #expect(table.rows[0].label.hasSuffix("概算要求枠総額"))
    #expect(
      table.rows[1].cells.prefix(3).map(\.amount)
        == ["4819", "2833", "1986"].map { PrintedAmount(DecimalNumber(ascii: $0)!, unit: nil) })
  }

  @Test(arguments: [
    ("R6", "令和6年度"), ("R5年度", "令和5年度"), ("H元", "平成1年度"), ("S63要求", "昭和63年度"),
  ])
  func yearsWithTheirErasLetter(_ text: String, _ label: String) {
    #expect(LetterEra.year(Array(text), at: 0)?.0 == label)
  }

  // A date, a calendar year, a number that goes on, a letter inside a word, a year the era
  // never had: no year.
  @Test(arguments: ["H24.4.1", "R6/4", "H24年", "H245", "R6,000", "OH2", "H35", "S"])
  func notAYear(_ text: String) {
    let chars = Array(text)
    #expect(!chars.indices.contains { LetterEra.year(chars, at: $0) != nil })
  }

  @Test func upperCaseGrowthFormula() throws {
    let meanings = ColumnHeader.meanings("R6要求額(A) R5予算額(B) 増減額(A-B) 増減率(A-B)/B")
    #expect(meanings.map(\.fiscalYearLabel) == ["令和6年度", "令和5年度", nil, nil])
    #expect(meanings.map(\.formula) == [[], [], ["A", "B"], ["A", "B", "B"]])
  }

  // A word in a label (`e-Tax`, `x2`) is no column letter; `a-b` after a header word is a formula.
  @Test func aLowerCaseLetterStartingAWordIsNoLetter() {
    #expect(!ColumnHeader.hasHeaderWord("e-Tax関連経費"))
    #expect(!ColumnHeader.hasHeaderWord("x2"))
    #expect(ColumnHeader.hasHeaderWord("(a-b)/b"))
  }
}
