import BudgetModel
import Testing

@testable import BudgetExtract

/// A rate against the prior year printed between an amount's words and the amount, proven by
/// the prior year's amount printed in another sentence (文化庁, 平成5年度 我が国の文教施策,
/// monka-h5-bunkacho-yosan-hakusho lines 9-17; issue #20).
@Suite struct PriorYearRateTests {
  static let earlier = "（説明文）昭和63年度（説明文）平成4年度（説明文）495億9,845万円（説明文） (表1-1-3)"
  static let budget =
    "文化庁予算の推移（説明文） 1-1-16 （説明文）平成5年度の文化庁予算（説明文）対前年度比8.7%増（説明文）538億9,681万円（説明文）文部省―般会計の0.99%,国の―般会計の0.07%（説明文）"

  static func read(_ texts: [String]) -> GenericReader {
    GenericReader.reading(texts)
  }

  @Test func theRateProvesTheAmountAndItsPriorYear() throws {
    let reader = Self.read(["文化庁（説明文）総額49億5,993万円（説明文）", Self.earlier, "", Self.budget])
    // 538億9,681万円 / 495億9,845万円 = 1.0867: 8.7% at the printed precision.
    #expect(reader.amountLines.count == 1)
    let record = try #require(reader.amountLines.first)
    #expect(record.label == "平成5年度の文化庁予算" && record.span.line == 4)
    #expect(ClauseFiguresTests.yen(record.amount) == 53_896_810_000)
    #expect(record.changeRatePercent == DecimalNumber(significand: 87, scale: 1))
    #expect(ClauseFiguresTests.yen(record.prior) == 49_598_450_000 && record.priorLine == 2)
    #expect(record.prior?.label == "平成4年度")
    // The prior year's sentence is read; the other figures stay reported.
    let reported = Set(reader.diagnostics.map(\.span.line))
    #expect(reported == [1, 4])
  }

  @Test func anotherEraAndUnit() {
    // 1,077 / 1,076 億円 = 1.0009: +0.1%.
    let reader = Self.read([
      "（説明文）令和4年度（説明文）1,076億円（説明文）",
      "令和5年度の文化庁予算（説明文）対前年度比0.1%増（説明文）1,077億円（説明文）",
    ])
    #expect(reader.amountLines.map(\.priorLine) == [1])
    #expect(
      reader.amountLines.map(\.changeRatePercent) == [DecimalNumber(significand: 1, scale: 1)])
  }

  @Test func nothingWithoutTheArithmetic() {
    // A rate the two amounts do not give, or no amount of the year before: reported.
    let wrong = Self.budget.replacingOccurrences(of: "8.7%", with: "8.1%")
    #expect(Self.read([Self.earlier, wrong]).amountLines.isEmpty)
    #expect(Self.read([Self.budget]).amountLines.isEmpty)
    let twoYearsBack = Self.earlier.replacingOccurrences(of: "平成4年度", with: "平成3年度")
    #expect(Self.read([twoYearsBack, Self.budget]).amountLines.isEmpty)
  }
}
