import BudgetModel
import Testing

@testable import BudgetExtract

/// A header whose column words stand over each other on two spaced lines, and a line with
/// figures inside a table that is no row (national-r2-naikaku-fukko-gaimu-point lines 20-44;
/// issue #20).
@Suite struct StackedWordsHeaderTests {
  static let header = [
    "(単位:億円)", "令 和 元 年 度 令 和 2 年 度 対 前 年 度", "予 算 額 予 算 額 増 ▲ 減 額",
  ]

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func eachYearTakesTheWordsUnderIt() throws {
    let meanings = try #require(StackedWordsHeader.meanings(Array(Self.header[1...])))
    #expect(meanings.map(\.header) == ["令和元年度予算額", "令和2年度予算額", "対前年度増▲減額"])
    #expect(meanings.map(\.kind) == [.amount, .amount, .change])
    #expect(meanings.map(\.fiscalYearLabel) == ["令和元年度", "令和2年度", nil])
  }

  // Lines that are not years over words (a stage on the first line, or counts that differ)
  // are left to the plain reading.
  @Test(arguments: [
    ["令和元年度 予算額 令和2年度", "予算額 増▲減額"], ["令和元年度 令和2年度", "予算額 予算額 増▲減額"],
  ])
  func otherLinesAreNotStacked(_ lines: [String]) {
    #expect(StackedWordsHeader.meanings(lines) == nil)
  }

  @Test func aLineWithFiguresIsNoLabelOfTheNextCells() throws {
    let reader = GenericReader.reading(
      Self.header + [
        "内 閣 1,118 1,761 643", "【うち内閣主計官担当分】 1,118 1,170 52",
        "【うち内閣主計官担当分】 6,034 4,503 1,530▲", "7,306 7,120 ▲ 186",
      ])
    let table = try #require(reader.tables.first)
    // Line 6 is a row since its sign after the figure is read (`TrailingSignTests`).
    #expect(table.rows.map(\.label) == ["内閣", "【うち内閣主計官担当分】", "【うち内閣主計官担当分】"])
    #expect(figures(table.rows[0]) == ["1118", "1761", "643"])
    #expect(figures(table.rows[1]) == ["1118", "1170", "52"])
    #expect(figures(table.rows[2]) == ["6034", "4503", "-1530"])
    #expect(table.confirmed)
    #expect(reader.diagnostics.contains { $0.span.line == 7 })
  }
}
