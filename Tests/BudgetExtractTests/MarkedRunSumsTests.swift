import BudgetModel
import Testing

@testable import BudgetExtract

/// Marked entries on a page flattened to one line, read only where an amount pair printed
/// before them is their total in both amounts (monka-h29-bunka-gaisan line 1; issue #20).
@Suite struct MarkedRunSumsTests {
  static let page =
    "29年度要求・要望額 (前年度予算額) 1.豊かな文化芸術の創造・活用と人材育成 (1)文化芸術資源の創造・活用による地方創生と 経済活性化の推進 ① 文化芸術創造活用プラットフォーム形成事業 235.0億円( 202.1億円) 76.2 億円 ( 58.3 45.5 億円 ( 27.9 億円) 億円) （説明文） ◆先進的文化芸術創造拠点形成事業 15億円(新規) 10地域程度(5年間支援、3年目に中間評価) ◆文化芸術創造拠点形成事業 30.5億円(27.9億円) 150事業程度 30.5 億円 ( ② 劇場・音楽堂等活性化事業 30.3 億円) （説明文） ・特別支援事業(トップレベルの施設が行う事業に対する総合的な支援)(15施設程度)"

  func reading(_ text: String, legend: String = "") -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    let lines = ["平成29年度 文化庁概算要求の概要", text, legend].enumerated().map {
      Line(number: $0 + 1, scalars: Array($1.unicodeScalars))
    }
    for line in lines { reader.read(line) }
    reader.finish()
    reader.readMarkedRunsBySums(lines)
    return reader
  }

  func number(_ figure: PrintedFigure?) -> String {
    guard let amount = figure?.amount else { return figure?.isNewMarker == true ? "新規" : "-" }
    return "\(amount.parts[0].number)\(amount.parts[0].unit ?? "")"
  }

  // 15 + 30.5 = 45.5 and 新規 + 27.9 = 27.9: the pair `45.5 億円 ( 27.9 億円)` is their total.
  @Test func theRunsTotalProvesItsEntries() throws {
    let reader = reading(Self.page)
    let read = reader.amountLines.filter { $0.span.line == 2 }
    #expect(read.map(\.label) == ["先進的文化芸術創造拠点形成事業", "文化芸術創造拠点形成事業"])
    #expect(read.map { number($0.amount) } == ["15億円", "30.5億円"])
    #expect(read.map { number($0.prior) } == ["新規", "27.9億円"])
  }

  // No pair they add up to (45.5 printed 46.5), or one entry alone: nothing is read.
  @Test(arguments: [
    page.replacingOccurrences(of: "45.5 億円 (", with: "46.5 億円 ("),
    page.replacingOccurrences(of: "27.9 億円) 億円)", with: "29.7 億円) 億円)"),
    page.replacingOccurrences(of: "◆先進的文化芸術創造拠点形成事業 15億円(新規)", with: "先進的文化芸術創造拠点形成事業 15億円(新規)"),
  ])
  func entriesNoPairAddsUpToAreNotRead(_ text: String) {
    let reader = reading(text)
    #expect(!reader.amountLines.contains { $0.span.line == 2 })
  }

  // Under a legend that says parentheses hold another figure, the entries are not read.
  @Test func aLegendOfOtherParenthesesReadsNothing() {
    let reader = reading(Self.page, legend: "( )内は平成28年度補正後予算額")
    #expect(!reader.amountLines.contains { $0.span.line == 2 })
  }
}
