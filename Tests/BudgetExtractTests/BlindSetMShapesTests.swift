import BudgetModel
import Testing

@testable import BudgetExtract

/// The table shapes of blind set M (issue #20): 主要経費別内訳 as 財務省's pages print it.
@Suite struct BlindSetMShapesTests {
  static func cells(_ row: SummaryRowRecord) -> [Int64?] {
    row.cells.map { cell in
      cell.amount.map { ($0.isNegative ? -1 : 1) * $0.parts[0].number.significand }
    }
  }

  /// national-r5-shuyo-keihi-p6 lines 12-55 (wic-net's text of 令和5年度予算のポイント p.6):
  /// the header names the two amounts only; each row prints four cells one per line.
  static let onePerLine = [
    "主要経費別内訳", "(単位:億円)", "4年度予算", "(当初)", "5年度予算",
    "673,746", "727,317", "+53,571", "+8.0%", "362,735", "368,889", "+6,154", "+1.7%",
    "恩給関係費", "1,221", "970", "▲252", "▲20.6%",
    "防衛関係費", "53,687", "101,686", "+47,999", "+89.4%",
    "53,687", "67,880", "+14,192", "+26.4%", "-", "33,806", "+33,806", "-",
    "経済協力費", "5,105", "5,114", "+8", "+0.2%",
    "(参考)ODA", "5,612", "5,709", "+98", "+1.7%",
  ]

  // 970 − 1,221 = −251, printed ▲252 (rounding), 252 / 1,221 = 20.6%: the two unheaded
  // columns are the change and its rate. Only the group right after a label is its row.
  @Test func unheadedChangeAndRateOnePerLine() throws {
    let reader = GenericReader.reading(Self.onePerLine)
    let table = try #require(reader.tables.first)
    #expect((table.meanings ?? []).map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(table.rows.map(\.label) == ["恩給関係費", "防衛関係費", "経済協力費", "(参考)ODA"])
    #expect(Self.cells(table.rows[0]) == [1221, 970, -252, -206])
    #expect(Self.cells(table.rows[1]) == [53687, 101686, 47999, 894])
    #expect(table.confirmed)
    // The leading groups and the two sub-rows of 防衛関係費 print no label: reported.
    let reported = reader.diagnostics.filter { $0.message.contains("no label printed before it") }
    #expect(reported.map(\.span.line) == [6, 10, 24, 28])
  }

  // A group whose change is not B − A (▲152 for 970 − 1,221) leaves the reading unproven:
  // nothing is read as four columns.
  @Test func aGroupThatDoesNotAddUpLeavesTheBlockUnread() {
    var lines = Self.onePerLine
    lines[lines.firstIndex(of: "▲252")!] = "▲152"
    let reader = GenericReader.reading(lines)
    #expect(!reader.tables.contains { ($0.meanings ?? []).count == 4 })
  }

  /// national-r2-shuyo-keihi-rinji-finance line 4, cut after 恩給関係費: a two-level header
  /// printed flat (three groups, then `うち通常分うち臨時・特別の措置` under each).
  static let flatParts =
    "主要経費別内訳(単位:億円)令和元年度予算(当初)令和2年度予算(当初)増減額"
    + "うち通常分うち臨時・特別の措置うち通常分うち臨時・特別の措置うち通常分うち臨時・特別の措置"
    + "一般歳出619,639599,35920,280634,972617,18417,788+15,333+17,825▲2,492"
    + "社会保障関係費341,306340,627679358,608358,121487+17,302+17,495▲193"
    + "恩給関係費2,0972,097-1,7501,750-▲347▲347-"

  // Each group's parts add up to its total (340,627 + 679 = 341,306; `-` as zero), and the
  // totals' change is B − A: the split of `…340,627679358,608…` is the one that holds.
  @Test func repeatedPartsUnderAFlatTwoLevelHeader() throws {
    let reader = GenericReader.reading([Self.flatParts])
    let table = try #require(reader.tables.first)
    #expect((table.meanings ?? []).count == 9)
    #expect(
      (table.meanings ?? []).map(\.kind).filter { $0 != .other } == [.amount, .amount, .change])
    #expect(table.meanings?[5].header == "令和2年度当初うち臨時・特別の措置")
    #expect(table.rows.map(\.label) == ["一般歳出", "社会保障関係費", "恩給関係費"])
    #expect(
      Self.cells(table.rows[1]) == [
        341306, 340627, 679, 358608, 358121, 487, 17302, 17495, -193,
      ])
    #expect(Self.cells(table.rows[2]) == [2097, 2097, nil, 1750, 1750, nil, -347, -347, nil])
  }

  // A part that does not add up (340,627 + 579 ≠ 341,306) leaves its row reported.
  @Test func partsThatDoNotAddUpAreReported() throws {
    let text = Self.flatParts.replacingOccurrences(of: "340,627679", with: "340,627579")
    let reader = GenericReader.reading([text])
    let table = try #require(reader.tables.first)
    #expect(!table.rows.contains { $0.label == "社会保障関係費" })
  }

  /// national-r3-shuyo-keihi-finance line 4 (cut): `-` cells glued to their figures.
  static let dashes =
    "令和3年度予算の主要経費別内訳(単位:億円)2年度予算(当初)3年度予算増減額増減率備考"
    + "一般歳出617,184669,020+51,837+8.4%社会保障関係費356,914358,421+1,507+0.4%"
    + "予備費5,0005,000--新型コロナウイルス感染症対策予備費-50,000+50,000+100.0%"
    + "国債費233,515237,588+4,072+1.7%"

  // `予備費 5,000 5,000 - -` (unchanged: A = B) and a new item `- 50,000 +50,000 +100.0%`
  // (C = B) are proven by what their dashes can mean.
  @Test func dashCellsInARunTogetherRow() throws {
    let reader = GenericReader.reading([Self.dashes])
    let table = try #require(reader.tables.first)
    let labels = table.rows.map(\.label)
    #expect(labels == ["一般歳出", "社会保障関係費", "予備費", "新型コロナウイルス感染症対策予備費", "国債費"])
    #expect(Self.cells(table.rows[2]) == [5000, 5000, nil, nil])
    #expect(Self.cells(table.rows[3]) == [nil, 50000, 50000, 1000])
  }

  // A new item whose change is not its amount is not proven.
  @Test func aNewItemWhoseChangeIsNotItsAmountIsReported() throws {
    let text = Self.dashes.replacingOccurrences(of: "-50,000+50,000", with: "-50,000+40,000")
    let reader = GenericReader.reading([text])
    let table = try #require(reader.tables.first)
    #expect(!table.rows.contains { $0.label.hasPrefix("新型") })
  }
}
