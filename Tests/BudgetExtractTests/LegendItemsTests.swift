import BudgetModel
import Testing

@testable import BudgetExtract

/// Numbered items with bare amounts under a unit statement that names what its parentheses
/// hold (`LegendItems`, `GenericReader+LegendItems`), on the 重点事項 list of
/// kokkai-h29-ndl-gaisan (平成29年度 国立国会図書館予算概算要求; issue #20).
@Suite struct LegendItemsTests {
  static let flattened =
    "[ 重点事項 ] (単位:百万円、()は28年度予算) 1. デジタルコンテンツの拡充 237 ( 110) （説明文） 2. 関西館第2期第1段階施設整備 2,898 ( 160) （説明文） 1 [ 主な要求内容 ] 下線の項目が重点事項"

  static func amounts(_ reader: GenericReader) -> [String] {
    reader.amountLines.map {
      "\($0.label) \($0.amount.amount?.parts.first?.number.description ?? "-")"
        + " (\($0.prior?.amount?.parts.first?.number.description ?? "-") \($0.prior?.label ?? "-"))"
        + " \($0.amount.amount?.parts.first?.unit ?? "-")"
    }
  }

  // The page flattened onto one line: the list after the heading, its page number reported,
  // the heading after it read as a line of its own.
  @Test func theFlattenedListIsRead() {
    let reader = GenericReader.reading([Self.flattened])
    #expect(
      Self.amounts(reader) == [
        "デジタルコンテンツの拡充 237 (110 28年度予算) 百万円",
        "関西館第2期第1段階施設整備 2898 (160 28年度予算) 百万円",
      ])
    #expect(reader.diagnostics.contains { $0.message.contains("page number") })
  }

  // The same list one item per line, the statement on a line of its own.
  @Test func theListOnLinesIsRead() {
    let reader = GenericReader.reading([
      "(単位:百万円、()は28年度予算)", "1. デジタルコンテンツの拡充 237 ( 110)", "（説明文）",
      "2. 関西館第2期第1段階施設整備 2,898 ( 160)",
    ])
    #expect(Self.amounts(reader).count == 2)
    #expect(reader.amountLines.map(\.span.line) == [2, 4])
    // Marked with bullets, one item per line (no bullet item on a flattened line).
    let bulleted = GenericReader.reading([
      "(単位:百万円、()は28年度予算)", "・デジタルコンテンツの拡充 237 ( 110)", "・関西館第2期第1段階施設整備 2,898 ( 160)",
    ])
    #expect(bulleted.amountLines.compactMap(\.prior).count == 2)
    let flat = GenericReader.reading([
      "(単位:百万円、()は28年度予算) ・デジタルコンテンツの拡充 237 ( 110) ・関西館第2期第1段階施設整備 2,898 ( 160)"
    ])
    #expect(flat.amountLines.isEmpty)
    // Numbered `(1)` `(2)` or `①` `②` as well as `1.` `2.`.
    for marks in [("(1)", "(2)"), ("①", "②")] {
      let numbered = GenericReader.reading([
        "(単位:百万円、()は28年度予算) \(marks.0) デジタルコンテンツの拡充 237 ( 110) （説明文） \(marks.1) 関西館第2期第1段階施設整備 2,898 ( 160)"
      ])
      #expect(numbered.amountLines.count == 2)
    }
  }

  // The legend on a line of its own under the statement; the items one per line, or (the
  // bare items of national-h12-chikyu-kankyo-gaisan, lines 13-30) each name on the line
  // before its figures: the parentheses are the legend's. Without the legend they are
  // reported, as before.
  @Test func aLegendLineUnderTheStatement() {
    let items = [
      "(単位:百万円)", "( )内は前年度予算額", "1. デジタルコンテンツの拡充 237 ( 110)",
      "2. 関西館第2期第1段階施設整備 2,898 ( 160)",
    ]
    #expect(
      Self.amounts(GenericReader.reading(items)) == [
        "デジタルコンテンツの拡充 237 (110 前年度予算額) 百万円",
        "関西館第2期第1段階施設整備 2898 (160 前年度予算額) 百万円",
      ])
    let bare = [
      "(単位は百万円)", "2. 観測・監視、調査研究", "  ・地球環境研究総合推進費(環境庁)", "2,750( 2,650)",
      "  ・地球変動予測に関する研究開発の推進(科学技術庁)", "68,574(55,680)",
    ]
    #expect(GenericReader.reading(bare).amountLines.allSatisfy { $0.prior == nil })
    let legend = [bare[0], "※( )内は前年度予算額"] + bare.dropFirst()
    #expect(
      GenericReader.reading(legend).amountLines.map { $0.prior?.label } == [
        "前年度予算額", "前年度予算額",
      ])
  }

  // The legend printed after a plain unit statement, on its line: flattened, or alone.
  @Test func aLegendAfterThePlainStatement() {
    for statement in ["(単位:百万円) ( )内は28年度予算", "(単位:百万円) ※()は28年度予算", "(単位:百万円)(( )内は28年度予算)"] {
      let flat = GenericReader.reading([
        "[ 重点事項 ] \(statement) 1. デジタルコンテンツの拡充 237 ( 110) （説明文） 2. 関西館第2期第1段階施設整備 2,898 ( 160) （説明文）"
      ])
      #expect(flat.amountLines.compactMap(\.prior?.label) == ["28年度予算", "28年度予算"])
      let lines = GenericReader.reading([statement, "1. デジタルコンテンツの拡充 237 ( 110)"])
      #expect(lines.amountLines.compactMap(\.prior?.label) == ["28年度予算"])
    }
    #expect(LegendItems.legendAfter(Array(" ( )内は対前年度比".unicodeScalars), from: 0) == nil)
  }

  // A legend naming the amounts too (monka-h29-bunka-gaisan's `29年度要求・要望額 (前年度予算額)`)
  // is the items' context: their measure is what it names, checked by the transform.
  @Test func aLegendNamingTheAmounts() {
    let reader = GenericReader.reading([
      "(単位:百万円)", "29年度要求・要望額 (前年度予算額)", "1. デジタルコンテンツの拡充 237 ( 110)",
    ])
    #expect(reader.amountLines.map(\.context) == ["29年度要求・要望額 (前年度予算額)"])
    #expect(reader.amountLines.map(\.prior?.label) == ["前年度予算額"])
    #expect(LegendItems.headedLegend("29年度要求・要望額 (前年度比)") == nil)
  }

  // A name may hold words in parentheses (national-h12-chikyu-kankyo-gaisan's names, here
  // with their figures on the name's line), not a figure; a new item prints `新規` for its
  // prior figure and is read without one.
  @Test func namesInParenthesesAndNewItems() {
    let reader = GenericReader.reading([
      "(単位:百万円、()は前年度予算額)", "・地球環境研究総合推進費(環境庁) 2,750( 2,650)",
      "・G8環境大臣会合開催経費(環境庁) 68( 新規)",
    ])
    #expect(
      Self.amounts(reader) == [
        "地球環境研究総合推進費(環境庁) 2750 (2650 前年度予算額) 百万円",
        "G8環境大臣会合開催経費(環境庁) 68 (- -) 百万円",
      ])
    let leaders = GenericReader.reading([
      "(単位:百万円、()は28年度予算)", "1. デジタルコンテンツの拡充・・・・237 ( 110)",
      "2. 関西館第2期第1段階施設整備:2,898 ( 160)",
    ])
    #expect(
      leaders.amountLines.map(\.label) == ["デジタルコンテンツの拡充", "関西館第2期第1段階施設整備"])
    #expect(LegendItems.hasFigureInParentheses("デジタル(110)"))
    #expect(!LegendItems.hasFigureInParentheses("関西館(第2期)"))
  }

  // A legend naming anything but one year's budget (a ratio, a part) reads nothing; nor do
  // items out of order or a figure in the description.
  @Test func otherLegendsAndShapesAreNotRead() {
    for lines in [
      ["(単位:百万円、()は対前年度比)", "1. デジタルコンテンツの拡充 237 ( 110)"],
      ["(単位:百万円、()内はうち特別枠)", "1. デジタルコンテンツの拡充 237 ( 110)"],
      ["(単位:百万円、()は28年度予算) 2. デジタルコンテンツの拡充 237 ( 110)"],
      ["(単位:百万円、()は28年度予算) 1. デジタルコンテンツの拡充 237 ( 110) 約6,000点"],
    ] {
      #expect(GenericReader.reading(lines).amountLines.isEmpty)
    }
  }

  @Test func legendsOfOneYearsBudget() {
    for legend in ["28年度予算", "前年度予算額", "平成28年度当初予算", "令和元年度予算の額"] {
      #expect(LegendItems.isPriorBudget(legend))
    }
    for legend in ["対前年度比", "28年度補正予算", "前年度予算額を含む", "うち特別枠"] {
      #expect(!LegendItems.isPriorBudget(legend))
    }
  }
}
