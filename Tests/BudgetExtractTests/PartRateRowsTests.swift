import BudgetModel
import Testing

@testable import BudgetExtract

/// A 概算要求 table whose rows take three lines: the amounts, the part of the request in
/// parentheses, the rate as `8%増` (national-h11-chikyu-kankyo-gaisan lines 16-37; issue #20).
@Suite struct PartRateRowsTests {
  static let legend = "( )内はうち数表示の特別枠等"
  static let table = [
    "表1 (単位:億円)", "内 訳 1 10年度予算額 11年度概算要求額 伸び率(%)",
    "国際的枠組みづくり 77.2 83.7", "(3.8)", "8%増",
    "調査研究、観測・監視 1182.5 1210.3", "(104.1)", "2%増",
    "環境協力の推進 221.4 285.6", "(3.4)", "29%増",
    "国内における持続可能な社", "会の実現に向けた取組", "322.6 579.3", "(127.0)", "80%増",
    "", "(注1)（注記）",
  ]

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func aStrayTableNumberAndTheLabelsHeaderAreNoColumns() {
    let meanings = ColumnHeader.meanings("内 訳 1 10年度予算額 11年度概算要求額 伸び率(%)")
    #expect(meanings.map(\.kind) == [.amount, .amount, .ratePercent])
    #expect(meanings.map(\.fiscalYearLabel) == ["10年度", "11年度", nil])
    #expect(meanings.map(\.stage) == [.initial, .request, nil])
    // Digits that make a year together stay one year (`1 0年度` spaced out).
    #expect(ColumnHeader.meanings("令和 1 0年度 予算額").map(\.fiscalYearLabel) == ["令和10年度"])
  }

  @Test func rowsOverThreeLinesWithThePartOfTheRequest() throws {
    let reader = GenericReader.reading([Self.legend] + Self.table)
    let table = try #require(reader.tables.first)
    #expect(
      table.rows.map(\.label) == [
        "国際的枠組みづくり", "国際的枠組みづくり(うち特別枠)", "調査研究、観測・監視", "調査研究、観測・監視(うち特別枠)",
        "環境協力の推進", "環境協力の推進(うち特別枠)", "国内における持続可能な社会の実現に向けた取組",
        "国内における持続可能な社会の実現に向けた取組(うち特別枠)",
      ])
    #expect(figures(table.rows[0]) == ["77.2", "83.7", "8"])
    #expect(figures(table.rows[1]) == ["-", "3.8", "-"])
    #expect(table.rows[1].isPartOfAbove)
    #expect(table.rows[1].cellLines == [0, 5, 0])
    #expect(table.rows[0].span == SourceSpan(line: 4, endLine: 6))
    #expect(figures(table.rows[6]) == ["322.6", "579.3", "80"])
    #expect(table.rows[6].span == SourceSpan(line: 13, endLine: 17))
    #expect(table.rows[6].cellLines == [15, 15, 17])
    #expect(table.confirmed)
    #expect(!reader.diagnostics.contains { (3...17).contains($0.span.line) })
  }

  // `環境配慮 1.2 7.5 547%増` (no part: the rate on the row's line; printed 647 here) and `5%減`;
  // a rate the arithmetic does not confirm (647 against (7.5 − 1.2) / 1.2 = 525, at most 556
  // over a base of 1.15) leaves its row reported. The printed 547 holds within the base's
  // rounding (`GapsBShapesTests`).
  @Test func aRateOnTheRowsLineAndARateThatDoesNotHold() throws {
    let reader = GenericReader.reading(
      [Self.legend] + Array(Self.table[0..<5]) + [
        "酸性雨対策 67.7 70.9 5%増", "海洋汚染対策 30.8 35.9", "(8.4)", "16%増",
      ]
        + ["環境配慮 1.2 7.5 647%増", "減った項目 20.0 19.0", "5%減", "新しい項目 0 4.0", "(1.0)", "皆増"])
    let table = try #require(reader.tables.first)
    #expect(
      table.rows.map(\.label) == [
        "国際的枠組みづくり", "国際的枠組みづくり(うち特別枠)", "酸性雨対策", "海洋汚染対策", "海洋汚染対策(うち特別枠)",
        "減った項目", "新しい項目", "新しい項目(うち特別枠)",
      ])
    #expect(figures(table.rows[2]) == ["67.7", "70.9", "5"])
    #expect(figures(table.rows[5]) == ["20.0", "19.0", "-5"])
    #expect(figures(table.rows[6]) == ["0", "4.0", "-"])
    #expect(figures(table.rows[7]) == ["-", "1.0", "-"])
    #expect(!table.confirmed)
    #expect(reader.diagnostics.contains { $0.span.line == 11 && $0.kind == .tableUnconfirmed })
  }

  // Without a legend that names the parentheses a part of the request, the figure in them is
  // reported; the row is still read.
  @Test(arguments: ["( )内は前年度予算額", "( )内は補正予算額"])
  func aParenthesizedFigureNoLegendNamesIsReported(_ legend: String) throws {
    let reader = GenericReader.reading([legend] + Self.table)
    let table = try #require(reader.tables.first)
    #expect(!table.rows.contains { $0.isPartOfAbove })
    #expect(figures(table.rows[0]) == ["77.2", "83.7", "8"])
    #expect(reader.diagnostics.contains { $0.span.line == 5 })
  }

  // A row no rate line completes is reported as before, its part too.
  @Test func aRowWithoutItsRateLineIsReported() {
    let reader = GenericReader.reading(
      [Self.legend] + Array(Self.table[0..<3]) + ["(3.8)", "調査研究、観測・監視 1182.5 1210.3"])
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 4 })
    #expect(reader.diagnostics.contains { $0.span.line == 5 })
  }

  // The headline block above the tables (lines 10-13): the rate against the prior year in
  // parentheses under the request is no heading of the amounts after it (`うち特別枠等` was
  // read under `(対前年度比8.2%増)` and not exported).
  @Test func aRateAgainstThePriorYearIsNoContext() throws {
    let reader = GenericReader.reading([
      "平成11年度概算要求額 6,575億円", "(対前年度比 8.2%増)", "うち特別枠等 249億円", "平成10年度予算額 6,076億円",
    ])
    let part = try #require(reader.amountLines.first { $0.label == "うち特別枠等" })
    #expect(part.context == nil)
    #expect(part.amount.amount?.parts.first?.number == DecimalNumber(ascii: "249"))
  }
}

extension PartRateRowsTests {
  // The part is named by its row: eight parts of one table are never one label `うち特別枠`.
  // A part under a row that is not read (its rate line missing) is reported, not named.
  @Test func aPartIsNamedByItsRow() throws {
    let reader = GenericReader.reading([Self.legend] + Array(Self.table[0..<5]))
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["国際的枠組みづくり", "国際的枠組みづくり(うち特別枠)"])
    let unread = GenericReader.reading([Self.legend] + Array(Self.table[0..<4]) + ["（説明文）"])
    #expect(!unread.tables.flatMap(\.rows).contains { $0.label.contains("うち特別枠") })
    #expect(unread.diagnostics.contains { $0.span.line == 5 })
  }
}
