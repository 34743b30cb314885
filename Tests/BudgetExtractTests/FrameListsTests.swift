import BudgetModel
import Testing

@testable import BudgetExtract

/// Two numbered lists side by side (歳出 / 歳入 of a supplementary budget's frame) run together
/// into one string, entries interleaved, each amount glued to the next entry's number
/// (national-r3-hosei1-frame-finance line 1; issue #20).
@Suite struct FrameListsTests {
  static let frame =
    "令和3年度一般会計補正予算(第1号)フレーム(単位:億円)1.新型コロナウイルス感染症の拡大防止186,0591.税収64,3202.「ウィズコロナ」下での社会経済活動の再開と17,687 次なる危機への備え3.未来社会を切り拓く「新しい資本主義」の起動82,5324.防災・減災、国土強靱化の推進など29,3492.税外収入13,516 安全・安心の確保 小 計 (経済対策関係経費)315,6275.その他の経費2,1353.前年度剰余金受入61,4796.国債整理基金特別会計へ繰入22,6827.地方交付税交付金35,1174.公債金220,580 (1)建設公債28,270 (2)特例公債192,3108.既定経費の減額▲ 15,665 合 計359,895 合 計359,895歳 出歳 入(注)（注記）令和3年度補正後予算フレーム【歳出・歳入の状況】"

  func read(_ text: String) -> [AmountLineRecord] {
    GenericReader.reading([text]).amountLines
  }

  @Test func theEntriesSplitFromTheNumbersGluedToThem() throws {
    let read = try #require(
      FrameLists.entries(
        Self.frame.replacingOccurrences(of: " ", with: ""), units: ["億円", "百万円"]))
    #expect(read.unit == "億円")
    #expect(
      read.entries.map { "\($0.amount)" } == [
        "186059", "64320", "17687", "82532", "29349", "13516", "315627", "2135", "61479", "22682",
        "35117", "220580", "28270", "192310", "-15665", "359895", "359895",
      ])
    #expect(read.entries[6].label == "小計(経済対策関係経費)")
    #expect(read.entries[12].mark == .part(1))
  }
}

extension FrameListsTests {
  @Test func theSumsProveWhichListEachEntryIsIn() throws {
    let read = try #require(
      FrameLists.entries(
        Self.frame.replacingOccurrences(of: " ", with: ""), units: ["億円"]))
    let lists = try #require(FrameLists.assignment(read.entries))
    // 歳出 1.–8. (the 小計 after 4.) and 歳入 1.–4. with 公債金's two parts.
    #expect(lists == [0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, -1, -1])
  }

  @Test func everyEntryIsAnItemOfTheFrame() throws {
    let reader = GenericReader.reading([Self.frame])
    let records = reader.amountLines
    // All 17: `前年度剰余金受入` (the surplus carried in, a revenue of this budget that the
    // sums put in the 歳入 list) is a term of the accounts, not a year's amount.
    #expect(records.count == 17)
    let surplus = try #require(records.first { $0.label == "前年度剰余金受入" })
    #expect(surplus.amount.amount?.parts.map { "\($0.number)" } == ["61479"])
    #expect(records.map(\.label).prefix(2) == ["新型コロナウイルス感染症の拡大防止", "税収"])
    #expect(records.filter { $0.isPart == true }.map(\.label) == ["建設公債", "特例公債"])
    #expect(records.allSatisfy { $0.context == "令和3年度一般会計補正予算(第1号)フレーム" })
    #expect(records.first { $0.label == "既定経費の減額" }?.amount.amount?.isNegative == true)
    #expect(records.filter { $0.label == "合計" }.count == 2)
    // The page alone: its title is the document's.
    #expect(reader.titles.map(\.text) == ["令和3年度一般会計補正予算(第1号)フレーム"])
  }

  // 4. 公債金's parts that do not add up (28,270 + 192,300), or a 合計 no list adds up: nothing.
  @Test func withoutItsSumsNothingIsRead() {
    let parts = Self.frame.replacingOccurrences(of: "192,3108.", with: "192,3008.")
    #expect(read(parts).isEmpty)
    let total = Self.frame.replacingOccurrences(of: "合 計359,895歳", with: "合 計359,995歳")
    #expect(read(total).isEmpty)
  }

  // A label that names a year for its amount is still reported: `元年度剰余金受入` (whose year
  // the transform would take as the amount's), `前年度補正` (a stage of the prior year).
  @Test func anEntryNamingAYearIsReported() {
    for label in ["元年度剰余金受入", "前年度補正予算受入"] {
      let reader = GenericReader.reading([
        Self.frame.replacingOccurrences(of: "前年度剰余金受入", with: label)
      ])
      #expect(reader.amountLines.count == 16)
      #expect(reader.diagnostics.contains { $0.text.hasPrefix(label) })
    }
  }
}
