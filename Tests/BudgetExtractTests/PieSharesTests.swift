import BudgetModel
import Testing

@testable import BudgetExtract

/// A pie chart printed on one line (財務省 建議, 平成28年度 中小企業対策費の内訳,
/// national-h28-chusho-taisaku; issue #20): the centre total proven by the slices' shares and
/// sum, a slice's breakdown by its sum; no slice, whose labels the PDF order misplaces.
@Suite struct PieSharesTests {
  static let chart =
    "① 中小企業対策費の内訳 その他 202 (11.1%) 独立行政法人中小企業基盤整備機構 運営費交付金 (販路開拓支援、人材育成等) 184 (10.1%) 中小企業の取引適正化推進 (下請取引対策、消費税転嫁対策等) 44 (2.4%) 中小企業の資金繰り支援 平成28年度 (当初予算) 1,825億円 中小企業の事業環境整備 (海外展開支援等) 986 (54.0%) 内訳 ・公庫融資等 340 ・信用補完 646 32 (1.8%) 中小企業の経営革新・創業支援 (革新的なものづくり・サービス開発等支 援、ワンストップ総合相談窓口等) (注) （注記） 376 (20.6%)"

  static func read(_ text: String) -> GenericReader {
    let line = Line(number: 1, scalars: Array(text.unicodeScalars))
    var reader = GenericReader.reading([text])
    reader.readPieShares([line])
    return reader
  }

  static func yen(_ record: AmountLineRecord) -> Int128? {
    ComparisonSentence.exact(record.amount).map { $0.value / 1_000_000 }
  }

  @Test func theTotalAndTheBreakdown() {
    let reader = Self.read(Self.chart)
    // 202 / 1,825 = 11.07%, … 376 / 1,825 = 20.60%; 202 + 184 + 44 + 986 + 32 + 376 = 1,824.
    #expect(reader.amountLines.map(\.label) == ["平成28年度当初予算(内訳の合計)", "内訳 公庫融資等", "内訳 信用補完"])
    #expect(reader.amountLines.map(Self.yen) == [182_500_000_000, 34_000_000_000, 64_600_000_000])
    #expect(reader.amountLines.map { $0.isPart == true } == [false, true, true])
  }

  @Test func nothingWhenASharePointsElsewhere() {
    // 986 printed as 54.9%: the total is not proven; a breakdown that does not add up.
    #expect(
      Self.read(Self.chart.replacingOccurrences(of: "(54.0%)", with: "(54.9%)")).amountLines.isEmpty
    )
    let parts = Self.read(Self.chart.replacingOccurrences(of: "646", with: "600")).amountLines
    #expect(parts.map(\.label) == ["平成28年度当初予算(内訳の合計)"])
    // No year before the total: its measure is not certain.
    let noYear = Self.chart.replacingOccurrences(of: "平成28年度 (当初予算) ", with: "")
    #expect(Self.read(noYear).amountLines.isEmpty)
  }
}
