import BudgetModel
import Testing

@testable import BudgetExtract

/// A shape of blind set Q (`Tests/Fixtures/RealWorld/SOURCES-q.md`; issue #20): a white paper's
/// sentences signing a change with a word after its rate, and a total printed after its parts
/// (boei-h16-hakusho-keihi), read only where the document's own arithmetic proves them.
@Suite struct BlindSetQSentenceTests {
  // boei-h16-hakusho-keihi lines 8-10 (平成16年版 防衛白書, 防衛関係費).
  static let whitePaper = [
    "防衛関係費の概要",
    " 総額 4兆8,764億円(SACO関係経費を除く。) 前年度と比べて501億円(1.0%)の減額 （説明文）",
    " 平成16年度予算 SACO関係経費 266億円 これを含めた防衛関係費の総額 前年度と比べて500億円(1.0%)減額の4兆9,030億円となる1",
  ]

  static func yen(_ figure: PrintedFigure?) -> Int128? {
    figure.flatMap(ComparisonSentence.exact).map { $0.value / 100_000_000_000_000 }
  }

  // 501 / (48,764 + 501) = 1.02% and 500 / (49,030 + 500) = 1.01%, both the printed 1.0%: each
  // total, its change and rate; 48,764 + 266 = 49,030: SACO関係経費 as the part of the total
  // printed after it.
  @Test func aWhitePapersTotalsProvenByRatesAndTheirSum() {
    let reader = GenericReader.reading(Self.whitePaper)
    let read = reader.amountLines.sorted { $0.span.line < $1.span.line }.map {
      [Int128($0.span.line), Self.yen($0.amount), Self.yen($0.change)]
    }
    #expect(read == [[2, 48_764, -501], [3, 266, nil], [3, 49_030, -500]])
    #expect(
      reader.amountLines.map(\.changeRatePercent) == [
        DecimalNumber(ascii: "-1.0"), nil, DecimalNumber(ascii: "-1.0"),
      ])
    #expect(reader.amountLines.first?.label.contains("SACO関係経費を除く") == true)
    #expect(!reader.diagnostics.contains { (2...3).contains($0.span.line) })
  }

  // The total printed 4兆9,300億円: its rate no longer holds (500 / 49,800 is still 1.0%, so
  // the change too) — the sum fails and SACO関係経費 is reported; an increase word with a
  // rate that does not hold leaves the first total reported.
  @Test func aWhitePapersFiguresNoArithmeticProvesAreReported() {
    var lines = Self.whitePaper
    lines[2] = lines[2].replacingOccurrences(of: "4兆9,030億円", with: "4兆9,300億円")
    let reader = GenericReader.reading(lines)
    #expect(!reader.amountLines.contains { Self.yen($0.amount) == 266 })
    #expect(reader.diagnostics.contains { $0.span.line == 3 })
    lines = Self.whitePaper
    lines[1] = lines[1].replacingOccurrences(of: "501億円(1.0%)", with: "501億円(3.0%)")
    let other = GenericReader.reading(lines)
    #expect(!other.amountLines.contains { Self.yen($0.amount) == 48_764 && $0.change != nil })
    #expect(other.diagnostics.contains { $0.span.line == 2 })
    // Compared with a year printed in the words (`平成14年度と比べて`): not the prior year's
    // change for certain (the rate holds against any base), reported.
    lines = Self.whitePaper
    lines[1] = lines[1].replacingOccurrences(of: "前年度と比べて", with: "平成14年度と比べて")
    let printedYear = GenericReader.reading(lines)
    #expect(!printedYear.amountLines.contains { $0.span.line == 2 && $0.change != nil })
  }

  // A sentence opening with another year's budget (`平成15年度予算 …`, 100 + 200 = 300): its
  // amounts take that caption as their heading (the transform places them in that year), never
  // the document's year; the first such caption titles a document whose titles name no year.
  @Test func aSentencesYearCaptionIsItsAmountsHeading() {
    let reader = GenericReader.reading([
      "防衛関係費の概要", " 平成16年度予算 A経費 120億円 B経費 210億円 これを含めた合計 330億円 （説明文）",
      " 平成15年度予算 C経費 100億円 D経費 200億円 これを含めた総額 300億円 （説明文）",
    ])
    #expect(reader.amountLines.filter { $0.span.line == 3 }.count == 3)
    #expect(
      reader.amountLines.filter { $0.span.line == 3 }.allSatisfy { $0.context == "平成15年度予算" })
    #expect(reader.titles.map(\.text).contains("平成16年度予算"))
    #expect(!reader.titles.map(\.text).contains("平成15年度予算"))
    #expect(GenericReader.yearBudgetLead("平成16年度予算の SACO関係経費 266億円") == nil)
  }

  // The words of a comparison that print a year are kept as its base (the transform checks the
  // year); the prior year's words print none.
  @Test func aComparisonPrintingAYearKeepsItsWords() throws {
    let parser = FigureParser(lexicon: .standard)
    let printed = try #require(
      ClauseFigures.read("文教及び科学振興費(説明文)5兆4,158億円(3年度当初予算比+283億円、+0.5%)(説明文)", parser: parser))
    #expect(printed.entries.first?.base == "3年度当初予算比")
    let prior = try #require(
      ClauseFigures.read("文部科学省所管予算(説明文)5兆2,941億円(前年度当初予算比+170億円、+0.3%)(説明文)", parser: parser))
    #expect(prior.entries.first?.base == nil)
    #expect(prior.entries.first?.change != nil)
  }
}
