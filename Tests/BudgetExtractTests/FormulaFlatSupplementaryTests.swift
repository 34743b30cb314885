import BudgetModel
import Testing

@testable import BudgetExtract

/// The letter column of a formula-proven flat table named by the words printed after its rows
/// (`FormulaFlatTable+Supplementary`), on norin-r2-rinya-kettei-gaiyo line 4 (林野庁
/// 令和2年度 概算決定; issue #20).
@Suite struct FormulaFlatSupplementaryTests {
  static func meanings(_ line: String) throws -> [ColumnMeaning] {
    let reader = GenericReader.reading([line])
    return try #require(reader.tables.first?.meanings)
  }

  // `(経常分) 元年度 補正 追加額 C+D`: C+D adds D to the proposal's sum C; the words name one
  // year's supplementary budget: D is 元年度's (606, 391, 215, 208 on the rows read).
  @Test func theWordsAfterTheRowsNameTheAddedColumn() throws {
    let meanings = try Self.meanings(FormulaFlatTableTests.rinya)
    #expect(meanings[4].kind == .amount)
    #expect(meanings[4].fiscalYearLabel == "元年度")
    #expect(meanings[4].stage == .supplementary)
    #expect(meanings[5].kind == .other)
  }

  // Without `補正` the words name no stage: D stays reported.
  @Test func noSupplementaryWordNoColumn() throws {
    let line = FormulaFlatTableTests.rinya.replacingOccurrences(of: "補正 追加額", with: "追加額")
    #expect(try Self.meanings(line)[4].kind == .other)
  }

  // The formula printed with the words must add D to the named sum (`A+D` proves nothing of
  // D), and the words must name one year only.
  @Test func otherWordsNameNothing() throws {
    let line = FormulaFlatTableTests.rinya.replacingOccurrences(of: "補正 追加額", with: "追加額")
    let meanings = try Self.meanings(line)
    let named = FormulaFlatTable.supplementaryColumn(
      meanings, words: ["(経常分)", "元年度", "補正", "追加額", "C+D"])
    #expect(named?.column == 4)
    #expect(named?.meaning.header == "元年度補正追加額")
    #expect(
      FormulaFlatTable.supplementaryColumn(
        meanings, words: ["(経常分)", "元年度", "補正", "追加額", "A+D"]) == nil)
    #expect(
      FormulaFlatTable.supplementaryColumn(
        meanings, words: ["30年度", "元年度", "補正", "追加額", "C+D"]) == nil)
  }

  // An enacted budget's sum (`当初予算額`) may sit beside its own year's supplementary: the
  // words' year is not proven another year's, nothing is named.
  @Test func anEnactedSumNamesNothing() throws {
    let line = FormulaFlatTableTests.rinya.replacingOccurrences(of: "概算決定額", with: "当初予算額")
    let meanings = try Self.meanings(line)
    #expect(meanings.allSatisfy { $0.stage != .supplementary })
  }
}
