import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules learnt from the first run of blind set G (issue #20): excerpts of real texts first
/// read wrong, now read right or reported, never guessed.
@Suite struct BlindSetGRulesTests {
  /// soumu-h30 (消防庁予算(案)の概要): `0.5億円(29補正)` is an amount of 平成29年度's
  /// supplementary budget, not the budget year's with a prior year of 29億円. The mark is the
  /// amount's own context; `(29補正)` names no 年度: 29 is a year only as the year before the
  /// document's 平成30年度 in its era (gaps-r3), so those amounts are 平成29年度's
  /// supplementary budget; a number that is not (`(5補正)`) or not a year (`(2号補正)`) is
  /// reported. A figure followed by words inside its parentheses is never a prior year.
  @Test func aStageMarkInParenthesesIsNotAPriorYear() throws {
    let text = """
      平成30年度消防庁予算(案)
      消防庁予算(案)の概要
      1 緊急消防援助隊の強化 58.7億円 15.1億円
      ・ 緊急消防援助隊設備整備費補助金 49.0億円 ・ 情報収集活動ドローンの整備 0.5億円(29補正)
      ・ 救助資機材搭載型消防団車両無償貸付 11.6億円(29補正)
      ・ 消防団の装備・訓練の充実強化 2.4億円(100億円増)
      ・ 小型動力ポンプの整備 1.0億円(5補正) ・ 操縦方法の訓練 0.3億円(2号補正)
      """
    let all = amounts(try transform(text, IdentityOverrides(organization: "soumu")))
    #expect(all.contains { $0 == (.budget, 2018, 4_900_000_000) })
    #expect(all.contains { $0 == (.priorSupplementary, 2017, 50_000_000) })
    #expect(all.contains { $0 == (.priorSupplementary, 2017, 1_160_000_000) })
    #expect(!all.contains { $0.2 == 100_000_000 || $0.2 == 30_000_000 })
    #expect(!all.contains { $0.2 == 2_900_000_000 || $0.2 == 10_000_000_000 })
    #expect(!all.contains { $0.0 == .priorInitial })
  }
}
