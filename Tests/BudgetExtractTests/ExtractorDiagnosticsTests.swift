import BudgetExtract
import BudgetModel
import Testing

/// Lines the extractor cannot place are reported with their numbers, never dropped.
@Suite struct ExtractorDiagnosticsTests {
  let head =
    "令和7年度 総務省所管予算(案)の概要\n\n令和6年12月\n\n令和7年度予算(案)における主要事項\n\nI 章の見出し\n\n1. 項目\t10.0億円\n(1) 小項目\t10.0 億円\n"

  @Test func garbledAmountIsAMalformedAmountDiagnostic() {
    let text = head + "I 章の見出し\n1. 項目 10.0億円\n(1) 小項目 12.3.4(9.0)\n"
    let doc = Extractor().extract(text: text, sourceName: "g.txt")
    let d = doc.diagnostics.first { $0.kind == .malformedAmount }
    #expect(d?.span.line == 13)
    #expect(d?.message.contains("12.3.4") == true)
  }

  @Test func strayFigureIsReportedWithItsLine() {
    let text = head + "I 章の見出し\n1. 項目 10.0億円\n(1) 小項目 10.0(9.0)\n\n説明の文章。ここに 5.0億円 と書いてある。\n"
    let doc = Extractor().extract(text: text, sourceName: "s.txt")
    #expect(doc.diagnostics.map(\.span.line) == [15])
    #expect(doc.diagnostics.first?.kind == .unrecognizedLine)
    #expect(doc.details.count == 3)
  }

  @Test func anotherEditionWithOtherTitlesAndCounts() {
    let text =
      head
      + "I 章の見出し\n\n1. 項目\t10.0億円\n\n(1) 別の言い回しの小項目 10.0 (8.5)\n\n(a) 細目 ▲0.5(新規)\n\n【主な経費】 新しい経費 2,000.25億円（新規）\n"
    let doc = Extractor().extract(text: text, sourceName: "n.txt")
    #expect(doc.diagnostics.isEmpty)
    #expect(doc.details.map(\.level) == [.chapter, .item, .subItem, .subSubItem])
    #expect(doc.details[3].amount?.amount?.isNegative == true)
    #expect(
      doc.expenses.first?.amount?.amount?.parts.first?.number
        == DecimalNumber(significand: 200025, scale: 2))
    #expect(doc.expenses.first?.isNew == true)
  }
}
