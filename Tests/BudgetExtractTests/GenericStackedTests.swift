import BudgetModel
import Testing

@testable import BudgetExtract

/// A table whose header words and cells all stand one per line (issue #20:
/// national-r5-gaiko-point-p5, lines 23-53).
@Suite struct GenericStackedTests {
  static let lines = [
    "一般会計ODA予算", "", "5年度", "", "4年度", "", "増減", "", "当初+前年度補正", "", "9,124億円", "",
    "7,212億円", "", "+1,911億円(+26.5%)", "", "当初", "", "5,709億円", "", "5,612億円", "",
    "+98億円(+1.7%)", "", "ODA事業量", "", "3兆1,184億円", "", "2兆4,481億円", "", "+6,703億円(+27.4%)", "",
    "(注)（注記）",
  ]

  // 9,124 − 7,212 = 1,912 (printed 1,911), 1,911 / 7,212 = 26.5 %; 5,709 − 5,612 = 97 (98),
  // 98 / 5,612 = 1.7 %; 31,184 − 24,481 = 6,703, 27.4 %.
  @Test func headerAndCellsOnePerLine() throws {
    let reader = GenericReader.reading(Self.lines)
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1)
    #expect(table.confirmed)
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["5年度", "4年度", nil, nil])
    #expect(table.rows.map(\.label) == ["当初+前年度補正", "当初", "ODA事業量"])
    #expect(table.rows[1].cellLines == [19, 21, 23, 23])
    #expect(
      table.rows[1].cells.last?.amount == PrintedAmount(DecimalNumber(ascii: "1.7")!, unit: nil))
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.isEmpty)
  }

  // Rows that print no rate are read on their difference alone; a table where some rows
  // print one and others none is not read.
  @Test func rowsWithoutRates() throws {
    let plain = Self.lines.map { $0.hasSuffix("%)") ? String($0.prefix { $0 != "(" }) : $0 }
    let reader = GenericReader.reading(plain)
    let table = try #require(reader.tables.first)
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(table.rows.map(\.cells.count) == [3, 3, 3])
    var mixed = Self.lines
    mixed[22] = "+98億円"
    #expect(GenericReader.reading(mixed).tables.isEmpty)
  }

  // A rate the amounts do not give: the block is read line by line as before (its amounts
  // have no label the reader can take, and are reported).
  @Test func aRowThatDoesNotAddUpGivesTheLinesBack() {
    var lines = Self.lines
    lines[22] = "+98億円(+2.7%)"
    let reader = GenericReader.reading(lines)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.map(\.span.line).contains(23))
  }
}
