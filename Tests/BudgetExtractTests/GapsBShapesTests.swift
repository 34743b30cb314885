import BudgetModel
import Testing

@testable import BudgetExtract

/// Rows that miss a figure or two, read where the row's own arithmetic places every printed
/// figure (issue #20, branch gapsb).
@Suite struct GapsBShapesTests {
  static func numbers(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "" }
  }

  // naikakufu-h20-kaijo-kotsu-anzen-yosan lines 18-24.
  static let kaijo = [
    "(単位:百万円)", "事項 平成18年度予算額 平成19年度予算額 平成20年度予算額 比較増減額 平成18年度決算額",
    "1.交通環境の整備 19,020 40,767 29,735 ▲11,032 18,121", "(1)港湾等の整備 23,851 18,057 ▲5,794",
    "(2)航路標識の整備等 10,115 8,179 8,070 ▲109 9,214",
    "(3)海上交通に関する情報の充実 8,905 8,737 3,608 ▲5,129 8,907", "2.船舶の安全性の確保 358 333 328 ▲5 305",
  ]

  // Two cells short: 18,057 − 23,851 = ▲5,794 only with both 18年度 columns empty.
  @Test func aRowTwoCellsShortItsChangePlaces() throws {
    let reader = GenericReader.reading(Self.kaijo)
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.span.line) == [3, 4, 5, 6, 7])
    #expect(Self.numbers(table.rows[1]) == ["", "23851", "18057", "-5794", ""])
    #expect(!reader.diagnostics.contains { $0.span.line == 4 })
  }

  // A change that is not B − A, or three cells where the relation reads fewer (a fourth column
  // printed), places nothing: the row is reported.
  @Test func aRowTwoCellsShortItsChangeDoesNotPlace() throws {
    for short in ["(1)港湾等の整備 23,851 18,057 ▲5,894", "(1)港湾等の整備 23,851 18,057 9,000"] {
      var texts = Self.kaijo
      texts[3] = short
      let reader = GenericReader.reading(texts)
      #expect(!reader.tables.flatMap(\.rows).contains { $0.span.line == 4 })
      #expect(reader.diagnostics.contains { $0.span.line == 4 })
    }
    // Four cells under six columns, the relation reading three of them: the fourth would be
    // placed by its order alone.
    var texts = Self.kaijo.map {
      $0.replacingOccurrences(of: "事項 ", with: "事項 平成17年度予算額 ")
        .replacingOccurrences(of: "整備 ", with: "整備 1 ")
        .replacingOccurrences(of: "充実 ", with: "充実 1 ")
        .replacingOccurrences(of: "確保 ", with: "確保 1 ")
    }
    texts[3] = "(1)港湾等の整備 5 23,851 18,057 ▲5,794"
    let reader = GenericReader.reading(texts)
    #expect(reader.tables.first?.rows.first?.cells.count == 6)
    #expect(!reader.tables.flatMap(\.rows).contains { $0.span.line == 4 })
  }

  // national-h11-chikyu-kankyo-gaisan lines 17-37.
  static let chikyu = [
    "( )内はうち数表示の特別枠等", "表1 (単位:億円)", "内 訳 1 10年度予算額 11年度概算要求額 伸び率(%)",
    "国際的枠組みづくり 77.2 83.7", "(3.8)", "8%増", "調査研究、観測・監視 1182.5 1210.3", "(104.1)", "2%増",
    "技術開発、普及 4271.5 4408.1", "(10.9)", "3%増", "環境協力の推進 221.4 285.6", "(3.4)", "29%増",
    "環境配慮 1.2 7.5 547%増", "国内における持続可能な社", "会の実現に向けた取組", "322.6 579.3", "(127.0)",
    "80%増",
  ]

  // (7.5 − 1.2) / 1.2 is 525 %, but 1.2 is any base from 1.15 to 1.25: 547 % is within the
  // printed figures' rounding (over 1.15, 552 %), so the row is read.
  @Test func aRateOverASmallBaseHoldsWithinTheBasesRounding() throws {
    let reader = GenericReader.reading(Self.chikyu)
    let rows = reader.tables.flatMap(\.rows)
    let row = try #require(rows.first { $0.span.line == 16 })
    #expect(Self.numbers(row) == ["1.2", "7.5", "547"])
    #expect(!reader.diagnostics.contains { $0.span.line == 16 })
  }

  // 647 % is beyond any base the printed 1.2 allows (at most 556 %): reported.
  @Test func aRateBeyondTheBasesRoundingIsReported() {
    var texts = Self.chikyu
    texts[15] = "環境配慮 1.2 7.5 647%増"
    let reader = GenericReader.reading(texts)
    #expect(!reader.tables.flatMap(\.rows).contains { $0.span.line == 16 })
    #expect(reader.diagnostics.contains { $0.span.line == 16 })
  }
}
