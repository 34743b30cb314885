import BudgetModel
import Testing

@testable import BudgetExtract

/// Headline amounts of soumu-r2-gaisan-gaiyo (issue #20): `+ 事項要求` after a request, a
/// zero part printed `00兆`, and the table's unit glued to the end of a line.
@Suite struct GenericHeadlineShapesTests {
  static let parser = FigureParser(lexicon: .standard)

  func read(_ texts: [String]) -> GenericReader { GenericReader.reading(texts) }

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  // Line 36: the request plus items asked for without an amount.
  @Test func requestPlusItemsWithoutAnAmount() throws {
    let text = "令和2年度 要 求 額17兆1,928億円+ 事項要求"
    let line = Line(number: 36, scalars: Array(text.unicodeScalars))
    let records = try #require(AmountLine.parse(line, text: text, parser: Self.parser))
    #expect(records.count == 1)
    #expect(parts(records.first?.amount) == ["17兆", "1928億円"])
    // Other words after the amount still make a sentence.
    let sentence = "令和2年度 要求額17兆1,928億円+ 新規事業"
    let other = Line(number: 1, scalars: Array(sentence.unicodeScalars))
    #expect(AmountLine.parse(other, text: sentence, parser: Self.parser) == [])
  }

  static let headlines = ["令和2年度 要 求 額17兆1,928億円+ 事項要求", "令和元年度 予 算 額16兆6,295億円"]

  // Lines 36-40: 17兆1,928億円 − 16兆6,295億円 = 5,633億円, so `00兆` lost no digits.
  @Test func zeroPartConfirmedByTheAmountsAbove() {
    let reader = read(Self.headlines + ["比 較 増 減 額00兆5,633億円 (億円)"])
    #expect(reader.amountLines.count == 3)
    #expect(parts(reader.amountLines.last?.amount) == ["0兆", "5633億円"])
  }

  @Test(arguments: ["比 較 増 減 額00兆5,632億円 (億円)", "比 較 増 減 額00兆5,633億円 (説明)"])
  func zeroPartOrTailNotConfirmedIsReported(_ text: String) {
    let reader = read(Self.headlines + [text])
    #expect(reader.amountLines.count == 2)
    #expect(reader.diagnostics.map(\.span.line).contains(3))
  }
}
