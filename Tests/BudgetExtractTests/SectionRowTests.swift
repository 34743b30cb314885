import BudgetModel
import Testing

@testable import BudgetExtract

/// A section's own small table, every column with its unit and no label column, its cells one
/// per line (national-h29-sozei-setsumei lines 4-10, 財務省 平成29年度予算の説明; issue #20).
@Suite struct SectionRowTests {
  static func lines(_ cells: [String]) -> [String] {
    ["(B) 歳 入", "1 租税及印紙収入", "（説明文）", "（説明文）", "29年度(百万円) 28 年度(百万円) 比較増△減(百万円)"]
      + cells + ["（説明文）"]
  }

  // 57,712,000 − 57,604,000 = 108,000: the row is the section's, in 百万円.
  @Test func theCellsAreTheSectionsRow() throws {
    let reader = GenericReader.reading(Self.lines(["57,712,000", "57,604,000", "108,000"]))
    let table = try #require(reader.tables.first)
    #expect(table.unit == "百万円")
    #expect(table.rows.map(\.label) == ["租税及印紙収入"])
    #expect(table.rows[0].cellLines == [6, 7, 8])
    #expect(table.confirmed)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.fiscalYearLabel) == ["29年度", "28年度", nil])
    #expect(meanings.map(\.kind) == [.amount, .amount, .change])
  }

  // A change that is not B − A: the row is reported.
  @Test func aRowItsArithmeticContradictsIsReported() {
    let reader = GenericReader.reading(Self.lines(["57,712,000", "57,604,000", "180,000"]))
    #expect(reader.tables.isEmpty)
  }

  // No numbered heading above the header: the cells have no label and are reported.
  @Test func withoutASectionHeadingNothingIsRead() {
    var lines = Self.lines(["57,712,000", "57,604,000", "108,000"])
    lines[1] = "租税及印紙収入の概要"
    let reader = GenericReader.reading(lines)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 6 })
  }

  @Test(arguments: [("1 租税及印紙収入", "租税及印紙収入"), ("(2) 官業益金及官業収入", "官業益金及官業収入")])
  func sectionNames(_ text: String, _ name: String) {
    #expect(GenericReader.sectionName(text) == name)
  }

  @Test(arguments: ["平成29年度 予算", "1,234 租税", "123 租税"])
  func noSectionNames(_ text: String) {
    #expect(GenericReader.sectionName(text) == nil)
  }
}
