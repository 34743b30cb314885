import BudgetModel
import Testing

@testable import BudgetExtract

/// A bar chart of two years as text, each label printed over each year's bar and the change
/// beside one (gaimu-h29-gaisan-yokyu lines 23-53; issue #20): paired only where the change
/// proves which amount is the later year's.
@Suite struct ChartPairsTests {
  static let chart = [
    "1.平成29年度予算概算要求と平成28年度当初予算の比較", "無償資金協力", "1,869億円", "(+240億円)",
    "サミット開催経費等 144億円", "無償資金協力", "1,629億円", "3,581億円", "(+460億円)", "3,121億円",
    "任意拠出金 386億円", "(+101億円)", "任意拠出金 284億円", "1,583億円", "(+86億円)",
    "分担金・義務的拠出金", "1,497億円", "分担金・義務的拠出金", "1,197億円", "(▲15億円)", "1,212億円",
  ]

  func reading(_ texts: [String]) -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    for line in lines { reader.read(line) }
    reader.finish()
    reader.pairChartAmounts(lines)
    reader.dropAmbiguousLabels()
    return reader
  }

  func number(_ figure: PrintedFigure?) -> String {
    guard let amount = figure?.amount else { return "-" }
    return (amount.isNegative ? "-" : "") + "\(amount.parts[0].number)\(amount.parts[0].unit ?? "")"
  }

  @Test func theChangeProvesWhichBarIsTheLaterYear() throws {
    let reader = reading(Self.chart)
    let grant = try #require(reader.amountLines.first { $0.label == "無償資金協力" })
    #expect(number(grant.amount) == "1869億円" && number(grant.prior) == "1629億円")
    #expect(number(grant.change) == "240億円" && grant.changeLine == 4 && grant.priorLine == 7)
    #expect(grant.context == "平成29年度予算概算要求")
    // 386 − 101 = 285, the printed 284 within one unit of its rounding.
    let voluntary = try #require(reader.amountLines.first { $0.label == "任意拠出金" })
    #expect(number(voluntary.amount) == "386億円" && number(voluntary.prior) == "284億円")
    #expect(reader.amountLines.filter { $0.label == "無償資金協力" }.count == 1)
  }

  // 分担金's label stands over another bar (1,497 is a subtotal's): 1,197 + 15 is not 1,497,
  // so neither amount is paired, and both stay reported.
  @Test func aLabelAwayFromItsBarIsNotPaired() {
    let reader = reading(Self.chart)
    #expect(!reader.amountLines.contains { $0.label == "分担金・義務的拠出金" })
    #expect(reader.diagnostics.contains { $0.span.line == 17 })
    #expect(reader.diagnostics.contains { $0.span.line == 19 })
  }

  // A heading that names one year, or two that are not an initial budget and the next year's:
  // which bar is which year is not named, nothing is paired.
  @Test(arguments: [
    "1.平成29年度予算概算要求の概要", "1.平成29年度予算概算要求と平成27年度当初予算の比較",
    "1.平成29年度予算概算要求と平成28年度補正予算の比較",
  ])
  func aHeadingThatNamesNoPairPairsNothing(_ heading: String) {
    let reader = reading([heading] + Self.chart.dropFirst())
    #expect(!reader.amountLines.contains { $0.label == "無償資金協力" })
  }

  @Test func theLaterYearsPartOfTheHeading() {
    #expect(
      GenericReader.laterOfComparison("令和5年度当初予算と令和6年度概算要求の比較") == "令和6年度概算要求")
    #expect(GenericReader.laterOfComparison("令和6年度概算要求") == nil)
  }
}
