import BudgetModel
import Testing

@testable import BudgetExtract

/// The outline headings (`OutlineHeading`) and the line cleaning (`Segment`), one table per
/// rule, each row a real line of the sample.
@Suite struct OutlineGrammarTests {
  /// Chapter `I `, item `1.`, sub-item `(1)`, sub-sub-item `(a)`; bullets, section headings,
  /// headline labels and dates start no heading.
  @Test(arguments: [
    (43, "I 活力ある多様な地域社会の実現に向けた 地方行財政基盤の確立、地域DX・地域活性化の推進", "chapter I 活力ある多"),
    (87, "III 防災・減災、国土強靱化の推進による安全・安心な暮らしの実現", "chapter III 防災・減災"),
    (197, "1. 地方の一般財源総額の確保等 199,270.1億円", "item 1 地方の一般"),
    (
      1214, "17. 国際連携の深化・経済安全保障の推進**73.5 億円****(1) 「広島AIプロセス」をはじめとするAIに関する国際的な議論をリード 2.6 (24.1)**",
      "item 17 国際連携の"
    ),
    (199, "(1) 地方の一般財源総額の確保 197,990.5(185,780.0)", "subItem 1 地方の一般"),
    (231, "(a) マイナンバーカードの利便性・機能向上、円滑に取得できる環境整備、自治体フロントヤード改革 454.3(507.1)", "subSubItem a マイナンバ"),
    (201, "・ 地方交付税等 197,990.5(185,780.0)", "none"),
    (9, "第1 一般会計", "none"),
    (11, "令和6年度予算額（案）\t18兆2,107億円", "none"),
    (5, "令和5年12月", "none"),
  ])
  func headings(_ line: Int, _ text: String, _ expected: String) {
    #expect(SampleLines.text(line) == text)
    let s = Line(number: line, scalars: Array(text.unicodeScalars)).normalized
    guard let heading = OutlineHeading.parse(s) else {
      #expect(expected == "none")
      return
    }
    let title = String(encoding: s[heading.titleStart..<Swift.min(s.count, heading.titleStart + 5)])
    #expect("\(heading.level) \(heading.number) \(title)" == expected)
  }

  /// A chapter's Roman numeral read on the scalars (`markerLength`, which makes no string)
  /// gives what `RomanNumeral.value` gives for its text: the sample's chapters I–V, and nil
  /// where the subtractions leave nothing.
  @Test(
    arguments: [
      ("I", 1), ("III", 3), ("IV", 4), ("V", 5), ("XII", 12), ("IIIIIIIIIIIX", nil), ("", nil),
    ] as [(String, Int?)])
  func romanNumerals(_ text: String, _ value: Int?) {
    #expect(RomanNumeral.value(text) == value)
    #expect(OutlineHeading.romanValue(Array(text.unicodeScalars)[...]) == value)
    let line = Array((text + " 地域").unicodeScalars)
    #expect((OutlineHeading.markerLength(line, at: 0) != nil) == (value != nil && !text.isEmpty))
  }

  /// Cleaning: bullets stripped (and remembered), bold markers and table pipes dropped,
  /// separator rows dropped, a line holding two headings or a 【主な経費】 after text split.
  @Test(arguments: [
    (201, "・ 地方交付税等 197,990.5(185,780.0)", ["• 地方交付税等 197,990.5(185,780.0)"]),
    (353, "(a) 地域おこし協力隊の強化 **2.5 (2.1)**", ["(a) 地域おこし協力隊の強化 2.5 (2.1)"]),
    (162, "| (1) 生成AIを含めたAIガイドラインの整備・普及 | 0.5 億円 |", ["(1) 生成AIを含めたAIガイドラインの整備・普及   0.5 億円"]),
    (119, "-------------------\t--------", []),
    (161, "|--|----------|", []),
    (
      1214, "17. 国際連携の深化・経済安全保障の推進**73.5 億円****(1) 「広島AIプロセス」をはじめとするAIに関する国際的な議論をリード 2.6 (24.1)**",
      ["17. 国際連携の深化・経済安全保障の推進73.5 億円", "(1) 「広島AIプロセス」をはじめとするAIに関する国際的な議論をリード 2.6 (24.1)"]
    ),
    (
      908, " - ③ 福島県内外の消防本部等の消防応援に係る訓練の実施に要する経費を支援【主な経費】 原子力災害避難指示区域消防活動費交付金 1.5 億円",
      ["• ③ 福島県内外の消防本部等の消防応援に係る訓練の実施に要する経費を支援", "【主な経費】 原子力災害避難指示区域消防活動費交付金 1.5 億円"]
    ),
    (
      645, "- 【主な経費】 行政相談制度推進費 7.0億円の内数（後掲） [令和5年度補正予算 0.1億円]",
      ["• 【主な経費】 行政相談制度推進費 7.0億円の内数（後掲） [令和5年度補正予算 0.1億円]"]
    ),
  ])
  func segments(_ line: Int, _ text: String, _ expected: [String]) {
    #expect(SampleLines.text(line) == text)
    let pieces = SampleLines.segments(line, text).map {
      ($0.isBullet ? "• " : "") + $0.line.text(0..<$0.s.count)
    }
    #expect(pieces == expected)
  }
}
