import BudgetModel
import Testing

@testable import BudgetExtract

/// A rate-only comparison under an amount, its base printed as a labelled amount a line or two
/// below (issue #20: national-h11-chikyu-kankyo-gaisan lines 10–13).
@Suite struct PendingRateTests {
  static let lines = [
    "平成11年度地球環境保全関係", "予算概算要求の状況について", "", "平成11年度概算要求額 6,575億円",
    "(対前年度比 8.2%増)", "うち特別枠等 249億円", "平成10年度予算額 6,076億円",
  ]

  static func reading(_ lines: [String]) -> GenericReader {
    var reader = GenericReader.reading(lines)
    reader.checkPendingRates()
    return reader
  }

  // 6,575 / 6,076 = 1.0821: the printed 8.2 % holds, so 6,076 (its label naming the year
  // before and its budget) is the amount compared with, and the rate is the change rate.
  @Test func theRateIsConfirmedByTheAmountBelow() throws {
    let reader = Self.reading(Self.lines)
    let record = try #require(reader.amountLines.first)
    #expect(record.label == "平成11年度概算要求額")
    #expect(record.prior?.amount?.parts.first?.number.significand == 6076)
    #expect(record.prior?.label == "平成10年度予算額")
    #expect(record.priorLine == 7)
    #expect(record.changeRatePercent == DecimalNumber(significand: 82, scale: 1))
    #expect(record.span.endLine == 5)
    #expect(reader.amountLines.map(\.label) == ["平成11年度概算要求額", "うち特別枠等"])
    #expect(reader.diagnostics.isEmpty)
  }

  // A rate the amounts do not give (9.2 %), a base of a supplementary budget, or no base
  // within three lines: the rate's line is reported and the amounts stay as they were.
  @Test func aRateWithNoConfirmingAmountIsReported() {
    var variants: [[String]] = []
    var wrong = Self.lines
    wrong[4] = "(対前年度比 9.2%増)"
    variants.append(wrong)
    var supplementary = Self.lines
    supplementary[6] = "平成10年度補正後予算額 6,076億円"
    variants.append(supplementary)
    variants.append(Array(Self.lines.prefix(6)) + ["", "", "", "平成10年度予算額 6,076億円"])
    for variant in variants {
      let reader = Self.reading(variant)
      #expect(reader.amountLines.allSatisfy { $0.prior == nil && $0.changeRatePercent == nil })
      #expect(reader.diagnostics.contains { $0.span.line == 5 })
    }
  }

  @Test func rateOnlyLines() {
    let parser = FigureParser(lexicon: .standard)
    #expect(
      ParenthesizedChange.rateOnly("(対前年度比 8.2%増)", parser: parser)
        == DecimalNumber(significand: 82, scale: 1))
    #expect(
      ParenthesizedChange.rateOnly("(前年度比 ▲3.1%)", parser: parser)
        == DecimalNumber(significand: -31, scale: 1))
    #expect(ParenthesizedChange.rateOnly("(対前年度比 108.2%)", parser: parser) == nil)
    #expect(ParenthesizedChange.rateOnly("(8.2%増)", parser: parser) == nil)
    #expect(ParenthesizedChange.rateOnly("(前年度補正後比 8.2%増)", parser: parser) == nil)
  }
}
