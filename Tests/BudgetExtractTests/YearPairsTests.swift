import BudgetModel
import Testing

@testable import BudgetExtract

/// Years printed one per line over amounts printed one per line, the rate under the second
/// (monka-r5-bunka-seifuan-p12 lines 47-76; issue #20): read only when the rate proves which
/// amount is the earlier year's.
@Suite struct YearPairsTests {
  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  static let yearsFirst = [
    "文化芸術のグローバル展開、DXの推進、活動基盤の強化", "4年度", "", "5年度", "",
    "○文化芸術による創造性豊かな子供の育成", "", "73 億円", "", "84 億円",
  ]

  @Test func yearsOverNameAndAmounts() throws {
    let reader = GenericReader.reading(Self.yearsFirst + ["(+14.5%)"])
    let pair = try #require(reader.amountLines.last)
    #expect(reader.amountLines.count == 1)
    #expect(pair.label.hasSuffix("文化芸術による創造性豊かな子供の育成"))
    #expect(parts(pair.amount) == ["84億円"] && parts(pair.prior) == ["73億円"])
    #expect(pair.priorLine == 8 && pair.span.line == 10 && pair.span.endLine == 11)
    #expect(pair.context == "5年度")
    #expect(pair.changeRatePercent == DecimalNumber(ascii: "14.5"))
    #expect(!reader.diagnostics.contains { [8, 10, 11].contains($0.span.line) })
  }

  @Test func eachYearOverItsAmount() throws {
    let reader = GenericReader.reading([
      "文化財の匠プロジェクト等の推進", "4年度", "", "○適切な修理周期による文化財の継承の推", "", "245 億円", "",
      "5年度", "", "250 億円", "", "(+2.0%)",
    ])
    let pair = try #require(reader.amountLines.last)
    #expect(reader.amountLines.count == 1)
    #expect(parts(pair.amount) == ["250億円"] && parts(pair.prior) == ["245億円"])
    #expect(pair.context == "5年度")
  }

  // A rate that the amounts do not give (84 / 73 is +15.1%, not −13.1%), years that do not
  // follow, or another line in the block: nothing is paired.
  @Test(arguments: [
    yearsFirst + ["(▲13.1%)"],
    ["4年度", "6年度", "○文化芸術", "73 億円", "84 億円", "(+14.5%)"],
    ["4年度", "5年度", "○文化芸術", "73 億円", "(説明文)", "84 億円", "(+14.5%)"],
  ])
  func notProvenIsNotPaired(_ texts: [String]) {
    let reader = GenericReader.reading(texts)
    #expect(!reader.amountLines.contains { $0.prior != nil })
    #expect(reader.diagnostics.contains { $0.span.line == texts.count })
  }
}
