import BudgetModel
import Testing

@testable import BudgetExtract

/// A negative figure whose sign is printed after it (`1,530▲`, `699△`), as 財務省 tables print
/// some changes (national-r2-naikaku-fukko-gaimu-point lines 20-42; issue #20): read only on a
/// row's last cells and only where the row's arithmetic proves the sign.
@Suite struct TrailingSignTests {
  static let header = [
    "(単位:億円)", "令 和 元 年 度 令 和 2 年 度 対 前 年 度", "予 算 額 予 算 額 増 ▲ 減 額",
  ]

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func aSignAfterTheChangeIsADecrease() throws {
    let reader = GenericReader.reading(
      Self.header + [
        "【うち内閣主計官担当分】 7,152 5,673 1,478▲", "内 閣 1,118 1,761 643",
        "【うち内閣主計官担当分】 6,034 4,503 1,530▲",
      ])
    let table = try #require(reader.tables.first)
    #expect(table.rows.count == 3)
    // 5,673 − 7,152 = −1,479 and 4,503 − 6,034 = −1,531: the printed −1,478 and −1,530 within
    // one unit of their rounding; unsigned they would not hold.
    #expect(figures(table.rows[0]) == ["7152", "5673", "-1478"])
    #expect(figures(table.rows[2]) == ["6034", "4503", "-1530"])
    #expect(table.confirmed)
  }

  // Another table of the shape: a spaced label, `△` after the change and after its rate.
  @Test func aSignAfterTheChangeAndItsRate() throws {
    let reader = GenericReader.reading([
      "(単位:百万円)", "区 分 5年度予算額 6年度予算額 増△減額 増減率", "総 務 本 省 185,461 184,762 699△ 0.4△",
      "統 計 局 7,306 7,120 186△ 2.5△",
    ])
    let table = try #require(reader.tables.first)
    #expect(figures(table.rows[0]) == ["185461", "184762", "-699", "-0.4"])
    #expect(figures(table.rows[1]) == ["7306", "7120", "-186", "-2.5"])
    #expect(table.confirmed)
  }

  // The sign set apart after the line's last figure (`1,478 ▲`) is that figure's too.
  @Test func aSignSetApartAfterTheLastFigure() throws {
    let reader = GenericReader.reading(
      Self.header + ["内 閣 1,118 1,761 643", "【うち内閣主計官担当分】 7,152 5,673 1,478 ▲"])
    let table = try #require(reader.tables.first)
    #expect(figures(table.rows[1]) == ["7152", "5673", "-1478"])
  }

  // The sign after a figure that the arithmetic contradicts (7,152 − 5,673 = +1,479): the row
  // is reported, not exported with either sign.
  @Test func aSignTheArithmeticDoesNotProveIsReported() throws {
    let reader = GenericReader.reading(
      Self.header + ["内 閣 1,118 1,761 643", "内閣本府 5,673 7,152 1,478▲"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["内閣"])
    #expect(reader.diagnostics.contains { $0.span.line == 5 })
  }

  // A table with no relation to prove it (two amount columns): the row is reported.
  @Test func aSignNoRelationProvesIsReported() throws {
    let reader = GenericReader.reading([
      "(単位:億円)", "区分 令和元年度予算額 令和2年度予算額 令和2年度要求額", "内閣 1,118 1,761 1,800",
      "内閣本府 7,152 5,673 1,478▲",
    ])
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "内閣本府" } })
    #expect(reader.diagnostics.contains { $0.span.line == 4 })
  }

  // A sign before the next figure (`73,024△ 12,011`) or after a lone figure is no cell's.
  @Test(arguments: ["利払費 85,036 73,024△ 12,011", "うち利払費 12,011▲", "利払費 85,036 ▲"])
  func aSignBeforeAnotherFigureIsNotRead(_ text: String) {
    let line = Line(number: 1, scalars: Array(text.unicodeScalars))
    let tokens = Tokens.split(GenericLine.text(of: line))
    #expect(
      TrailingSign.lastCell(tokens, line: line, parser: FigureParser(lexicon: .standard)) == nil)
  }
}
