import BudgetModel
import Testing

@testable import BudgetExtract

/// `万円` is a money unit (10^4 yen) like `千円` and `百万円` (issue #20; 国立国会図書館
/// 財政, kokkai-h30-ndl-zaisei lines 7-10): an amount `6,300万円`, a unit statement
/// `(単位:万円)`; `億…万円` is read as before (`KanjiAmount` checks the 万円 part), and a count
/// of ten thousands (`4000万人`, `万件`, `万トン`) is no amount.
@Suite struct ManYenUnitTests {
  func parts(_ record: AmountLineRecord) -> [String] {
    (record.amount.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  @Test func itemsToTheManYenWithAndWithoutAnOkuPart() throws {
    let reader = GenericReader.reading([
      "図書館資料購入費 7億8,400万円", "納入出版物代償金 3億9,000万円",
      "科学技術関係資料費 10億9,800万円", "立法資料購入費 6,300万円",
    ])
    #expect(
      reader.amountLines.map(\.label) == [
        "図書館資料購入費", "納入出版物代償金", "科学技術関係資料費", "立法資料購入費",
      ])
    #expect(
      reader.amountLines.map(parts) == [
        ["7億", "84百万円"], ["3億", "90百万円"], ["10億", "98百万円"], ["6300万円"],
      ])
  }

  @Test(arguments: [
    ("(単位:万円)", "万円"), ("(単位:百万円)", "百万円"), ("(万円)", "万円"), ("単位:千円", "千円"),
  ])
  func unitStatements(_ text: String, _ unit: String) {
    let units = Lexicon.standard.unitTexts
    #expect(GenericLine.unitStatement(text, units: units)?.0 == unit)
  }

  /// `1兆2,345億6,789万円`: the 万円 part after larger parts, exact.
  @Test func trillionOkuAndManYen() throws {
    let reader = GenericReader.reading(["総額 1兆2,345億6,789万円"])
    let record = try #require(reader.amountLines.first)
    #expect(parts(record) == ["1兆", "2345億", "67.89百万円"])
  }

  /// A 万円 figure that is a rate or a bound (per person, per household, a ceiling) is no
  /// amount: it stays in the entry's label, and the entry's amount is the one after it.
  @Test(arguments: [
    ("・子育て世帯への臨時特別給付金(児童1人当たり1万円) 1,654億円", "・子育て世帯への臨時特別給付金(児童1人当たり1万円)"),
    ("・ひとり親世帯臨時特別給付金(1世帯5万円) 1,365億円", "・ひとり親世帯臨時特別給付金(1世帯5万円)"),
    ("・家賃支援給付金(上限600万円) 2,242億円", "・家賃支援給付金(上限600万円)"),
    ("・年収500万円以下の世帯への支援 120億円", "・年収500万円以下の世帯への支援"),
  ])
  func aRateOrBoundInManYenIsNoAmount(_ text: String, _ label: String) throws {
    let reader = GenericReader.reading([text])
    let record = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(record.label == label)
    #expect(parts(record).last?.hasSuffix("億円") == true)
  }

  /// Counts of ten thousands are no money: nothing is read as an amount.
  @Test(arguments: ["外国人観光客4000万人時代に向けた取組", "利用件数 120万件", "生産量 800万トン"])
  func countsOfTenThousandsAreNoAmount(_ text: String) {
    let reader = GenericReader.reading([text])
    #expect(reader.amountLines.isEmpty)
  }
}
