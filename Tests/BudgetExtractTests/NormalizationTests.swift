import BudgetModel
import Testing

@testable import BudgetExtract

/// The normalization layer, one table per step: input hygiene, page furniture, logical lines,
/// table cells, kanji numerals. Line numbers always stay those of the input.
@Suite struct NormalizationTests {
  static func texts(_ lines: [Line]) -> [String] { lines.map { String(encoding: $0.original) } }

  @Test(arguments: [
    ("\u{C}第1 一般会計", "第1 一般会計"),
    ("名前\u{8}\u{B}\u{1B}の経費", "名前の経費"),
    ("A\u{7F}\u{85}B\u{FFFE}", "AB"),
    ("推\u{2F24}綱", "推大綱"),  // Kangxi radical 大 (U+2F24) → 大
    ("\u{2F00}般", "一般"),
    ("tab\there", "tab\there"),
  ])
  func hygieneDropsControlsAndMapsRadicals(_ input: String, _ expected: String) {
    let lines = PhysicalLines(input, lexicon: .standard).lines
    #expect(Self.texts(lines) == [expected])
    #expect(lines[0].normalized.count == lines[0].original.count)
    // Past the first line, lines are decoded on a faster path that hands these to the same
    // rules: the same text, and the same folding (a tab and a no-break space to spaces).
    let later = PhysicalLines("表題\n" + input + "\u{A0}", lexicon: .standard).lines
    #expect(Self.texts(later) == ["表題", expected + "\u{A0}"])
    #expect(later[1].normalized == (expected + " ").unicodeScalars.map(Line.fold))
  }

  @Test func formFeedAtTheStartOfALineStartsAPage() {
    let lines = PhysicalLines("a\n\u{C}b\nc\u{C}d", lexicon: .standard).lines
    #expect(lines.map(\.startsPage) == [false, true, false])
    #expect(lines.map(\.number) == [1, 2, 3])
  }

  @Test(arguments: [
    // A converter's spacing is removed when the document is spaced so throughout.
    ("令和 6 年度予算額（案） 18 兆 2,107 億円\n令和 5 年度", "令和6年度予算額（案） 18兆2,107億円"),
    ("第 1 一般会計\n令和 6 年度\n令和 5 年", "第1 一般会計"),
    // Two spaces separate columns and stay.
    ("令和 6 年度  573 億円\n令和 5 年", "令和6年度  573億円"),
    // keisan-h30-yosan-an-gaiyo lines 48 and 62: the number before another number is a
    // table's first cell, and its label keeps the space before it.
    ("一般会計(エネ特繰り入れ除く) 3,455 3,420\n平成 30 年度", "一般会計(エネ特繰り入れ除く) 3,455 3,420"),
    ("原子力損害賠償支援勘定 61 69\n平成 30 年度", "原子力損害賠償支援勘定 61 69"),
    // A number a unit follows is still joined (soumu-r2-gaisan-gaiyo line 36).
    ("令和 2 年度 要 求 額 17 兆 1,928 億円\n令和元年", "令和2年度 要 求 額17兆1,928億円"),
    // A document printed tight keeps a space typed on purpose.
    ("ひまわり 10 号\n令和6年度", "ひまわり 10 号"),
  ])
  func spacesBetweenJapaneseAndDigits(_ input: String, _ firstLine: String) {
    #expect(Self.texts(PhysicalLines(input, lexicon: .standard).lines).first == firstLine)
  }

  @Test(arguments: [
    ("a\n- 12 -\nb", ["a", "b"]),
    ("a\n12/40\nb", ["a", "b"]),
    ("a\n\u{C}b", ["a", "b"]),
    // A running head on three pages goes; the same words in the body stay.
    (
      "表題\n本文1\n- 1 -\n\u{C}概要\n本文2\n概要\n本文2b\n- 2 -\n\u{C}概要\n本文3\n\u{C}概要\n本文4",
      ["表題", "本文1", "本文2", "概要", "本文2b", "本文3", "本文4"]
    ),
    // A bare number is a page number only at a page's edge.
    ("本文\n3\n\u{C}次\n4\n本文", ["本文", "次", "4", "本文"]),
  ])
  func pageFurnitureIsRemoved(_ input: String, _ expected: [String]) {
    let kept = PageFurniture.removing(from: PhysicalLines(input, lexicon: .standard).lines)
    #expect(Self.texts(kept).filter { !$0.isEmpty } == expected)
  }

  @Test func pageFurnitureKeepsLineNumbers() {
    let kept = PageFurniture.removing(
      from: PhysicalLines("a\n- 1 -\n\u{C}b", lexicon: .standard).lines)
    #expect(kept.map(\.number) == [1, 3])
  }

