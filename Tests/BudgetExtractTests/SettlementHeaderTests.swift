import BudgetModel
import Testing

@testable import BudgetExtract

/// A settlement account's tables (決算): the columns of the accounts law, checked by the
/// account's own identities (monka-h17-kessan, 文部科学省 平成17年度 決算; issue #20).
@Suite struct SettlementHeaderTests {
  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  static let revenue = [
    "(1)歳入 |", "| (単位:百万円) |", "| 区分(部) |", "歳入予算額 |", "収納済歳入額 |", "差引額 |", "備考 |",
    "| 雑収入 |", "5,334 |", "7,028 |", "1,694 |", "|", "| 文部科学省主管合計 |", "5,334 |",
    "7,028 |", "1,694 |", "|",
  ]

  static let expenditure = [
    "| (2)歳出 |", "| (単位:百万円) |", "| 区分(組織) |", "歳出予算現額 |", "支出済歳出額 |",
    "翌年度繰越額 |", "不用額 |", "| 文部科学本省 |", "6,026,546 |", "5,866,384 |", "146,618 |",
    "13,543 |", "| 文部科学本省所轄機関 |", "4,743 |", "4,632 |", " |", "111 |", "| 文化庁 |",
    "114,136 |", "112,492 |", "1,067 |", "576 |",
  ]

  // 7,028 − 5,334 = 1,694: the settled revenue is the one amount column, the others are
  // read for the identity and carry no measure.
  @Test func revenueIsSettledMinusBudgetEqualsDifference() throws {
    let reader = GenericReader.reading(Self.revenue)
    let table = try #require(reader.tables.first)
    #expect(table.confirmed)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.header) == ["歳入予算額", "収納済歳入額", "差引額"])
    #expect(meanings.map(\.kind) == [.other, .amount, .other])
    #expect(meanings[1].stage == .settlement)
    #expect(table.rows.map(\.label) == ["雑収入", "文部科学省主管合計"])
    #expect(table.rows.map(figures) == [["5334", "7028", "1694"], ["5334", "7028", "1694"]])
  }

  // 5,866,384 + 146,618 + 13,543 = 6,026,545, printed 6,026,546 (each figure cut below the
  // million); ` |` is the 所轄機関's empty carry-over, so 111 stays 不用額.
  @Test func expenditureIsBudgetEqualsSpentPlusCarriedPlusUnused() throws {
    let reader = GenericReader.reading(Self.expenditure)
    let table = try #require(reader.tables.first)
    #expect(table.confirmed)
    #expect(try #require(table.meanings).map(\.header) == ["歳出予算現額", "支出済歳出額", "翌年度繰越額", "不用額"])
    #expect(table.rows.map(figures)[1] == ["4743", "4632", "-", "111"])
    #expect(table.rows.map(\.label) == ["文部科学本省", "文部科学本省所轄機関", "文化庁"])
  }

  // The budget and the spent amount printed the other way round (the identity fails on every
  // row): nothing is exported.
  @Test func anAccountItsIdentityContradictsIsReported() {
    var lines = Self.expenditure
    lines.swapAt(8, 9)
    lines.swapAt(18, 19)
    let reader = GenericReader.reading(Array(lines[..<12]) + Array(lines[17...]))
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.kind == .tableUnexplained })
  }

  @Test func otherWordsAreNoSettlementHeader() {
    #expect(SettlementHeader.read(["区分", "27年度予算額", "28年度要求額", "雑収入"]) == nil)
    // A header of settled amounts alone has no identity to check.
    #expect(SettlementHeader.read(["区分", "支出済歳出額", "備考", "本省"]) == nil)
  }
}

extension SettlementHeaderTests {
  // The full form of the account (総務省所管合計, 平成28年度 一般会計決算, in 億円 as a reader's
  // summary of it prints them): 160,811 + 506 + 316 = 161,633, printed 161,634; the columns
  // before 歳出予算現額 are each their own and reported.
  @Test func theFullExpenditureAccount() throws {
    let reader = GenericReader.reading([
      "(単位:億円)", "区分 歳出予算額 前年度繰越額 予備費使用額 歳出予算現額 支出済歳出額 翌年度繰越額 不用額",
      "総務省所管合計 160,789 836 8.39 161,634 160,811 506 316",
    ])
    let table = try #require(reader.tables.first)
    #expect(table.confirmed)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.kind) == [.other, .other, .other, .other, .amount, .other, .other])
    #expect(figures(table.rows[0])[4] == "160811")
  }
}
