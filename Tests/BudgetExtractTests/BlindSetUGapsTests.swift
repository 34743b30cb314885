import BudgetModel
import Testing

@testable import BudgetExtract

/// Blind set U's gaps (issue #20, branch gapsu): a web page's file links between an item and
/// its amount, a change column named over two header lines with its rates in parentheses
/// beside the cells, and a table's last row printed one cell per line with a `うち` part after
/// each column's cell.
@Suite struct BlindSetUGapsTests {
  static func numbers(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "" }
  }

  static func withPostPasses(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    var reader = GenericReader.reading(texts)
    reader.readPartBlockTables(lines)
    return reader
  }

  // kankyo-h21-hosei2-an lines 8 and 17 (環境省 第2次補正予算(案), an HTML page of links).
  static let links = [
    "環境省", "1.「エコ消費3本柱」の推進関連",
    "(3) 高効率の太陽熱利用システムの住宅への設置普及に関する実証事業 [PDF 87KB]15億円",
    "(4) 温室効果ガス排出削減・吸収クレジット創出支援事業の推進 [PDF 219KB]20億円",
  ]

  @Test func aFileLinkIsNoPartOfTheItemsLabel() {
    let reader = GenericReader.reading(Self.links)
    #expect(
      reader.amountLines.map(\.label) == [
        "(3) 高効率の太陽熱利用システムの住宅への設置普及に関する実証事業",
        "(4) 温室効果ガス排出削減・吸収クレジット創出支援事業の推進",
      ])
    #expect(reader.diagnostics.isEmpty)
    #expect(LinkSizeMark.removed(from: "家電エコポイント [PDF 1,137KB]") == "家電エコポイント")
    #expect(LinkSizeMark.removed(from: "家電エコポイント (PDF:1.2MB)") == "家電エコポイント")
  }

  // A bracket holding anything but a file type and size stays in the label, and a label that
  // is long without one is still taken for a sentence.
  @Test func otherBracketsStayAndLongLabelsAreStillSentences() {
    for kept in ["事業 [PDF版]", "事業 [92KB]", "事業 [PDF 92KB 参照]", "事業 (PDF 約92KB)"] {
      #expect(LinkSizeMark.removed(from: kept) == kept)
    }
    let long = Self.links[2].replacingOccurrences(of: " [PDF 87KB]", with: "を推進するための事業")
    let reader = GenericReader.reading(["環境省", long])
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 2 })
  }

  // national-h15-chikyu-kankyo-gaisan lines 16-24 (環境省 平成15年度 地球環境保全関係 概算要求).
  static let compared = [
    "表1 施策内容による分類              (単位:億円)",
    "  14年度予算額 15年度要求額 対前年度比",
    "増減額(率(%))",
    "国際的枠組みづくり 138 159 21 (15.2%)",
    "調査研究、観測・監視 1,101 1,050 ▲52 (▲4.6%)",
    "技術開発、普及 4,441 4,115 ▲326 (▲7.3%)",
    "環境協力 256 476 220 (85.9%)",
    "環境配慮 5 45 40 (800.0%)",
    "国内の持続可能な社会の実現に向けた取組 3,863 4,576 713 (18.5%)",
  ]

  @Test func aChangeNamedOverTwoLinesWithItsRatesBesideTheCells() throws {
    let reader = GenericReader.reading(["地球環境保全関係概算要求額"] + Self.compared)
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(meanings[2].header == "対前年度比増減額(率(%))")
    #expect(table.rows.count == 6 && table.confirmed)
    #expect(Self.numbers(table.rows[1]) == ["1101", "1050", "-52", "-4.6"])
    #expect(Self.numbers(table.rows[4]) == ["5", "45", "40", "800.0"])
    #expect(!reader.diagnostics.contains { (5...10).contains($0.span.line) })
  }

  // The second line without its rate, a rate the change does not give, a change that is not
  // B − A: not read as the header says.
  @Test func anotherSecondLineOrBrokenArithmeticIsNotRead() {
    var plain = Self.compared
    plain[2] = "増減額"
    #expect(ComparedChangeHeader.meanings([plain[1], plain[2]]) == nil)
    #expect(ComparedChangeHeader.meanings(["14年度予算額 15年度要求額", "増減額(率(%))"]) == nil)
    var rate = Self.compared
    rate[3] = "国際的枠組みづくり 138 159 21 (25.2%)"
    let byRate = GenericReader.reading(["地球環境保全関係概算要求額"] + rate)
    #expect(!(byRate.tables.first?.rows.contains { $0.label == "国際的枠組みづくり" } ?? false))
    #expect(byRate.diagnostics.contains { $0.span.line == 5 })
    var change = Self.compared
    change[3] = "国際的枠組みづくり 138 159 31 (15.2%)"
    let byChange = GenericReader.reading(["地球環境保全関係概算要求額"] + change)
    #expect(!(byChange.tables.first?.rows.contains { $0.label == "国際的枠組みづくり" } ?? false))
  }
}
