import BudgetModel
import Testing

@testable import BudgetExtract

/// A release's headline sentence: the budget year's amount, the earlier one in parentheses and
/// the growth over it (shohisha-h23-yosan-gaiyo, blind set I; issue #20).
@Suite struct RateSentenceTests {
  static let lines = [
    "1.概 要", "○消費者庁の平成23年度予算額は90.4億円。平成", "22年度予算(89.5億円)比1.0%の伸び。", "(資料1)",
  ]

  // (90.4 − 89.5) / 89.5 = 1.006 %, printed 1.0.
  @Test func aSentenceBrokenInsideItsSecondYear() throws {
    let reader = GenericReader.reading(Self.lines)
    let record = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(record.label == "消費者庁の平成23年度予算額")
    #expect(record.amount.amount == PrintedAmount(DecimalNumber(ascii: "90.4")!, unit: "億円"))
    #expect(record.prior?.amount == PrintedAmount(DecimalNumber(ascii: "89.5")!, unit: "億円"))
    #expect(record.prior?.label == "平成22年度予算")
    #expect(record.priorLine == 3)
    #expect(record.changeRatePercent == DecimalNumber(ascii: "1.0"))
    #expect(record.span == SourceSpan(line: 2, endLine: 3))
    #expect(reader.diagnostics.isEmpty)
  }

  @Test func onOneLineAndADecrease() throws {
    let reader = GenericReader.reading(["○A庁の令和6年度予算額は1,234百万円。令和5年度予算(1,300百万円)比5.1%の減。"])
    let record = try #require(reader.amountLines.first)
    #expect(record.changeRatePercent == DecimalNumber(ascii: "-5.1"))
  }

  // A rate the two amounts do not give, or a growth word on a decrease: nothing is read, the
  // lines are reported.
  @Test func aRateTheAmountsDoNotGiveIsReported() {
    var lines = Self.lines
    lines[2] = "22年度予算(89.5億円)比2.0%の伸び。"
    let reader = GenericReader.reading(lines)
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.map(\.span.line).contains(2))
    lines[2] = "22年度予算(89.5億円)比1.0%の減。"
    #expect(GenericReader.reading(lines).amountLines.isEmpty)
  }
}
