import BudgetModel
import Testing

@testable import BudgetExtract

/// Two amounts of one label joined by an arrow on one line: norin-r5-point-p3 lines 28-33
/// (`食料安全保障の強化に向けた対策` / `令和4年度` / `令和5年度` / `247 億円 ⇒` / `283 億円 (+14.7%)`)
/// with the label and the amounts on one line, as a page's text may print them. Both amounts
/// were exported as the budget year's (the right one labelled `⇒`); issue #20.
@Suite struct InlineArrowTests {
  static let title = "令和5年度農林水産関係予算のポイント"
  static let line = "○ 食料安全保障の強化に向けた対策 247 億円 ⇒ 283 億円 (+14.7%)"

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  // 283 / 247 = +14.57 %, printed +14.7 % (rounded figures): the right amount, the left its
  // prior.
  @Test func thePairIsReadWhenItsRateAgrees() throws {
    let reader = GenericReader.reading([Self.title, Self.line])
    #expect(reader.diagnostics.isEmpty)
    let pair = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(pair.label.hasSuffix("食料安全保障の強化に向けた対策"))
    #expect(parts(pair.amount) == ["283億円"])
    #expect(parts(pair.prior) == ["247億円"])
    #expect(pair.changeRatePercent == DecimalNumber(ascii: "14.7"))
    #expect(pair.context == Self.title)
  }

  // A rate the amounts do not give, no rate, the later amount printed first, or two amounts
  // with nothing but a mark between: which amount is the budget's is not proven, and neither
  // is exported.
  @Test(arguments: [
    "○ 食料安全保障の強化に向けた対策 247 億円 ⇒ 283 億円 (+30.0%)",
    "○ 食料安全保障の強化に向けた対策 247 億円 → 283 億円",
    "○ 食料安全保障の強化に向けた対策 283 億円 ← 247 億円",
    "○ 食料安全保障の強化に向けた対策 283 億円 / 247 億円",
    "○ 食料安全保障の強化に向けた対策 247 億円 ～ 283 億円",
  ])
  func aPairNotProvenIsReported(_ text: String) {
    let reader = GenericReader.reading([Self.title, text])
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.map(\.span.line) == [2])
  }
}
