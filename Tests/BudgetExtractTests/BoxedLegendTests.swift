import BudgetModel
import Testing

@testable import BudgetExtract

/// A boxed page in PDF reading order whose header is the legend of its figures' forms
/// (平成27年度 財務省所管特別会計予算概算額の概要, `zaimu-h27-tokkai-gaisan`; issue #20).
@Suite struct BoxedLegendTests {
  static let page = [
    "平成27年度 財務省所管特別会計予算概算額の概要", "( 26’当初予算額 )", "27’ 概 算 額", "(", "伸", "率", ")",
    "歳", "入", "( 1,294 億円 )", "1,392 億円", "(", "7.5", "%)", "歳", "出", "( 1,294 億円 )",
    "1,392 億円", "(", "7.5", "%)", "地震再保険特別会計",
  ]

  func read(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map {
      Line(number: $0.offset + 1, scalars: Array($0.element.unicodeScalars))
    }
    var reader = GenericReader(lexicon: .standard)
    for line in lines { reader.read(line) }
    reader.finish()
    reader.readBoxedLegend(lines)
    return reader
  }

  @Test func rowsUnderALegendHeaderWhoseRateIsTheirGrowth() {
    let reader = read(Self.page)
    let table = reader.tables.first
    #expect(reader.tables.count == 1)
    #expect(table?.meanings?.map(\.fiscalYearLabel) == ["26年度", "27年度", nil])
    #expect(table?.meanings?.map(\.kind) == [.amount, .amount, .ratePercent])
    #expect(table?.meanings?.first?.stage == .initial)
    #expect(table?.rows.map(\.label) == ["歳入", "歳出"])
    #expect(table?.rows.map(\.cellLines) == [[10, 11, 13], [17, 18, 20]])
    #expect(table?.rows.first?.cells.map { $0.amount?.parts.first?.unit } == ["億円", "億円", nil])
    #expect(!reader.diagnostics.contains { [10, 11, 13, 17, 18, 20].contains($0.span.line) })
  }

  // (1,392 − 1,294) / 1,294 is 7.57 %: 9.5 is no rounding of it.
  @Test func aRateThatIsNotTheGrowthEndsTheRows() {
    var page = Self.page
    page[12] = "9.5"
    let reader = read(page)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 11 })
  }

  @Test func yearsThatAreNotOneApartAreNoLegend() {
    var page = Self.page
    page[2] = "28’ 概 算 額"
    #expect(read(page).tables.isEmpty)
  }
}
