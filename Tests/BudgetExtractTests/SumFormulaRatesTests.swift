import BudgetModel
import Testing

@testable import BudgetExtract

/// The growth rates of a 総括表 named by sum formulas, with no prior amount printed
/// (national-h10-kagaku-gijutsu-yosan-an lines 73-79; issue #20): each rate implies its prior
/// amount (x / (1 + r/100)), and the total's rate must be its amount over the sum of its parts'
/// implied prior amounts.
@Suite struct SumFormulaRatesTests {
  func reading(_ rows: [String]) -> [SummaryTableRecord] {
    SumFormulaTests().reading([SumFormulaTests.title] + SumFormulaTests.header + rows).tables
      .filter { $0.unit == "百万円" }
  }

  func rates(_ table: SummaryTableRecord) -> [String] {
    table.rows.map { row in
      guard row.cells.count == 2, let a = row.cells[1].amount else { return "-" }
      return "\(a.isNegative ? "-" : "")\(a.parts[0].number)"
    }
  }

  func pair(_ amount: String?, _ rate: String?) -> SumFormulaRates.Pair {
    (amount.flatMap { DecimalNumber(ascii: $0) }, rate.flatMap { DecimalNumber(ascii: $0) })
  }

  @Test func theRatesOfTheColumnsReadAreProvenRowByRow() {
    let tables = reading(SumFormulaTests.rows)
    #expect(tables.count == 3)
    #expect(tables.allSatisfy { $0.meanings?.last?.kind == .ratePercent })
    #expect(tables.allSatisfy { $0.meanings?.last?.impliedBase == true })
    // 警察庁's own rate of C is damaged (`41,7`): no rate there; its total's 41.7 is proven
    // from A and B (2,124 at 42.3 % and 24 at 0.0 %: 2,147 over 1,516.6 is 41.6–41.7 %).
    #expect(rates(tables[0]) == ["3.3", "-3.3", "-", "-17.8", "2.4"])
    #expect(rates(tables[1]) == ["-4.9"])
    #expect(rates(tables[2]) == ["3.3", "-3.3", "41.7", "-17.8", "0.8"])
  }

  // One total's rate the parts do not imply (科学技術庁 1.8 for 0.8): no rate anywhere.
  @Test func aRowThatContradictsLeavesEveryRateReported() {
    var rows = SumFormulaTests.rows
    rows[4] = "科学技術庁 399,580 4.6 185,542 △1.9 585,122 2.4 155,010 △4.9 740,132 1.8"
    let tables = reading(rows)
    #expect(tables.count == 3)
    #expect(tables.allSatisfy { $0.columns.count == 1 && $0.meanings?.count == 1 })
  }

  // Rows whose totals each have one part only prove nothing about the rates: none is read.
  @Test func withoutTwoPartsOfDifferentRatesNothingIsProven() {
    let pairs = [
      [pair("611", "3.3"), pair(nil, nil), pair("611", "3.3"), pair(nil, nil), pair("611", "3.3")],
      [pair("20", "1.0"), pair("10", "1.0"), pair("30", "1.0"), pair(nil, nil), pair("30", "1.0")],
    ]
    #expect(SumFormulaRates.confirmed(pairs, (0, 1, 2, 3, 4)).isEmpty)
  }

  @Test func theImpliedPriorAmountsAddUp() {
    let parts = [pair("2,124", "42.3"), pair("24", "0.0")]
    #expect(SumFormulaRates.holds(parts, total: pair("2,147", "41.7")) == true)
    #expect(SumFormulaRates.holds(parts, total: pair("2,147", "41.9")) == false)
    // 399,580 at 4.6 % and 185,542 at −1.9 % imply 571,143 before: 585,122 is 2.4 % more, not
    // the 4.6 % of its larger part.
    let parts2 = [pair("399,580", "4.6"), pair("185,542", "-1.9")]
    #expect(SumFormulaRates.holds(parts2, total: pair("585,122", "2.4")) == true)
    #expect(SumFormulaRates.holds(parts2, total: pair("585,122", "4.6")) == false)
    #expect(SumFormulaRates.holds([pair(nil, nil)], total: pair("611", "3.3")) == nil)
  }
}
