import BudgetModel
import Testing

@testable import BudgetExtract

/// The bars of a chart of two years that no change pairs, placed by the chart's totals
/// (gaimu-h29-gaisan-yokyu lines 23-63; issue #20): only where exactly one placement makes
/// both years' bars add up to the two totals.
@Suite struct ChartTotalsTests {
  static let chart = [
    "1.平成29年度予算概算要求と平成28年度当初予算の比較", "無償資金協力", "1,869億円", "(+240億円)",
    "サミット開催経費等 144億円", "無償資金協力", "1,629億円", "3,581億円", "(+460億円)", "3,121億円",
    "JICA運営費交付金等", "1,712億円", "(+220億円)", "JICA運営費交付金等", "1,492億円", "任意拠出金 386億円",
    "(+101億円)", "任意拠出金 284億円", "1,583億円", "(+86億円)", "分担金・義務的拠出金", "1,497億円",
    "分担金・義務的拠出金", "1,197億円", "(▲15億円)", "1,212億円", "一般的な政策経費", "2,379億円", "一般的な政策経費",
    "2,566億円", "(+187億円)", "（注記）",
  ]
  static let totals = [
    "平成28年度当初予算", "7,140億円", "(うちODA 4,342億円)", "※レート 1ドル120円", "平成29年度概算要求", "7,730億円",
    "(+590億円,+8.3%)", "(うちODA 4,903億円)(+561億円,+12.9%)", "※レート 1ドル111円",
  ]

  func reading(_ texts: [String]) -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    for line in lines { reader.read(line) }
    reader.finish()
    reader.pairChartAmounts(lines)
    reader.placeChartBarsByTotals(lines)
    reader.dropAmbiguousLabels()
    return reader
  }

  func number(_ figure: PrintedFigure?) -> String {
    guard let amount = figure?.amount else { return "-" }
    return (amount.isNegative ? "-" : "") + "\(amount.parts[0].number)\(amount.parts[0].unit ?? "")"
  }

  // 1,869 + 1,712 + 386 + 1,197 + 2,566 = 7,730 and 1,629 + 1,492 + 284 + 1,212 + 2,379 + 144
  // = 7,140: only 1,197 / ▲15 / 1,212 as 分担金's bars and 144 as the earlier year's fit.
  @Test func theTotalsPlaceTheLabelsBarsAndTheLoneBar() throws {
    let reader = reading(Self.chart + Self.totals)
    let dues = reader.amountLines.filter { $0.label == "分担金・義務的拠出金" }
    #expect(dues.count == 1)
    let due = try #require(dues.first)
    #expect(number(due.amount) == "1197億円" && number(due.prior) == "1212億円")
    #expect(number(due.change) == "-15億円" && due.changeLine == 25 && due.priorLine == 26)
    #expect(due.span.line == 24 && due.context == "平成29年度予算概算要求")
    // The label's other bar (a subtotal's) stays reported.
    #expect(reader.diagnostics.contains { $0.span.line == 22 })
    #expect(!reader.diagnostics.contains { [24, 25, 26].contains($0.span.line) })
    let summit = try #require(reader.amountLines.first { $0.label == "サミット開催経費等" })
    #expect(summit.context == "平成28年度当初予算" && summit.prior == nil)
  }

  // Totals the bars do not add up to (7,750), a total of another year, or no total: nothing
  // is placed; the label's bars stay reported and the lone bar keeps the two-year heading.
  @Test(arguments: [
    ["平成28年度当初予算", "7,140億円", "平成29年度概算要求", "7,750億円", "(+610億円,+8.5%)"],
    ["平成28年度当初予算", "7,140億円", "平成30年度概算要求", "7,730億円", "(+590億円,+8.3%)"],
    ["平成28年度当初予算", "7,140億円"], [],
  ])
  func totalsThatDoNotAddUpPlaceNothing(_ totals: [String]) throws {
    let reader = reading(Self.chart + totals)
    #expect(!reader.amountLines.contains { $0.label == "分担金・義務的拠出金" })
    let summit = try #require(reader.amountLines.first { $0.label == "サミット開催経費等" })
    #expect(summit.context == Self.chart[0])
  }

  // A lone bar that fits either year (0億円 adds to both totals alike): two placements fit,
  // so nothing is placed.
  @Test func twoPlacementsThatFitPlaceNothing() throws {
    var chart = Self.chart
    chart[4] = "サミット開催経費等 0億円"
    let totals = ["平成28年度当初予算", "6,996億円", "平成29年度概算要求", "7,730億円", "(+734億円,+10.5%)"]
    let reader = reading(chart + totals)
    #expect(!reader.amountLines.contains { $0.label == "サミット開催経費等" && $0.context != chart[0] })
    #expect(!reader.amountLines.contains { $0.label == "分担金・義務的拠出金" })
  }

  @Test func bothYearsPartsOfTheHeading() throws {
    let parts = try #require(GenericReader.partsOfComparison(Self.chart[0]))
    #expect(parts.earlier == "平成28年度当初予算" && parts.later == "平成29年度予算概算要求")
  }
}
