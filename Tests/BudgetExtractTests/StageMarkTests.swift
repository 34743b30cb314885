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

  static let entries = [
    "1 緊急消防援助隊の強化 58.7億円 15.1億円",
    "・ 緊急消防援助隊設備整備費補助金 49.0億円 ・ 情報収集活動ドローンの整備 0.5億円(29補正)",
    "・ 津波・大規模風水害対策車の整備 4.2億円(29補正) ・ 拠点機能形成車の整備 7.4億円(29補正)",
    "・ エネルギー・産業基盤災害対応型消防水利システムの整備 3.0億円+3.0億円(29補正)",
    "2 常備消防力等の強化 17.3億円 -",
    "・ 消防防災施設整備費補助金 13.2億円",
    "3 消防団の充実強化 6.8億円 11.6億円",
    "4 国際情勢の変化等に対応するための安心・安全の推進 1.3億円 1.7億円",
    "・ 国民保護共同訓練の充実強化 1.3億円 ・ 化学剤遠隔検知装置の整備 1.7億円(29補正)",
  ]

  // 0.5 + 4.2 + 7.4 + 3.0 = 15.1 and 1.7 = 1.7: the entries' second column is the items'
  // (29補正); entry 3 has no items and takes the column's mark, entry 2 prints none.
  @Test func entriesSecondAmountsAreTheirMarkedItemsSum() throws {
    let records = GenericReader.reading(Self.entries).amountLines
    let entries = records.filter { [1, 5, 7, 8].contains($0.span.line) }
    #expect(entries.map(\.span.line) == [1, 1, 5, 7, 7, 8, 8])
    #expect(
      entries.map(amounts) == [
        ["58.7億円"], ["15.1億円"], ["17.3億円"], ["6.8億円"], ["11.6億円"], ["1.3億円"], ["1.7億円"],
      ])
    #expect(entries.map { $0.context == "29補正" } == [false, true, false, false, true, false, true])
    #expect(entries.first?.label == "1 緊急消防援助隊の強化")
  }

  // The marked items add up to 14.1, not 15.1 (more than the rounding of five figures); or
  // only one entry, whose one marked item
  // equals it (a copy, no sum): the second column is not proven, every entry is reported.
  @Test(arguments: [
    entries.map { $0.replacingOccurrences(of: "3.0億円(29補正)", with: "2.0億円(29補正)") },
    Array(entries[7...]),
  ])
  func entriesNotProvenAreReported(_ texts: [String]) {
    let reader = GenericReader.reading(texts)
    let rows = texts.indices.filter { texts[$0].first?.isNumber == true }.map { $0 + 1 }
    #expect(!reader.amountLines.contains { rows.contains($0.span.line) })
    #expect(rows.allSatisfy { row in reader.diagnostics.contains { $0.span.line == row } })
  }
}
