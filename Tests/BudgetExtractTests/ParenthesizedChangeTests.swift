import BudgetModel
import Testing

@testable import BudgetExtract

/// An amount whose comparison with the prior year closes its line in parentheses (issue #20:
/// kankyo-h14-yosan-an-gaiyo line 5, saibansho-r7-gaisan-yokyu line 3).
@Suite struct ParenthesizedChangeTests {
  static let kankyo = ["○平成14年度環境省予算(案)の概要", "", "予算(案)合計 2,644億円(対前年度126億円減 ▲4.6%)"]
  static let saibansho = [
    "2025年度裁判所予算の概算要求の概要", "(単位 : 百万円)", "347,933 (令和6年度は330,979+16,954 5.1%増)",
  ]

  static func significand(_ figure: PrintedFigure?) -> Int64? {
    figure?.amount?.parts.first?.number.significand
  }

  // 2,644 + 126 = 2,770 (the table below prints 2,770); 126 / 2,770 = 4.55 %, printed 4.6:
  // within the rounding of 2,644 and 126 (each ± 0.5 億円).
  @Test func changeAndRateWithoutThePrior() throws {
    let reader = GenericReader.reading(Self.kankyo)
    let record = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(record.label == "予算(案)合計")
    #expect(Self.significand(record.amount) == 2644)
    #expect(record.amount.amount?.parts.first?.unit == "億円")
    #expect(record.prior == nil)
    #expect(Self.significand(record.change) == 126)
    #expect(record.change?.amount?.isNegative == true)
    #expect(record.changeRatePercent == DecimalNumber(significand: -46, scale: 1))
    #expect(reader.diagnostics.isEmpty)
  }

  // The bare amount takes the stated unit: 330,979 + 16,954 = 347,933 and 16,954 / 330,979 =
  // 5.12 %, printed 5.1. With no label on the line or above it, the first figure of the
  // document is the total its title names.
  @Test func bareAmountWithItsPriorUnderAUnitStatement() throws {
    let reader = GenericReader.reading(Self.saibansho)
    let record = try #require(reader.amountLines.first)
    #expect(record.label == "2025年度裁判所予算の概算要求の概要")
    #expect(Self.significand(record.amount) == 347933)
    #expect(record.amount.amount?.parts.first?.unit == "百万円")
    #expect(Self.significand(record.prior) == 330979)
    #expect(record.prior?.amount?.parts.first?.unit == "百万円")
    #expect(record.prior?.label == "令和6年度")
    #expect(Self.significand(record.change) == 16954)
    #expect(record.change?.amount?.isNegative == false)
    #expect(record.changeRatePercent == DecimalNumber(significand: 51, scale: 1))
    #expect(reader.diagnostics.isEmpty)
  }

  // Arithmetic that fails, a comparison with one figure, an unsigned rate, a comparison with
  // another stage, or a bare amount with no unit in scope: the line is reported, not read.
  @Test func whatIsNotCertainIsReported() {
    let variants = [
      "予算(案)合計 2,644億円(対前年度126億円減 ▲5.6%)",
      "予算(案)合計 2,644億円(対前年度126億円減)",
      "予算(案)合計 2,644億円(対前年度126億円減 4.6%)",
      "予算(案)合計 2,644億円(前年度補正後比126億円減 ▲4.6%)",
      "予算(案)合計 2,644億円(126億円減 ▲4.6%)",
    ]
    for variant in variants {
      let reader = GenericReader.reading([Self.kankyo[0], "", variant])
      #expect(reader.amountLines.isEmpty, "\(variant)")
      #expect(reader.diagnostics.map(\.span.line) == [3], "\(variant)")
    }
    var wrong = Self.saibansho
    wrong[2] = "347,933 (令和6年度は330,979+16,854 5.1%増)"
    #expect(GenericReader.reading(wrong).amountLines.isEmpty)
    var noUnit = Self.saibansho
    noUnit[1] = ""
    #expect(GenericReader.reading(noUnit).amountLines.isEmpty)
  }

