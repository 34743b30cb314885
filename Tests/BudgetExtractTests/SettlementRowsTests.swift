import BudgetModel
import Testing

@testable import BudgetExtract

/// Settlement tables whose rows are the lines of the account and whose columns are years with
/// no stage (national-h10-kessan-shokan-kensain, 会計検査院 平成10年度決算検査報告; issue #20).
@Suite struct SettlementRowsTests {
  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  static let revenue = [
    "区分 | 10年度 | (9年度) |", "徴収決定済額 |", "千円 89,789,054,772 |", "千円 80,172,637,701 |",
    "収納済歳入額 | 89,782,693,817 | 80,170,473,078 |", "不納欠損額 | 619,083 | 431,566 |",
    "収納未済歳入額 | 5,741,871 | 1,733,056 |",
  ]

  // 89,782,693,817 + 619,083 + 5,741,871 = 89,789,054,771, printed 89,789,054,772 (each cut
  // below the thousand): the account holds, its settled row is kept in 千円 with the
  // settlement stage of both years, the other lines are reported.
  @Test func theSettledRowOfAnAccountThatAddsUp() throws {
    let reader = GenericReader.reading(Self.revenue)
    let table = try #require(reader.tables.first)
    #expect(table.unit == "千円")
    #expect(table.rows.map(\.label) == ["収納済歳入額"])
    #expect(table.rows.map(figures) == [["89782693817", "80170473078"]])
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.fiscalYearLabel) == ["10年度", "9年度"])
    #expect(meanings.allSatisfy { $0.stage == .settlement })
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [2, 6, 7]))
  }

  // 不納欠損額 printed a digit longer: the account does not add up, nothing is exported.
  @Test func anAccountThatDoesNotAddUpIsReported() {
    var lines = Self.revenue
    lines[5] = "不納欠損額 | 6,190,830 | 431,566 |"
    let reader = GenericReader.reading(lines)
    #expect(reader.tables.isEmpty)
  }

  // The same header again after `<支出済歳出額>` starts a table of that amount by 所管.
  @Test func aHeadingNamingTheSettledAmountGivesTheYearsTheirStage() throws {
    let reader = GenericReader.reading([
      "区分 | 10年度 | (9年度) |", "支出済歳出額 |", "千円 84,391,798,185 |", "千円 78,470,310,184 |",
      "翌年度繰越額 | 4,430,597,231 | 1,699,349,262 |", "不用額 | 868,438,425 | 713,022,853 |",
      "<支出済歳出額>", "（説明文）", "所管 | 10年度 | (9年度) |", "皇室費 |", "千円 6,645,441 |",
      "千円 6,687,475 |", "国会 | 131,645,942 | 123,528,412 |",
    ])
    #expect(reader.tables.count == 2)
    let byOrganization = try #require(reader.tables.last)
    #expect(byOrganization.section == "<支出済歳出額>")
    #expect(byOrganization.rows.map(\.label) == ["皇室費", "国会"])
    #expect(byOrganization.rows.map(figures)[1] == ["131645942", "123528412"])
    #expect(try #require(byOrganization.meanings).allSatisfy { $0.stage == .settlement })
  }

  // Without the heading, rows that are no lines of the account give the years no stage.
  @Test func withoutTheHeadingTheOrganizationsTableStaysUnread() {
    let reader = GenericReader.reading([
      "(単位:千円)", "区分 | 10年度 | (9年度) |", "皇室費 | 6,645,441 | 6,687,475 |",
      "国会 | 131,645,942 | 123,528,412 |",
    ])
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.kind == .tableUnexplained && $0.span.line == 4 })
  }

  @Test(arguments: ["<支出済歳出額>", "【収納済歳入額】", "(決算額)"])
  func settledHeadings(_ text: String) {
    #expect(SettlementHeader.isSettledHeading(text))
  }

  @Test(arguments: ["<支出済歳出額の推移>", "支出済歳出額", "<不用額>"])
  func otherHeadings(_ text: String) {
    #expect(!SettlementHeader.isSettledHeading(text))
  }
}

extension SettlementRowsTests {
  // The heading read before the table's header, prose between (the report's own layout when
  // the table is not the previous one's continuation).
  // Under a unit statement the heading is one of the header's lines; without one it is read
  // while idle, before the header.
  @Test(arguments: [
    ["(単位:千円)", "<支出済歳出額>", "（説明文）", "区分 | 10年度 | (9年度) |", "皇室費 | 6,645,441 | 6,687,475 |"],
    ["<支出済歳出額>", "（説明文）", "区分 | 10年度 | (9年度) |", "皇室費 |", "千円 6,645,441 |", "千円 6,687,475 |"],
  ])
  func aHeadingAboveTheHeaderAlsoGivesTheStage(_ head: [String]) throws {
    let reader = GenericReader.reading(head + ["国会 | 131,645,942 | 123,528,412 |"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["皇室費", "国会"])
    #expect(try #require(table.meanings).allSatisfy { $0.stage == .settlement })
  }
}
