import BudgetModel
import Testing

@testable import BudgetExtract

/// 補正後 columns of real documents (set H, `Tests/Fixtures/RealWorld/SOURCES-h.md`, issue #20):
/// the 財務省 「ファイナンス」 page of the 令和3年度補正後予算フレーム, one line run together.
@Suite struct GenericRevisedTests {
  static let parser = FigureParser(lexicon: .standard)

  /// The frame's rows after its header, as printed (national-r3-hosei1-frame-finance).
  static let frame =
    "令和3年度補正後予算フレーム【歳出・歳入の状況】(単位:億円)3年度予算当初→補正後[歳出](歳 出)"
    + "一般歳出669,020983,365314,345地方交付税交付金等159,489195,57636,087国債費237,588247,0519,464 "
    + "うち債務償還費(交付国債分を除く)147,317169,99922,682 うち利払費85,03673,024△ 12,011"
    + "計1,066,0971,425,992359,8953年度予算(当初)3年度予算(補正後)備 考"

  @Test func anArrowBetweenTwoStagesNamesBothAndTheirChange() {
    let meanings = ArrowHeader.meanings("3年度予算当初→補正後")
    #expect(meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(meanings?.map(\.stage) == [.initial, .revised, nil])
    #expect(meanings?.map(\.fiscalYearLabel) == ["3年度", "3年度", nil])
    // The change is the later stage minus the earlier: B − A = C.
    let relation = meanings.map(ColumnMeaning.relations)?.first
    #expect(relation.map { [$0.result, $0.lhs, $0.rhs] } == [2, 1, 0])
    // Every reader of headers reads it so.
    #expect(ColumnHeader.meanings("3年度予算当初→補正後") == meanings)
    // An arrow that does not join two stages, or a header that names more, is no such header.
    #expect(ArrowHeader.meanings("当初→当初") == nil)
    #expect(ArrowHeader.meanings("令和2年度→令和3年度") == nil)
    #expect(ArrowHeader.meanings("3年度予算当初→補正後 増減率") == nil)
    #expect(ArrowHeader.meanings("3年度予算 4年度要求") == nil)
  }

  @Test func aRunTogetherFrameOfTwoStagesIsSplitByItsArithmetic() throws {
    let reader = GenericReader.reading([Self.frame])
    let table = try #require(reader.tables.first)
    #expect(table.confirmed)
    #expect(table.unit == "億円")
    #expect(table.rows.count == 6)
    // 当初 + (当初→補正後) = 補正後, at the printed precision (237,588 + 9,464 = 247,052 vs
    // 247,051 and 85,036 − 12,011 = 73,025 vs 73,024 are the rounding of 億円).
    let cells = table.rows.map { $0.cells.map { $0.amount?.parts.first?.number.description ?? "" } }
    #expect(cells[0] == ["669020", "983365", "314345"])
    #expect(cells[2] == ["237588", "247051", "9464"])
    #expect(table.rows[4].cells[2].amount?.isNegative == true)
    // `359,8953年度予算`: the `3` after the full comma group is the next header's year.
    #expect(table.rows[5].label == "計")
    #expect(cells[5] == ["1066097", "1425992", "359895"])
    #expect(table.rows[3].isPartOfAbove)
  }

  @Test func aSecondUnitStatementOnTheLineStartsTheTable() throws {
    // The first frame of the page (a list of items, no header) comes first on the same line:
    // the table after the second unit statement is read, the list before it is reported.
    let list =
      "令和3年度一般会計補正予算(第1号)フレーム(単位:億円)1.新型コロナウイルス感染症の拡大防止186,0591.税収64,320"
    let reader = GenericReader.reading([list + Self.frame])
    #expect(reader.tables.count == 1)
    #expect(reader.tables.first?.rows.first?.label.hasSuffix("一般歳出") == true)
    #expect(reader.diagnostics.contains { $0.text.contains("186,059") })
  }

  @Test func digitsAfterAFullCommaGroupBelongToAYear() {
    #expect(RunTogether.yearAfterNumber("359,8953")! == ("359,895", "3"))
    #expect(RunTogether.yearAfterNumber("1,425,99230")! == ("1,425,992", "30"))
    #expect(RunTogether.yearAfterNumber("359,895") == nil)
    #expect(RunTogether.yearAfterNumber("35989") == nil)
  }
}
