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
    for line in lines { reader.read(line) }
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
    // Without the legend of the parentheses: their figures are not read.
    let (reader, tables) = read(Array(Self.page.dropLast()))
    #expect(tables.count == 1)
    let table = tables.first
    #expect(table?.unit == "億円")
    #expect(table?.meanings?.map(\.fiscalYearLabel) == ["5年度", "6年度", nil, nil])
    #expect(table?.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(table?.rows.map(\.label) == ["警察庁", "うち、人件費", "うち、物件費", "うち、交付税特会繰入"])
    #expect(
      table?.rows.map(\.cellLines) == [
        [48, 5, 53, 54], [10, 12, 14, 16], [20, 23, 26, 29], [32, 34, 36, 38],
      ])
    #expect(table.map { numbers($0.rows[2]) } == ["1348", "1260", "-89", "-6.6"])
    #expect(table.map { numbers($0.rows[0]) } == ["2902", "2806", "-95", "-3.3"])
    #expect(table?.rows.map(\.isPartOfAbove) == [false, true, true, true])
    for line in [6, 21, 24, 49, 55] {
      #expect(reader.diagnostics.contains { $0.span.line == line })
    }
    #expect(!reader.diagnostics.contains { [5, 32, 48, 53].contains($0.span.line) })
  }

  // The legend says what the parentheses are: each row whose every cell has one is read as
  // that row including the share, when its own change and rate hold.
  @Test func parenthesesTheLegendExplainsAreOneMoreRow() {
    let (reader, tables) = read(Self.page)
    let rows = tables.first?.rows ?? []
    #expect(
      rows.map(\.label).suffix(2) == ["警察庁(デジタル庁一括計上額を含む)", "うち、物件費(デジタル庁一括計上額を含む)"])
    #expect(rows.suffix(2).map(\.cellLines) == [[49, 6, 55, 55], [21, 24, 27, 30]])
    #expect(rows.last.map(numbers) == ["1654", "1563", "-92", "-5.5"])
    #expect(!reader.diagnostics.contains { [6, 21, 24, 49, 55].contains($0.span.line) })
    // A legend that gives the parentheses no share (the prior year) reads none of them.
    var page = Self.page
    page[page.count - 1] = "( )書きは前年度予算額"
    #expect(read(page).1.first?.rows.count == 4)
  }

  // The total row and the group whose label follows it are read only when the groups add up
  // to the total: 1,038 + 1,348 + 616 is not 2,902.
  @Test func aTotalTheRowsDoNotAddUpToIsNotRead() {
    var page = Array(Self.page.dropLast())
    (page[31], page[33], page[37]) = ("616", "585", "▲5.0%")
    let (reader, tables) = read(page)
    #expect(tables.first?.rows.map(\.label) == ["うち、人件費", "うち、物件費"])
    #expect(reader.diagnostics.contains { $0.span.line == 32 })
    #expect(reader.diagnostics.contains { $0.span.line == 5 })
  }

  @Test func twoLabelsLeftForOneGroupNameNone() {
    var page = Array(Self.page.dropLast())
    page[40] = "うち、その他"
    let (_, tables) = read(page)
    #expect(tables.first?.rows.map(\.label) == ["うち、人件費", "うち、物件費"])
  }

  @Test func theArithmeticNotThePrintedOrderSaysWhichAmountIsTheEarlierYear() {
    var page = Array(Self.page.dropLast())
    (page[9], page[11]) = (page[11], page[9])
    let (_, tables) = read(page)
    #expect(tables.first?.rows.count == 4)
    #expect(
      tables.first.map { $0.rows.count == 4 ? numbers($0.rows[1]) : [] } == [
        "1038", "1062", "24", "2.3",
      ])
    #expect(tables.first?.rows.dropFirst().first?.cellLines == [12, 10, 14, 16])
  }

  @Test func aGroupItsArithmeticContradictsIsNotRead() {
    var page = Array(Self.page.dropLast())
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
