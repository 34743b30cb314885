import BudgetModel
import Testing

@testable import BudgetExtract

/// The figure grammar (`FigureParser`), one table per rule, each row a real line of the
/// sample and what the extractor reads from it.
@Suite struct FigureGrammarTests {
  /// A heading's trailing figures: amount with unit, amount with the prior year in
  /// parentheses, bracketed pairs, `の内数` in brackets, `—`, `(新規)` as the prior figure.
  @Test(
    arguments: [
      (197, "1. 地方の一般財源総額の確保等 199,270.1億円", "1. 地方の一般財源総額の確保等", "199270.1億円", nil),
      (199, "(1) 地方の一般財源総額の確保 197,990.5(185,780.0)", "(1) 地方の一般財源総額の確保", "197990.5", "185780.0"),
      (
        318, "(a) ナショナルサイバートレーニングセンターの強化 [17.4 (12.7)]", "(a) ナショナルサイバートレーニングセンターの強化", "[17.4]",
        "[12.7]"
      ),
      (83, "(3) デジタルを活用した行政相談の利用促進\t〔7.0億円の内数〕", "(3) デジタルを活用した行政相談の利用促進", "[7.0億円]の内数", nil),
      (
        51, "(2) 地方公共団体の推進体制の構築支援や、その先進的な取組事例の積極的な横展開等を通じた地域社会DXの推進\t—",
        "(2) 地方公共団体の推進体制の構築支援や、その先進的な取組事例の積極的な横展開等を通じた地域社会DXの推進", "—", nil
      ),
      (1271, "(3) 民主的なメタバースの実現 **0.3 (新規)**", "(3) 民主的なメタバースの実現", "0.3", "新規"),
    ] as [(Int, String, String, String, String?)])
  func headingFigures(
    _ line: Int, _ text: String, _ title: String, _ amount: String, _ prior: String?
  ) throws {
    #expect(SampleLines.text(line) == text)
    let seg = try #require(SampleLines.segments(line, text).first)
    let found = try #require(
      try SoumuFigures(lexicon: .standard).trailingHeadingFigures(seg.s, from: 0))
    #expect(seg.line.text(0..<found.titleEnd).trimmingSpaces == title)
    #expect(SampleLines.describe(found.amount) == amount)
    #expect(SampleLines.describe(found.prior) == prior)
  }

  struct ExpenseRow: Sendable, CustomTestStringConvertible {
    var line: Int
    var text: String
    var name: String
    var amount: String?
    var supplementary: String?
    var isNew = false
    var testDescription: String { "line \(line)" }
  }

  /// An expense line's tail: amount, a prior budget's labelled figure after `：` or in
  /// brackets, `の内数`, `（後掲）`, `（新規）`.
  @Test(arguments: [
    ExpenseRow(
      line: 235, text: "【主な経費】マイナンバーカード交付事業費補助金 253.9億円", name: "マイナンバーカード交付事業費補助金",
      amount: "253.9億円"),
    ExpenseRow(
      line: 250, text: "【主な経費】自治体フロントヤード改革支援事業：令和5年度補正予算 10.2 億円", name: "自治体フロントヤード改革支援事業",
      supplementary: "令和5年度補正予算 10.2億円"),
    ExpenseRow(
      line: 278, text: "【主な経費】地域デジタル基盤活用推進事業：令和5年度補正予算 47.5 億円の内数（後掲）",
      name: "地域デジタル基盤活用推進事業", supplementary: "令和5年度補正予算 47.5億円の内数(後掲)"),
    ExpenseRow(
      line: 645, text: "- 【主な経費】 行政相談制度推進費 7.0億円の内数（後掲） [令和5年度補正予算 0.1億円]",
      name: "行政相談制度推進費", amount: "7.0億円の内数(後掲)", supplementary: "令和5年度補正予算 0.1億円"),
    ExpenseRow(
      line: 527, text: "次期静止気象衛星（ひまわり 10 号）に搭載する宇宙環境計測装置の開発 4.0 億円（新規）",
      name: "次期静止気象衛星（ひまわり 10 号）に搭載する宇宙環境計測装置の開発", amount: "4.0億円", isNew: true),
  ])
  func expenseFigures(_ row: ExpenseRow) throws {
    #expect(SampleLines.text(row.line) == row.text)
    let seg = try #require(SampleLines.segments(row.line, row.text).first)
    let mark = SoumuOverviewLayout.mainExpenseMark
    var start = seg.s.matches(mark, at: 0) ? mark.count : 0
    while start < seg.s.count, seg.s[start].isSpace { start += 1 }
    let found = try #require(
      try SoumuFigures(lexicon: .standard).trailingExpenseFigures(seg.line, from: start))
    #expect(seg.line.text(start..<found.nameEnd).trimmingSpaces.trimmingColon == row.name)
    #expect(SampleLines.describe(found.amount) == row.amount)
    #expect(SampleLines.describe(found.supplementary) == row.supplementary)
    #expect(found.isNew == row.isNew)
  }

  /// Amounts in table cells: compound units (`18兆2,107億円`), `,` groups, `▲` with a space.
  @Test(arguments: [
    (11, "令和6年度予算額（案）\t18兆2,107億円", ["18兆2107億円"]),
    (13, "比較増減額\t13,482億円", ["13482億円"]),
    (19, "一般歳出\t4,244\t4,633\t▲ 390\t▲ 8.4", ["4244", "4633", "▲390", "▲8.4"]),
    (30, "比較増減額\t▲53億円", ["▲53億円"]),
  ])
  func cellAmounts(_ line: Int, _ text: String, _ expected: [String]) throws {
    #expect(SampleLines.text(line) == text)
    let cells = TableCells.split(Line(number: line, scalars: Array(text.unicodeScalars)))
    let figures = try cells.dropFirst().map { try SoumuFigures(lexicon: .standard).cellFigure($0) }
    #expect(figures.map { $0?.text } == expected)
  }

  /// A malformed number where an amount stands is an error; `1,2` style groups are not checked.
  @Test func malformedAndUncheckedNumbers() throws {
    var bad = Cursor(Array("12.3.4億円".unicodeScalars))
    #expect(throws: MalformedNumber.self) { try FigureParser(lexicon: .standard).number(&bad) }
    var version = Cursor(Array("1.2.3 版".unicodeScalars))
    #expect(try FigureParser(lexicon: .standard).number(&version) == nil)
    var loose = Cursor(Array("1,2".unicodeScalars))
    #expect(
      try FigureParser(lexicon: .standard).number(&loose)
        == DecimalNumber(significand: 12, scale: 0))
  }
}
