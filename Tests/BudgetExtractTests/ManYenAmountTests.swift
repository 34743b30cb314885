import BudgetModel
import Testing

@testable import BudgetExtract

/// Amounts printed to the 万円 (防衛省 18年度予算 財務省原案, boei-h18-zaimusho-genan-naiji
/// lines 9-20; issue #20): `1,398億7,900万円` is exact in yen; the change after it in
/// parentheses (`(200億3,700万円増)`) names no base and is reported, not exported.
@Suite struct ManYenAmountTests {
  func yen(_ record: AmountLineRecord) -> [String] {
    (record.amount.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  @Test(arguments: [
    ("▽弾道ミサイル攻撃への対応1,398億7,900万円(200億3,700万円増)", ["1398億", "79百万円"]),
    ("▽我が国を含む国際社会の平和と安定のための取組71億900万円(32億9,400万円減)", ["71億", "9百万円"]),
    ("▽統合運用態勢の充実3億4,500万円(2億5,500万円増)", ["3億", "45百万円"]),
    ("▽衛生(医官施策の充実含む)293億400万円(113億6,100万円減)", ["293億", "4百万円"]),
  ])
  func amountToTheManYenAndItsChange(_ text: String, _ parts: [String]) throws {
    let reader = GenericReader.reading([text])
    let record = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(yen(record) == parts)
    #expect(record.change == nil && record.prior == nil)
    #expect(reader.diagnostics.contains { $0.message.contains("names no base") })
  }

  // `79,00万円` (not grouped by threes), `12,000万円` (1億 or more, printed as 万),
  // `7,900` with no unit: not an amount to the 万円.
  @Test(arguments: ["▽対応1,398億79,00万円", "▽対応1,398億12,000万円", "▽対応1,398億7,900 (説明)"])
  func notAnAmountToTheManYen(_ text: String) {
    let reader = GenericReader.reading([text])
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 1 })
  }
}

/// A line with a short amount and its unit that no rule reads (`520億円(+30億円)`: a change
/// with no base, then nothing) is reported with its number, never kept as a title.
@Suite struct ShortAmountLineTests {
  @Test(arguments: ["▽生活関連 520億円(+30億円)", "▽生活関連 52億円(+3億円)"])
  func aShortAmountNoRuleReadsIsReported(_ text: String) {
    let reader = GenericReader.reading(["18年度予算 財務省原案", text])
    #expect(reader.titles.map(\.text) == ["18年度予算 財務省原案"])
    #expect(reader.diagnostics.contains { $0.span.line == 2 })
  }
}
