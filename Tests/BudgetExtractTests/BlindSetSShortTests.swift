import BudgetModel
import Testing

@testable import BudgetExtract

/// Blind set S's short texts (issue #20, branch gapss2): sentence amounts whose change is
/// stated against the prior year in words beside them, a legend of brackets opening the line,
/// an owner's year caption and a Gregorian year after an era's.
@Suite struct BlindSetSShortTests {
  // keisan-h30-finance-p12 line 4 (ファイナンス 2018年3月号, one page on one line).
  static let finance =
    "〔 〕 対29年度当初予算比の増減（注記）○経済産業省予算1 概観経済産業省の平成30年度予算 一般会計予算 9,365億円 対前年度比 ▲423億円（説明文）平成29年度予算の特殊要因 400億円（説明文）（説明文）（説明文）2 科学技術関係 科学技術関係予算 6,558億円〔+295億円〕（説明文）"

  // boei-h29-hakusho-keihi line 11 (防衛白書 平成29年版).
  static let whitePaper =
    "平成29(2017)年度の防衛関係費 前年度と比べて389億円増額の4兆8,996億円（説明文）SACO(Special Action Committee on Okinawa)(沖縄に関する特別行動委員会)関係経費、米軍再編関係経費のうち地元負担軽減分及び新たな政府専用機導入に伴う経費 前年度と比べて710億円増額の5兆1,251億円（説明文）"

  static func yen(_ figure: PrintedFigure?) -> Int128? {
    figure.flatMap(ComparisonSentence.exact).map { $0.value / 1_000_000 }
  }

  static func figures(_ reader: GenericReader) -> [[Int128?]] {
    reader.amountLines.map { [yen($0.amount), yen($0.change)] }
  }

  // `対前年度比 ▲423億円` beside 9,365億円 and `〔+295億円〕` under the legend `〔 〕
  // 対29年度当初予算比の増減`: each change is stated in words; 特殊要因 400億円 (no change, no
  // stage) is reported. The caption `経済産業省の平成30年度予算` heads the amounts and titles
  // the document.
  @Test func changesStatedInWordsBesideTheirAmounts() {
    let reader = GenericReader.reading(["ファイナンス 2018年3月号", "", "", Self.finance])
    #expect(
      Self.figures(reader) == [
        [936_500_000_000, -42_300_000_000], [655_800_000_000, 29_500_000_000],
      ])
    #expect(reader.amountLines.map(\.context) == Array(repeating: "概観経済産業省の平成30年度予算", count: 2))
    #expect(reader.amountLines.last?.change?.label == "対29年度当初予算比")
    #expect(reader.titles.map(\.text).contains("概観経済産業省の平成30年度予算"))
    #expect(reader.diagnostics.contains { $0.span.line == 4 })
  }

  // No words (`9,365億円 ▲423億円`), replaced prose between (it may hold anything), or no
  // legend for the brackets: nothing says what the second figure is; reported.
  @Test func changesWithoutTheirWordsAreReported() {
    for variant in [
      Self.finance.replacingOccurrences(of: "対前年度比 ▲", with: "▲"),
      Self.finance.replacingOccurrences(of: "9,365億円 対前年度比", with: "9,365億円（説明文）対前年度比"),
    ] {
      let reader = GenericReader.reading(["ファイナンス 2018年3月号", "", "", variant])
      #expect(!reader.amountLines.contains { Self.yen($0.amount) == 936_500_000_000 })
    }
    let unlegended = Self.finance.replacingOccurrences(of: "〔 〕 対29年度当初予算比の増減", with: "")
    let reader = GenericReader.reading(["ファイナンス 2018年3月号", "", "", unlegended])
    #expect(!reader.amountLines.contains { Self.yen($0.amount) == 655_800_000_000 })
    // A legend naming another stage (`補正後`) proves no change against the prior year's budget.
    let other = Self.finance.replacingOccurrences(of: "当初予算比", with: "補正後予算比")
    #expect(
      !GenericReader.reading(["ファイナンス 2018年3月号", "", "", other]).amountLines.contains {
        Self.yen($0.amount) == 655_800_000_000
      })
  }

  // `前年度と比べて389億円増額の4兆8,996億円`: the amount and its change; the second total's label
  // is words cut off by `、` (what the total includes), reported.
  @Test func aWhitePapersTotalWithItsChangeInWords() {
    let reader = GenericReader.reading(["防衛関係費の概要", Self.whitePaper])
    #expect(Self.figures(reader) == [[4_899_600_000_000, 38_900_000_000]])
    #expect(reader.amountLines.first?.label == "平成29年度の防衛関係費")
    #expect(reader.diagnostics.contains { $0.span.line == 2 })
    // Compared with a year printed in the words: not the prior year's for certain.
    let printed = Self.whitePaper.replacingOccurrences(of: "前年度と比べて389", with: "平成27年度と比べて389")
    #expect(GenericReader.reading(["防衛関係費の概要", printed]).amountLines.isEmpty)
  }

  @Test func aGregorianYearAfterItsEraYear() {
    #expect(ClauseCaption.withoutGregorian("平成29(2017)年度の防衛関係費") == "平成29年度の防衛関係費")
    #expect(ClauseCaption.withoutGregorian("令和5(2023)年度防衛関係費") == "令和5年度防衛関係費")
    // Not the era year's (平成29 is 2017): unchanged.
    #expect(ClauseCaption.withoutGregorian("平成29(2018)年度の防衛関係費") == "平成29(2018)年度の防衛関係費")
  }
}
