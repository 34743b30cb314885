import BudgetModel
import Testing

@testable import BudgetExtract

/// A 概算要求 table row with a part of its request in parentheses after its cells
/// (kensain-r3-gaisan-yokyu lines 4-9; issue #20).
@Suite struct TrailingPartTests {
  static let table = [
    "(単位:百万円)", "組 織 ・ 項 2年度当初予算額 3年度要求・要望額 比較増△減額",
    "(組織)会計検査院 17,099 16,923 △176 (うち要望額 98)",
    "(項)会計検査院 17,021 16,847 △174 (うち要望額 98)", "(項)会計検査院 78 75 △3", "施 設 費",
  ]

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func thePartIsARowOfTheOneColumnThatNamesIt() throws {
    let reader = GenericReader.reading(Self.table)
    let table = try #require(reader.tables.first)
    // The last row's `施 設 費` is printed after its figures (`GenericReader+LabelRestAfter`).
    #expect(
      table.rows.map(\.label) == [
        "(組織)会計検査院", "うち要望額", "(項)会計検査院", "うち要望額", "(項)会計検査院施設費",
      ])
    #expect(figures(table.rows[0]) == ["17099", "16923", "-176"])
    #expect(figures(table.rows[1]) == ["-", "98", "-"])
    #expect(table.rows[1].cellLines == [0, 3, 0])
    #expect(table.rows[1].isPartOfAbove)
    #expect(!table.rows[2].isPartOfAbove)
    #expect(figures(table.rows[4]) == ["78", "75", "-3"])
    #expect(table.confirmed)
    #expect(!reader.diagnostics.contains { [3, 4, 5].contains($0.span.line) })
  }

  // A part no column names, or one larger than the figure of the column that names it, is
  // reported with its line; the row itself is still read.
  @Test(arguments: ["(うち復興分 98)", "(うち要望額 17,000)"])
  func anyOtherPartIsReported(_ part: String) throws {
    let reader = GenericReader.reading(
      Array(Self.table[0..<2]) + ["(組織)会計検査院 17,099 16,923 △176 \(part)"]
        + Array(Self.table[4...]))
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["(組織)会計検査院", "(項)会計検査院"])
    #expect(figures(table.rows[0]) == ["17099", "16923", "-176"])
    #expect(reader.diagnostics.contains { $0.span.line == 3 && $0.text == part })
  }
}
