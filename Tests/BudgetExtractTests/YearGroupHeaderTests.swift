import BudgetModel
import Testing

@testable import BudgetExtract

/// A line of fiscal years over a line of the columns each year groups (issue #20).
@Suite struct YearGroupHeaderTests {
  /// 平成11年度ODA予算の概要: `平成10年度 平成11年度` over `予算額 伸率 予算額 増減額 伸率`,
  /// rows of five cells.
  static let oda = [
    "(単位:億円、%)",
    "  平成10年度 平成11年度",
    "予算額 伸率 予算額 増減額 伸率",
    "一般会計予算 10,473 ▲10.4 10,489 16 0.2",
    "事業予算(ネット) 13,891 ▲17.1 15,452 1,561 11.2",
  ]

  @Test func eachYearTakesTheGroupItsAmountStarts() throws {
    let reader = GenericReader.reading(Self.oda)
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.kind) == [.amount, .ratePercent, .amount, .change, .ratePercent])
    #expect(meanings.map(\.fiscalYearLabel) == ["平成10年度", nil, "平成11年度", nil, nil])
    #expect(
      meanings.map(\.header) == ["平成10年度予算額", "平成10年度伸率", "平成11年度予算額", "平成11年度増減額", "平成11年度伸率"])
    #expect(table.rows.map(\.label) == ["一般会計予算", "事業予算(ネット)"])
    #expect(
      table.rows[1].cells[2].amount == PrintedAmount(DecimalNumber(ascii: "15452")!, unit: nil))
    // 15,452 − 13,891 = 1,561 and 1,561 / 13,891 = 11.2 %: the rows confirm the reading.
    #expect(table.confirmed == true)
    #expect(!reader.diagnostics.contains { $0.kind == .tableUnconfirmed })
  }

  /// The first group's rate compares 平成10年度 with a year the table does not print: no
  /// relation claims it, so no arithmetic can confirm it.
  @Test func theFirstGroupsRateHasNoRelation() throws {
    let meanings = try #require(YearGroupHeader.meanings(Array(Self.oda[1...2])))
    let relations = ColumnMeaning.relations(meanings)
    #expect(relations.map(\.result) == [3, 4])
    #expect(relations.map(\.lhs) == [2, 3])
    #expect(relations.map(\.rhs) == [0, 0])
  }

  @Test func notOneAmountPerYearIsNotThisShape() {
    // Two amounts under three years: which year spans none is not printed.
    #expect(YearGroupHeader.meanings(["平成9年度 平成10年度 平成11年度", "予算額 予算額 増減額"]) == nil)
    // A change first: the first year's group does not start with its amount.
    #expect(YearGroupHeader.meanings(["平成10年度 平成11年度", "増減額 予算額 予算額"]) == nil)
    // A column naming a year of its own.
    #expect(YearGroupHeader.meanings(["平成10年度 平成11年度", "予算額 前年度予算額"]) == nil)
  }

  /// `(参考)円レート 118円 - 120円 - -` under `(単位:億円、%)`: an exchange rate in 円, not
  /// an amount in the table's 億円. The row is reported; the rows above stay in the table.
  @Test func aRowInAnotherUnitIsReported() throws {
    let reader = GenericReader.reading(Self.oda + ["(参考)円レート 118円 - 120円 - -"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["一般会計予算", "事業予算(ネット)"])
    #expect(table.confirmed == true)
    #expect(reader.diagnostics.contains { $0.span.line == 6 && $0.kind == .unrecognizedLine })
  }
}