  @Test(arguments: [
    ("[令和\n5年度補正予算 20.1 億円]", ["[令和5年度補正予算 20.1 億円]"]),
    ("経費 1.1 億円（後\n掲）", ["経費 1.1 億円（後掲）"]),
    ("経費 0.3 億\n円", ["経費 0.3 億円"]),
    ("経費 0.7\n 億円", ["経費 0.7億円"]),
    ("事業：令和5年度補正予算\n10.2 億円", ["事業：令和5年度補正予算10.2 億円"]),
    ("研究開発：令和5年度補正\n予算 19.4 億円", ["研究開発：令和5年度補正予算 19.4 億円"]),
    ("(a) 推進 0.1\n(0.1)", ["(a) 推進 0.1 (0.1)"]),
    // A heading after an open bracket is not joined.
    ("[未完\n(1) 見出し", ["[未完", "(1) 見出し"]),
    // A table row with a column gap is not joined on its parenthesis.
    ("区分  比較増減額 (A-\nB) C", ["区分  比較増減額 (A-", "B) C"]),
  ])
  func logicalLinesJoinWhatWasCut(_ input: String, _ expected: [String]) {
    let joined = LogicalLines(lexicon: .standard, layout: SoumuOverviewLayout()).joining(
      PhysicalLines(input, lexicon: .standard).lines)
    #expect(Self.texts(joined) == expected)
    if expected.count == 1 {
      #expect(joined[0].span == SourceSpan(line: 1, endLine: 2))
    }
  }

  @Test(arguments: [
    ("一般歳出\t4,244\t4,633\t▲ 390", ["一般歳出", "4,244", "4,633", "▲ 390"]),
    ("一般歳出      4,244     4,633     ▲ 390", ["一般歳出", "4,244", "4,633", "▲ 390"]),
    ("一般歳出\u{3000}4,244\u{3000}4,633", ["一般歳出", "4,244", "4,633"]),
    ("総務省所管計上額 (地方交付税)  570", ["総務省所管計上額 (地方交付税)", "570"]),
  ])
  func tableCells(_ input: String, _ expected: [String]) {
    let line = Line(number: 1, scalars: Array(input.unicodeScalars))
    #expect(TableCells.split(line).map { String(encoding: $0) } == expected)
  }

  @Test(arguments: [("二", 2), ("十", 10), ("十一", 11), ("二十三", 23), ("九十九", 99)])
  func kanjiNumerals(_ text: String, _ value: Int) {
    #expect(KanjiNumeral.parse(Array(text.unicodeScalars), at: 0)?.value == value)
    #expect(KanjiNumeral.leadingNumber("第" + text, skipping: 1) == value)
  }

  @Test(arguments: [
    ("十一. 郵便局", "11"), ("十一．郵便局", "11"), ("１２．行政", "12"), ("（３）統計", "3"), ("Ⅳ　土台", "IV"),
  ])
  func outlineMarkersInOtherScripts(_ text: String, _ number: String) {
    let line = Line(number: 1, scalars: Array(text.unicodeScalars))
    #expect(OutlineHeading.parse(line.normalized)?.number == number)
  }

  @Test func kanjiInTextIsNoMarker() {
    #expect(OutlineHeading.parse(Array("一般歳出 4,244".unicodeScalars)) == nil)
  }
}

/// The layout is chosen by its `detect` score.
@Suite struct DocumentLayoutTests {
  @Test func theSampleIsReadAsTheSoumuOverview() {
    let lines = PhysicalLines(
      String(decoding: SampleDocument.bytes, as: UTF8.self), lexicon: .standard
    ).lines
    let layout = DocumentLayouts.best(for: lines)
    #expect(layout.name == "soumu-overview")
    #expect(layout.detect(lines) > 100)
    #expect(
      SoumuOverviewLayout().detect(PhysicalLines("hello\nworld", lexicon: .standard).lines) == 0)
  }
}

/// Units and eras are the mapping tables' words, not the parser's.
@Suite struct LexiconTests {
  static let text = """
    大正15年度 概要
    第1 一般会計
    大正15年度予算額	5万両
    大正14年度予算額	4万両
    """

  @Test func aUnitAndAnEraFromTheTablesAreRead() {
    let lexicon = Lexicon(units: Lexicon.standard.unitTexts + ["万両"], eras: ["大正", "令和"])
    let doc = Extractor(lexicon: lexicon).extract(text: Self.text, sourceName: "t.txt")
    // No 総務省 overview marks: the generic layout reads the two amounts with their units.
    #expect(doc.amountLines.map(\.label) == ["大正15年度予算額", "大正14年度予算額"])
    #expect(doc.amountLines.first?.amount.text == "5万両")
  }

  @Test func withoutThemTheFiguresAreNotTakenForAmounts() {
    let doc = Extractor().extract(text: Self.text, sourceName: "t.txt")
    #expect(!doc.headlines.contains { $0.figure.text == "5万両" })
    #expect(!doc.amountLines.contains { $0.amount.text == "5万両" })
  }

  @Test func unitsAreTriedLongestFirst() {
    #expect(Lexicon(units: ["兆", "兆円", "円"], eras: []).unitTexts == ["兆円", "兆", "円"])
  }
}
