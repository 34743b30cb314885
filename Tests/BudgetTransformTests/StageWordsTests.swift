import BudgetModel
import Testing

/// The stage words that the header reader and the transform share (`ColumnMeaning.Stage.words`),
/// on headers and labels as real documents print them.
@Suite struct StageWordsTests {
  @Test func theLongestWordAtEachPlaceIsReadOnce() {
    // kankyo-h10's header and naikakufu-h25's two-level header.
    #expect(ColumnMeaning.Stage.named(in: "平成10年度補正後予算額") == [.revised])
    #expect(ColumnMeaning.Stage.named(in: "当初予算案") == [.proposal])
    #expect(ColumnMeaning.Stage.named(in: "平成23年度 決算額 当初予算額") == [.settlement, .initial])
    // A label spaced out as PDF justification prints it.
    #expect(ColumnMeaning.Stage.named(in: "補 正 予 算 額") == [.supplementary])
    #expect(ColumnMeaning.Stage.named(in: "うち重点要求・要望額") == [.request])
    #expect(ColumnMeaning.Stage.named(in: "公共事業関係費").isEmpty)
  }

  @Test func aLabelNamingSeveralStagesTakesTheStrongest() {
    #expect(ColumnMeaning.Stage.strongest(in: "前年度当初+補正") == .supplementary)
    #expect(ColumnMeaning.Stage.strongest(in: "令和5年度要求額(令和4年度当初予算額)") == .request)
    #expect(ColumnMeaning.Stage.strongest(in: "令和2年度決算額") == .settlement)
    #expect(ColumnMeaning.Stage.strongest(in: "前年度予算額") == nil)
  }
}
