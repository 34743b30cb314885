import BudgetModel
import Foundation
import Testing

@testable import BudgetExtract

/// The shared blocks know no ministry's words: what is 総務省's — the 【主な経費】 mark that
/// cuts a line, a budget label cut before its amount, the markers `(再掲)` / `(後掲)` — comes
/// from `SoumuOverviewLayout` and `SoumuFigures`. Each row is a line of the sample.
@Suite struct SoumuLayoutBlocksTests {
  static let soumu = SoumuOverviewLayout()

  /// Sample line 908: an item's text with its 【主な経費】 on the same line is cut before the
  /// mark by the layout's segmenter; a segmenter without list marks leaves the line whole.
  @Test func listMarksCutOnlyWithTheLayout() {
    let text = " - ③ 福島県内外の消防本部等の消防応援に係る訓練の実施に要する経費を支援【主な経費】 原子力災害避難指示区域消防活動費交付金 1.5 億円"
    #expect(SampleLines.text(908) == text)
    let line = Line(number: 908, scalars: Array(text.unicodeScalars))
    let cut = Segmenter(listMarks: Self.soumu.listMarks).segments(of: line)
    #expect(
      cut.map { $0.line.trimmedText(0..<$0.s.count) } == [
        "③ 福島県内外の消防本部等の消防応援に係る訓練の実施に要する経費を支援",
        "【主な経費】 原子力災害避難指示区域消防活動費交付金 1.5 億円",
      ])
    #expect(!Segmenter(listMarks: Self.soumu.listMarks).isPlain(line))
    #expect(Segmenter(listMarks: []).isPlain(line))
    #expect(Segmenter(listMarks: []).segments(of: line).count == 1)
  }

  /// Sample line 250 as a narrow PDF column cuts it: the budget label's amount on the next
  /// line is joined by the layout's rule, not by the shared ones.
  @Test(arguments: [
    ("【主な経費】自治体フロントヤード改革支援事業：令和5年度補正予算\n10.2 億円", 1),
    ("【主な経費】自治体フロントヤード改革支援事業：令和5年度補正\n予算 10.2 億円", 1),
    ("【主な経費】自治体フロントヤード改革支援事業：令和\n5年度補正予算 10.2 億円", 1),
  ])
  func budgetLabelsJoinOnlyWithTheLayout(_ input: String, _ lines: Int) {
    let physical = PhysicalLines(input, lexicon: .standard).lines
    let shared = LogicalLines(lexicon: .standard).joining(physical)
    let soumu = LogicalLines(lexicon: .standard, layout: Self.soumu).joining(physical)
    #expect(shared.count == 2)
    #expect(soumu.count == lines)
    #expect(soumu.first?.span == SourceSpan(line: 1, endLine: 2))
  }

  /// Sample line 645: the markers and the budget label are read by the layout's grammar.
  @Test func markersAreTheLayoutsWords() throws {
    let text = "- 【主な経費】 行政相談制度推進費 7.0億円の内数（後掲） [令和5年度補正予算 0.1億円]"
    #expect(SampleLines.text(645) == text)
    let seg = try #require(SampleLines.segments(645, text).first)
    let start = SoumuOverviewLayout.mainExpenseMark.count + 1
    let found = try #require(
      try SoumuFigures(lexicon: .standard).trailingExpenseFigures(seg.line, from: start))
    #expect(found.amount?.isShownLater == true)
    #expect(found.amount?.isPartOf == true)
    #expect(found.supplementary?.label == "令和5年度補正予算")
    #expect(SoumuFigures.expenseWordScalars.map { String($0) }.joined() == "再後掲")
    // The figure scan's switch holds exactly the words' scalars.
    let words = Set(SoumuFigures.figureWordScalars)
    let expenseWords = Set(SoumuFigures.expenseWordScalars)
    let mismatches = (UInt32(0x3000)...0x9FFF).compactMap(Unicode.Scalar.init).filter { ch in
      SoumuFigures.mayBeInFigures(ch, expense: false) != words.contains(ch)
        || SoumuFigures.mayBeInFigures(ch, expense: true)
          != (words.contains(ch) || expenseWords.contains(ch))
    }
    #expect(mismatches.isEmpty)
  }
}

extension SoumuLayoutBlocksTests {
  static func fixtureLine(_ name: String, _ number: Int) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/RealWorld/" + name)
    let lines = try String(contentsOf: url, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    return String(lines[number - 1])
  }

  /// A section's unit line: the sample's `（億円）` keeps its words; the unit statements of the
  /// shared block (soumu-h27 line 35, soumu-h23 line 33 with its caption and column word) give
  /// their unit; a line with figures after the statement states none.
  @Test(arguments: [
    ("sample", 15, "（億円）", "億円"),
    ("soumu-h27-point-seifuan.txt", 35, "(単位:億円)", "億円"),
    ("soumu-h23-gaisan-gaiyo.txt", 33, "○組織別予算額 (単位:億円) 組 織", "億円"),
  ])
  func sectionUnitLines(_ source: String, _ number: Int, _ text: String, _ unit: String) throws {
    let printed =
      source == "sample" ? SampleLines.text(number) : try Self.fixtureLine(source, number)
    #expect(printed == text)
    let section = SoumuSection(
      title: "第1 一般会計", previousTable: nil, figures: SoumuFigures(lexicon: .standard))
    let line = Line(number: number, scalars: Array(text.unicodeScalars))
    let seg = try #require(Segment.clean(line))
    #expect(section.unitStatement(seg) == unit)
    let withFigure = Line(number: 1, scalars: Array("(単位:億円) 一般会計 3,471".unicodeScalars))
    #expect(section.unitStatement(try #require(Segment.clean(withFigure))) == nil)
  }
}
