import BudgetModel
import Testing

@testable import BudgetExtract

/// Rows printed one cell per line in a PDF's reading order, with the header's words scattered
/// around them (警察庁関連予算のポイント 令和6年度, `keisatsu-r6-point-p14`; issue #20).
@Suite struct CellGroupsTests {
  static let page = [
    "<一般会計>", "6年度", "予算", "", "2,806", "(3,110)", "", "うち、人件費", "", "1,038", "",
    "1,062", "", "+24", "", "+ 2.3%", "", "うち、物件費", "", "1,348", "(1,654)", "",
    "1,260", "(1,563)", "", "▲89", "(▲92)", "", "▲6.6%", "(▲5.5%)", "", "516", "", "485", "",
    "▲31", "", "▲5.9%", "", "警察庁", "", "うち、交付税特会繰入", "", "(単位:億円)", "5年度", "当初", "",
    "2,902", "(3,208)", "", "対5年度当初", "② - ①", "▲95", "▲3.3%", "(▲98) (▲3.1%)", "",
    ")書きはデジタル庁一括計上額(5年度:306 億円、6年度:303 億円)を含む額",
  ]

  func read(_ texts: [String]) -> (GenericReader, [SummaryTableRecord]) {
    let lines = texts.enumerated().map {
      Line(number: $0.offset + 1, scalars: Array($0.element.unicodeScalars))
    }
    var reader = GenericReader(lexicon: .standard)
    for line in lines { reader.consume(line) }
    reader.finish()
    reader.readCellGroups(lines)
    return (reader, reader.tables.filter { $0.columns.last == "%" })
  }

  func numbers(_ row: SummaryRowRecord) -> [String] {
    row.cells.map {
      ($0.amount?.isNegative == true ? "-" : "") + ($0.amount?.parts[0].number.description ?? "")
    }
  }

  @Test func aLabelAndFourCellsTheChangeAndRateOrder() {
    let (reader, tables) = read(Self.page)
    #expect(tables.count == 1)
    let table = tables.first
    #expect(table?.unit == "億円")
    #expect(table?.meanings?.map(\.fiscalYearLabel) == ["5年度", "6年度", nil, nil])
    #expect(table?.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(table?.rows.map(\.label) == ["うち、人件費", "うち、物件費"])
    #expect(table?.rows.map(\.cellLines) == [[10, 12, 14, 16], [20, 23, 26, 29]])
    #expect(table.map { numbers($0.rows[1]) } == ["1348", "1260", "-89", "-6.6"])
    // The group with no label before it stays reported.
    #expect(reader.diagnostics.contains { $0.span.line == 32 })
  }

  @Test func theArithmeticNotThePrintedOrderSaysWhichAmountIsTheEarlierYear() {
    var page = Self.page
    (page[9], page[11]) = (page[11], page[9])
    let (_, tables) = read(page)
    #expect(tables.first?.rows.first.map(numbers) == ["1038", "1062", "24", "2.3"])
    #expect(tables.first?.rows.first?.cellLines == [12, 10, 14, 16])
  }

  @Test func aGroupItsArithmeticContradictsIsNotRead() {
    var page = Self.page
    page[13] = "+28"
    let (reader, tables) = read(page)
    #expect(tables.first?.rows.map(\.label) == ["うち、物件費"])
    #expect(reader.diagnostics.contains { $0.span.line == 10 })
  }

  @Test func noUnitStatementNoRows() {
    let (reader, tables) = read(Self.page.filter { $0 != "(単位:億円)" })
    #expect(tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 10 })
  }

  @Test func aThirdYearInTheHeaderWordsNoRows() {
    var page = Self.page
    page[45] = "4年度"
    let (_, tables) = read(page)
    #expect(tables.isEmpty)
  }
}
