import BudgetModel
import Testing

@testable import BudgetExtract

/// Year-marked items printed a cell, or a piece of a cell, per line under a chart
/// (national-r2-shakaihosho-point lines 129–165; issue #20).
@Suite struct CutItemsTests {
  /// The printed pieces, a blank line between each as in the text.
  static let pieces = [
    "(単位:億円)", "うち医療費国庫負担", "元’", "116,692", "2’", "118,620", "+1,", "928(", "+1.", "7%)",
    "うち介護費国庫負担", "元’", "29,", "610", "2’", "31,", "116", "+1,", "506(", "+5.", "1%)",
    "(注)（注記）",
  ]

  static func lines(_ texts: [String]) -> [Line] {
    texts.enumerated().flatMap { k, text in
      [
        Line(number: 2 * k + 1, scalars: Array(text.unicodeScalars)),
        Line(number: 2 * k + 2, scalars: []),
      ]
    }
  }

  static func reading(_ texts: [String]) -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    let parser = FigureParser(lexicon: .standard)
    for line in CutItems.joining(lines(texts), parser: parser) { reader.read(line) }
    reader.finish()
    return reader
  }

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func thePiecesJoinWhereTheCutShows() throws {
    let joined = CutItems.joining(Self.lines(Self.pieces), parser: FigureParser(lexicon: .standard))
    let line = try #require(joined.first { $0.endNumber > $0.number })
    #expect(
      String(String.UnicodeScalarView(line.normalized))
        == "うち医療費国庫負担 元’ 116,692 2’ 118,620 +1,928(+1.7%) "
        + "うち介護費国庫負担 元’ 29,610 2’ 31,116 +1,506(+5.1%)")
    // The note after the items is no piece of them.
    #expect(line.number == 3 && line.endNumber == 41)
  }

  @Test func eachItemIsARowWithTheLinesOfItsCells() throws {
    let reader = Self.reading(Self.pieces)
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    #expect(table.confirmed)
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["元年度", "2年度", nil, nil])
    #expect(table.rows.map(\.label) == ["うち医療費国庫負担", "うち介護費国庫負担"])
    #expect(
      table.rows.map(figures) == [
        ["116692", "118620", "1928", "1.7"], ["29610", "31116", "1506", "5.1"],
      ])
    // 116,692 on line 7, 118,620 on 11, +1,928 begins on 13 and its rate on 17.
    #expect(table.rows.map(\.cellLines) == [[7, 11, 13, 17], [25, 31, 35, 39]])
  }

  @Test(arguments: [
    // A cut between two digits stays a space: `116` / `692` are two cells, nothing is read.
    ["(単位:億円)", "うち医療費国庫負担", "元’", "116", "692", "2’", "118,620", "+1,", "928(", "+1.", "7%)"],
    // A rate the amounts do not give (1,928 / 116,692 is 1.7%).
    ["(単位:億円)", "うち医療費国庫負担", "元’", "116,692", "2’", "118,620", "+1,", "928(", "+2.", "7%)"],
  ])
  func otherwiseTheLinesStayAsPrinted(_ texts: [String]) {
    let joined = CutItems.joining(Self.lines(texts), parser: FigureParser(lexicon: .standard))
    #expect(joined.count == Self.lines(texts).count)
    #expect(Self.reading(texts).tables.isEmpty)
  }
}
