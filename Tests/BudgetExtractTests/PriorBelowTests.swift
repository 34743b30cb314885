import BudgetModel
import Testing

@testable import BudgetExtract

/// A headline total with the prior year's amount, the change and the rate in parentheses on
/// the line under it (消防庁 平成24年度概算要求, soumu-h24-shobo-gaisan-yokyu lines 21-22;
/// issue #20): read only when B − A = C and C / A is the rate.
@Suite struct PriorBelowTests {
  static let total = "概算要求額総計(重点化枠及び復旧・復興枠含む。) 543億26百万円"

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  @Test func thePriorTheChangeAndTheRateUnderTheTotal() throws {
    let reader = GenericReader.reading([
      Self.total, "(平成23年度予算額 131億87百万円(411億39百万円、312.0%))",
    ])
    let record = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(parts(record.amount) == ["543億", "26百万円"])
    #expect(parts(record.prior) == ["131億", "87百万円"] && record.prior?.label == "平成23年度予算額")
    #expect(
      parts(record.change) == ["411億", "39百万円"] && record.change?.amount?.isNegative == false)
    #expect(record.changeRatePercent == DecimalNumber(ascii: "312.0"))
    #expect(record.priorLine == 2 && record.changeLine == 2 && record.span.endLine == 2)
    #expect(reader.diagnostics.isEmpty)
  }

  @Test func thePriorYearNamedWithoutItsNumber() throws {
    let reader = GenericReader.reading([
      Self.total, "(前年度予算額 131億87百万円(+411億39百万円、+312.0%))",
    ])
    let record = try #require(reader.amountLines.first)
    #expect(record.prior?.label == "前年度予算額" && record.changeRatePercent != nil)
  }

  // 543億26百万円 − 131億87百万円 is not 400億, 411億39百万円 over 131億87百万円 is not 300%,
  // a prior naming a supplementary budget, or no total right above: reported.
  @Test(arguments: [
    [total, "(平成23年度予算額 131億87百万円(400億39百万円、312.0%))"],
    [total, "(平成23年度予算額 131億87百万円(411億39百万円、300.0%))"],
    [total, "(平成23年度補正後予算額 131億87百万円(411億39百万円、312.0%))"],
    ["概算要求額総計", "(平成23年度予算額 131億87百万円(411億39百万円、312.0%))"],
  ])
  func notProvenIsReported(_ texts: [String]) {
    let reader = GenericReader.reading(texts)
    #expect(!reader.amountLines.contains { $0.prior != nil || $0.change != nil })
    #expect(reader.diagnostics.contains { $0.span.line == 2 })
  }

  @Test func aDecreaseSignedWithATriangle() {
    let a = PrintedAmount(DecimalNumber(ascii: "2770")!, unit: "億円")
    let b = PrintedAmount(DecimalNumber(ascii: "2644")!, unit: "億円")
    let c = PrintedAmount(DecimalNumber(ascii: "126")!, unit: "億円", isNegative: true)
    #expect(GenericReader.proves(a, b, c, DecimalNumber(ascii: "-4.5")!))
    #expect(!GenericReader.proves(a, b, c, DecimalNumber(ascii: "-5.5")!))
  }
}
