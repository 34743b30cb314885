import BudgetModel
import Testing

@testable import BudgetExtract

/// A heading with the unit statement in `〔〕` after it on the same line, the legend in words
/// (`カッコ内は`), and bulleted items below, one of them with its figures on the next line
/// (naikaku-r4-jinjiin-gaisan-yokyu, 令和4年度人事院予算概算要求・要望の概要, lines 26-43;
/// issue #20).
@Suite struct HeadedLegendStatementTests {
  static let excerpt = [
    "1 主な概算要求・要望項目   〔単位:百万円、カッコ内は令和3年度予算額〕",
    "",
    " ○公務への人材確保策の検討・充実等",
    "",
    "  ・国家公務員志望者増に向けた人材発掘施策の新規展開      68(新規)",
    "     （説明文）",
    "  ・国家公務員採用試験における新型コロナウイルス感染防止措置  ",
    "                                100(166)",
    "      （説明文）",
    " ○新たな働き方の追求",
    "  ・妊娠、出産、育児等と仕事の両立に係る啓発            9(1)",
  ]

  @Test func theItemsUnderTheHeadedStatementAreRead() {
    let reader = GenericReader.reading(Self.excerpt)
    #expect(
      LegendItemsTests.amounts(reader) == [
        "国家公務員志望者増に向けた人材発掘施策の新規展開 68 (- -) 百万円",
        "国家公務員採用試験における新型コロナウイルス感染防止措置 100 (166 令和3年度予算額) 百万円",
        "妊娠、出産、育児等と仕事の両立に係る啓発 9 (1 令和3年度予算額) 百万円",
      ])
    // The figures are placed on their own line (the name is on the line above).
    #expect(reader.amountLines.map(\.span.line) == [5, 8, 11])
  }

  // The figures must be right below the name: a line between leaves the name a heading.
  @Test func figuresAwayFromTheNameAreNotTaken() {
    var lines = Self.excerpt
    lines.insert("", at: 7)
    let reader = GenericReader.reading(lines)
    #expect(!reader.amountLines.contains { $0.label.hasPrefix("国家公務員採用試験") })
  }

  // The statement's parts: `〔 〕` (folded to `[ ]`) or `( )`, the legend's wordings, and a
  // heading printing a figure (not a number mark) is no such heading.
  @Test func theHeadedStatementIsReadInEachForm() {
    let units = ["百万円", "千円", "億円"]
    for text in [
      "1 主な概算要求・要望項目 [単位:百万円、カッコ内は令和3年度予算額]",
      "(1) 主な項目 (単位:千円、括弧内は前年度予算額)",
      "主な項目 [単位:億円、()内は令和3年度当初予算]",
    ] {
      #expect(LegendItems.headedStatement(Array(text.unicodeScalars), units: units) != nil)
    }
    for text in [
      "主な項目 100件 [単位:百万円、カッコ内は令和3年度予算額]",
      "主な項目 [単位:百万円、カッコ内は令和3年度補正後予算額]",
      "主な項目 [単位:百万円]",
    ] {
      #expect(LegendItems.headedStatement(Array(text.unicodeScalars), units: units) == nil)
    }
  }
}
