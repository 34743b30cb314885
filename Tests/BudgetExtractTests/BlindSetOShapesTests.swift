import BudgetModel
import Testing

@testable import BudgetExtract

/// Shapes of blind set O (`Tests/Fixtures/RealWorld/SOURCES-o.md`; issue #20) read by the
/// extract: a 万 part printed as four zero-padded digits, and a chain of yearly amounts.
@Suite struct BlindSetOShapesTests {
  static let parser = FigureParser(lexicon: .standard)

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  func records(_ text: String, line number: Int = 12) -> [AmountLineRecord]? {
    let line = Line(number: number, scalars: Array(text.unicodeScalars))
    return AmountLine.parse(line, text: text, parser: Self.parser)
  }

  // kokudo-r2-kishocho-yosan-suii-web lines 12, 13, 25: `568億0300万円` is 568億 and 300万
  // (the four places below 億 printed in full); `594億9200万円` on line 10 as before.
  @Test func aZeroPaddedTenThousandsPartAfterOku() throws {
    let padded = try #require(records("平成30年度(2018年度) 568億0300万円"))
    #expect(parts(padded.first?.amount) == ["568億", "3百万円"])
    let other = try #require(records("平成17年度(2005年度) 708億0200万円", line: 25))
    #expect(parts(other.first?.amount) == ["708億", "2百万円"])
    let plain = try #require(records("令和 2年度(2020年度) 594億9200万円", line: 10))
    #expect(parts(plain.first?.amount) == ["594億", "92百万円"])
    // Any other width is not a 万 part: the line is not read as that amount.
    for text in ["平成30年度 568億030万円", "平成30年度 568億00300万円"] {
      #expect(records(text).map { $0.map { parts($0.amount) } } != [["568億", "3百万円"]])
    }
  }

  // saibansho-h28-toshoyosan-suii-blog lines 10-12: each amount with its own year, joined by
  // arrows, the chain continued on the next lines from `→`.
  @Test func aChainOfYearlyAmounts() throws {
    let first = try #require(
      YearChain.items(
        "3259億円(平成17年度)→3331億円(平成18年度)→3303億円(平成19年度)→3275億円(平成20年度)",
        parser: Self.parser))
    #expect(first.map(\.year) == ["平成17年度", "平成18年度", "平成19年度", "平成20年度"])
    #expect(first.map { "\($0.amount)" }.count == 4)
    let next = try #require(
      YearChain.items("→2988億円(平成25年度)→3111億円(平成26年度)", parser: Self.parser))
    #expect(next.map(\.year) == ["平成25年度", "平成26年度"])
    // Words, an amount with no year, or no arrow at all: no chain.
    #expect(YearChain.items("総額 3259億円(平成17年度)→3331億円(平成18年度)", parser: Self.parser) == nil)
    #expect(YearChain.items("3259億円→3331億円(平成18年度)", parser: Self.parser) == nil)
    #expect(YearChain.items("3259億円(平成17年度)", parser: Self.parser) == nil)
    #expect(YearChain.items("3259億円(平成17年度)→→3331億円(平成18年度)", parser: Self.parser) == nil)
  }

  // The chain's records: each amount labelled by its year, under the caption above.
  @Test func aChainIsReadUnderItsCaption() {
    let reader = GenericReader.reading([
      "2 平成17年度以降,裁判所の当初予算(説明文)",
      "3259億円(平成17年度)→3331億円(平成18年度)→3303億円(平成19年度)",
      "→3275億円(平成20年度)",
    ])
    #expect(reader.amountLines.map(\.label) == ["平成17年度", "平成18年度", "平成19年度", "平成20年度"])
    #expect(reader.amountLines.map(\.span.line) == [2, 2, 2, 3])
    #expect(reader.amountLines.allSatisfy { $0.context == "2 平成17年度以降,裁判所の当初予算(説明文)" })
    // Under a caption naming another stage, the chain is not read.
    let revised = GenericReader.reading([
      "補正後予算額の推移", "3259億円(平成17年度)→3331億円(平成18年度)→3303億円(平成19年度)",
    ])
    #expect(revised.amountLines.isEmpty)
  }

  static let jinjiin = [
    "令和3年度", "予  算  額", "(百万円)", "", "令和4年度", "要求・要望額", "(百万円)",
    "比較増△減", "金額", "(百万円)", "", "(%)", "人 事 院", "9,217 8,819 △398 △4.3",
  ]

  // naikaku-r4-jinjiin-gaisan-yokyu lines 8-21: the header one word per line, each column's
  // words ending at its unit line, the rate's `(%)` under the change's words; the row's cells
  // on one line under its label. Its own arithmetic proves every column (8,819 − 9,217 = −398,
  // −398 / 9,217 = −4.3%).
  @Test func aStackedHeaderOverRowsOnOneLine() throws {
    let reader = BlindSetNShapesTests.reading(Self.jinjiin)
    let table = try #require(reader.tables.first)
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(table.unit == "百万円")
    #expect(table.rows.map(\.label) == ["人事院"])
    #expect(table.rows.first?.cells.count == 4)
    #expect(table.confirmed == true)
    // A rate its row does not prove: the table is not read.
    var wrong = Self.jinjiin
    wrong[wrong.count - 1] = "9,217 8,819 △398 △5.3"
    #expect(BlindSetNShapesTests.reading(wrong).tables.isEmpty)
  }

  // naikaku-r7-jinjiin-yosan-gaiyo lines 11-28: a label over two lines (`庁舎移転` /
  // `経費を除く`) and a label printed before the cells on the row's line.
  @Test func rowLabelsOverLinesAndBeforeTheCells() throws {
    let reader = BlindSetNShapesTests.reading([
      "令和6年度", "当初予算額", "(百万円)", "", "令和7年度", "予 算 額", "(百万円)", "比較増減",
      "金額", "(百万円)", "", "(%)", "人 事 院", "8,784 10,896 +2,112 +24.0", "  庁舎移転",
      "経費を除く", "8,681 8,560 -121 -1.4", "(うち裁量的経費) 1,711 1,780 +69 +4.0",
    ])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["人事院", "庁舎移転経費を除く", "(うち裁量的経費)"])
    #expect(table.rows.map { $0.span.endLine } == [14, 17, 18])
  }
}
