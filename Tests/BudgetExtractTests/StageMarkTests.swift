import BudgetModel
import Testing

@testable import BudgetExtract

/// Amounts with their own stage mark in an item list (消防庁 平成30年度予算(案),
/// soumu-h30-shobo-yosan-an lines 6-8 and 26; issue #20): the mark belongs to the amount
/// before it, and an amount joined by `+` to the one before is another figure of that entry
/// only with its own mark.
@Suite struct StageMarkTests {
  func amounts(_ record: AmountLineRecord) -> [String] {
    (record.amount.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  @Test func aMarkEndsItsEntryOnALineOfTwo() throws {
    let reader = GenericReader.reading([
      "・ 津波・大規模風水害対策車の整備 4.2億円(29補正) ・ 拠点機能形成車の整備 7.4億円(29補正)"
    ])
    let records = reader.amountLines
    try #require(records.count == 2)
    #expect(records.map(\.label) == ["・ 津波・大規模風水害対策車の整備", "・ 拠点機能形成車の整備"])
    #expect(records.map(\.context) == ["29補正", "29補正"])
    #expect(records.map(amounts) == [["4.2億円"], ["7.4億円"]])
  }

  @Test(arguments: [
    ("・ エネルギー・産業基盤災害対応型消防水利システムの整備 3.0億円+3.0億円(29補正)", ["3.0億円"], ["3.0億円"]),
    ("(1) 消防団の装備・訓練の充実強化 2.4億円 + 11.6億円(29補正)", ["2.4億円"], ["11.6億円"]),
  ])
  func anAmountJoinedByPlusWithItsMark(_ text: String, _ first: [String], _ second: [String])
    throws
  {
    let records = GenericReader.reading([text]).amountLines
    try #require(records.count == 2)
    #expect(records[0].label == records[1].label)
    #expect(records[0].context == nil && records[1].context == "29補正")
    #expect(amounts(records[0]) == first && amounts(records[1]) == second)
  }

  // Without a mark, the amount after `+` says nothing of its year or stage: not read.
  @Test func anAmountJoinedByPlusWithoutAMarkIsNotRead() {
    let reader = GenericReader.reading(["(1) 消防団の装備・訓練の充実強化 2.4億円 + 11.6億円"])
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 1 })
  }
}
