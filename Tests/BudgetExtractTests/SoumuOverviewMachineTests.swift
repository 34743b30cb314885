import BudgetModel
import Foundation
import Testing

@testable import BudgetExtract

/// `SoumuOverviewMachine`: each event returns what the layout must do, and a part hands its
/// records over once, when it ends — none is written and then moved or undone. The lines are
/// the sample's (`Inputs/…`, line 41) and its boxed PDF text
/// (`Tests/Fixtures/Layouts/sample-boxed.layout.txt`, lines 1348–1356), where a narrow column
/// wraps a 【主な経費】 name after its figures and the next entry before its figures.
@Suite struct SoumuOverviewMachineTests {
  static let boxed = [
    "(f) 消防用機器等の海外展開     0.6 (0.6)",
    "・ 日本製品の海外展開を推進するため、日本の規格・認証制度の普及及び日本企",
    "業による製品の紹介を東南アジア諸国に対して進めるとともに、消防用機器等の国",
    "際標準化への対応を推進",
    "【主な経費】日本規格に適合した消防用機 0.2 億円",
    "器等の競争力強化",
    "国際消防防災フォーラムを活用した消防防災インフラシステムの海外展開の推進",
    "0.4 億円",
    "消防用機器等の国際動向への対応 0.05 億円",
  ]

  /// Feeds `texts` (numbered from `first`) and returns the records emitted before the end of
  /// the text and at it.
  static func run(_ texts: [String], first: Int) -> (early: [SoumuRecords], last: SoumuRecords?) {
    var machine = SoumuOverviewMachine(lexicon: .standard)
    let segmenter = Segmenter(listMarks: SoumuOverviewLayout().listMarks)
    var early: [SoumuRecords] = []
    for (k, text) in texts.enumerated() {
      let line = Line(number: first + k, scalars: Array(text.unicodeScalars))
      for seg in segmenter.segments(of: line) {
        if case .emit(let records) = machine.segmentReceived(seg) { early.append(records) }
      }
    }
    guard case .emit(let last) = machine.endOfText() else { return (early, nil) }
    return (early, last)
  }

  @Test func wrappedNamesAreSettledBeforeTheyAreEmitted() throws {
    let title = "令和6年度予算(案)における主要事項"
    #expect(SampleLines.text(41) == title)
    let boxedLines = try String(
      contentsOf: LayoutFixtureTests.folder.appendingPathComponent("sample-boxed.layout.txt"),
      encoding: .utf8
    ).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(Array(boxedLines[1347..<1356]) == Self.boxed)
    let (early, last) = Self.run([title] + Self.boxed, first: 1347)
    // The preamble ends at 「…主要事項」 (with its title line); the outline is emitted only at
    // the end, its expenses with their names settled.
    #expect(early.count == 1)
    #expect(early.first?.titles.isEmpty == true)
    let outline = try #require(last)
    #expect(outline.overview.isEmpty)
    #expect(outline.details.map(\.title) == ["消防用機器等の海外展開"])
    #expect(outline.details.first?.prior?.text == "0.6")
    #expect(
      outline.expenses.map(\.name) == [
        "日本規格に適合した消防用機器等の競争力強化",
        "国際消防防災フォーラムを活用した消防防災インフラシステムの海外展開の推進",
        "消防用機器等の国際動向への対応",
      ])
    #expect(outline.expenses.map { $0.amount?.text } == ["0.2億円", "0.4億円", "0.05億円"])
    #expect(
      outline.expenses.map(\.span) == [
        SourceSpan(line: 1352, endLine: 1353), SourceSpan(line: 1354, endLine: 1355),
        SourceSpan(line: 1356, endLine: 1356),
      ])
    #expect(outline.diagnostics.isEmpty)
  }

  /// A name's last line that is the last line of the text is still added to the name.
  @Test func aWaitingLineIsSettledAtTheEnd() throws {
    let (_, last) = Self.run(["令和6年度予算(案)における主要事項"] + Self.boxed.prefix(6), first: 1347)
    let outline = try #require(last)
    #expect(outline.expenses.map(\.name) == ["日本規格に適合した消防用機器等の競争力強化"])
    #expect(outline.expenses.first?.span == SourceSpan(line: 1352, endLine: 1353))
  }
}
