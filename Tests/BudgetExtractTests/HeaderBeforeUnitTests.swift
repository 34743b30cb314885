import BudgetModel
import Testing

@testable import BudgetExtract

/// A table whose header words come one per line before its labels and a bare unit line, the
/// unit printed again over each amount column (kankyo-h14-yosan-an-gaiyo lines 9-68; issue #20).
@Suite struct HeaderBeforeUnitTests {
  static let header = ["平成13年度", "当初予算額", "平成14年度", "当初予算額", "(案)", "対前年度", "伸び率", ""]

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func oneRowCellPerLine() throws {
    let reader = GenericReader.reading(
      ["1 非公共", ""] + Self.header + ["一般政策経費等", "億円", "888", "億円", "894", "", "0.7"])
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .ratePercent])
    #expect(table.rows.map(\.label) == ["一般政策経費等"])
    #expect(figures(table.rows[0]) == ["888", "894", "0.7"])
    #expect(table.confirmed)
  }

  // Two rows in column order, the rates printed without `%`; the total run together after
  // them (`1,8821,750△7.0`) is reported.
  @Test func twoRowsInColumnOrder() throws {
    let reader = GenericReader.reading(
      ["2 公共", ""] + Self.header + [
        "廃棄物", "", "自然公園", "億円", "1,712", "", "170", "億円", "1,603", "", "147", "", "△6.4", "",
        "△13.6", "1,8821,750△7.0",
      ])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["廃棄物", "自然公園"])
    #expect(figures(table.rows[0]) == ["1712", "1603", "-6.4"])
    #expect(figures(table.rows[1]) == ["170", "147", "-13.6"])
    #expect(table.rows[1].span.line == 13 && table.rows[1].span.endLine == 25)
    #expect(reader.diagnostics.contains { $0.span.line == 26 })
  }

  // A rate the amounts do not give (1,603 / 1,712 is −6.4%, not +6.4%): not exported.
  @Test func aRateTheAmountsDoNotGiveIsReported() {
    let reader = GenericReader.reading(
      Self.header + ["廃棄物", "億円", "1,712", "億円", "1,603", "6.4"])
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.kind == .tableUnexplained && $0.span.line == 9 })
  }

  // A unit statement in brackets keeps its meaning: the lines above are no header of it.
  @Test func aUnitStatementIsNoHeaderCell() {
    let reader = GenericReader.reading(Self.header + ["一般政策経費等", "(単位:億円)", "888", "894", "0.7"])
    #expect(reader.tables.isEmpty)
  }
}