  // The comparison wrapped onto the line after its amount: read as one line, with the same
  // arithmetic (109 / (1,603 + 109) = 6.37 %, printed 6.4); one figure alone stays reported.
  @Test func aComparisonWrappedOntoTheNextLine() throws {
    let reader = GenericReader.reading([
      Self.kankyo[0], "", "○ 廃棄物対策 1,603億円", "(対前年度 ▲109億円、▲6.4%)", "○ 温暖化 500億円",
      "(対前年度 100億円増)",
    ])
    let record = try #require(reader.amountLines.first)
    #expect(Self.significand(record.change) == 109)
    #expect(record.change?.amount?.isNegative == true)
    #expect(record.changeLine == 4)
    #expect(record.changeRatePercent == DecimalNumber(significand: -64, scale: 1))
    #expect(record.span.endLine == 4)
    #expect(reader.amountLines.last?.change == nil)
    #expect(reader.diagnostics.map(\.span.line) == [6])
  }

  // Other forms of the same shape: signs before the figures, `、` between them, the prior
  // year named `前年度は`, full arithmetic (B − A = C within one unit and the rate).
  @Test func otherFormsOfTheShape() {
    let unit = FigureParser(lexicon: .standard)
    let signed = ParenthesizedChange.read(
      "総額 1,392億円(前年度比 +97億円、+7.5%)", unit: nil, parser: unit)
    #expect(signed?.change.flatMap(Self.significand) == 97)
    #expect(signed?.rate == DecimalNumber(significand: 75, scale: 1))
    let decrease = ParenthesizedChange.read(
      "一般会計 1兆2,091億円(前年度は1兆2,300億円、▲209億円、▲1.7%)", unit: nil, parser: unit)
    #expect(decrease?.prior?.label == "前年度")
    #expect(decrease?.change?.amount?.isNegative == true)
    #expect(decrease?.rate == DecimalNumber(significand: -17, scale: 1))
    // The prior named with no `は` (`前年度予算額 …`), its change and rate after it.
    let named = ParenthesizedChange.read(
      "合計 347,933 (前年度予算額 330,979、+16,954、+5.1%)", unit: "百万円", parser: unit)
    #expect(named?.prior?.label == "前年度予算額")
    #expect(named?.prior?.amount?.parts.first?.unit == "百万円")
    #expect(named?.rate == DecimalNumber(significand: 51, scale: 1))
    // Spaces as a converter prints them, the sign word after them.
    let spaced = ParenthesizedChange.read(
      "○ 自然公園 147 億円 ( 対前年度 23 億円減 、 13.6 % 減 )", unit: nil, parser: unit)
    #expect(spaced?.label == "○ 自然公園")
    #expect(spaced?.change?.amount?.isNegative == true)
    #expect(spaced?.rate == DecimalNumber(significand: -136, scale: 1))
    // An unsigned figure after comparison words is no prior: it is the change, and takes the
    // sign of the rate beside it (a change and its rate over a positive base share their
    // sign), once the arithmetic holds (16,954 / 330,979 = 5.1%).
    let unsigned = ParenthesizedChange.read(
      "合計 347,933 (対前年度 16,954、+5.1%)", unit: "百万円", parser: unit)
    #expect(unsigned?.prior == nil)
    #expect(unsigned?.change.flatMap(Self.significand) == 16954)
    #expect(unsigned?.change?.amount?.isNegative == false)
    // With the rate's sign the other way, −16,954 on 347,933 is −4.6%, not −5.1%: not read.
    #expect(
      ParenthesizedChange.read(
        "合計 347,933 (対前年度 16,954、▲5.1%)", unit: "百万円", parser: unit) == nil)
    // B − A is 209, not 219: not read.
    #expect(
      ParenthesizedChange.read(
        "一般会計 1兆2,091億円(前年度は1兆2,300億円、▲219億円、▲1.7%)", unit: nil, parser: unit) == nil)
  }
}
