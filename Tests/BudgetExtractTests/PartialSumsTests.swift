import BudgetModel
import Testing

@testable import BudgetExtract

/// Sub-rows with no `うち` that add up to their row in one column and not in another
/// (keisan-h30-yosan-an-gaiyo lines 38-66; issue #20): reported, exported as printed.
@Suite struct PartialSumsTests {
  func read(_ texts: [String]) -> GenericReader { GenericReader.reading(texts) }

  static let header = ["単位:億円", "平成 30年度", "当初予算案", "平成 29年度", "当初予算"]

  @Test func aColumnWhoseSubRowsDoNotAddUpIsReported() throws {
    let reader = read(
      Self.header + [
        "一般会計(エネ特繰り入れ除く) 3,455 3,420", "中小企業対策費 1,110 1,116", "科学技術振興費 1,054 1,010",
        "その他経費 1,291 1,293", "エネルギー対策特別会計 7,798 8,074", "エネルギー需給勘定 5,966 6,410",
        "電源開発促進勘定 1,770 1,795", "原子力損害賠償支援勘定 61 69",
      ])
    let table = try #require(reader.tables.first)
    // 6,410 is exported as printed (8,074 − 1,795 − 69 = 6,210 is not put in its place).
    #expect(table.rows.count == 8)
    #expect(table.rows[5].cells[1].amount?.parts.first?.number == DecimalNumber(ascii: "6410"))
    let reported = reader.diagnostics.filter { $0.message.contains("rows under it") }
    #expect(reported.map(\.text) == ["エネルギー対策特別会計"])
    #expect(reported.first?.span.line == 10)
  }

  // New items (`0`) add up to nothing: no finding; nor where every column adds up.
  @Test(arguments: [
    ["計 10 0", "A 4 0", "B 6 0"], ["計 0 10", "A 0 4", "B 0 7"], ["計 10 12", "A 4 5", "B 6 7"],
  ])
  func nothingToReport(_ rows: [String]) {
    let reader = read(Self.header + rows)
    #expect(!reader.diagnostics.contains { $0.message.contains("rows under it") })
  }
}
