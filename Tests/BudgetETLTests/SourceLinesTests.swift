import BudgetModel
import Foundation
import Testing

/// `SourceLines.split` numbers lines as source spans count them (line n is element n - 1).
@Suite struct SourceLinesTests {
  @Test(arguments: [
    ("", [""]),
    ("\n", [""]),
    ("a", ["a"]),
    ("a\n", ["a"]),
    ("a\n\n", ["a", ""]),
    ("a\r\nb\r\n", ["a", "b"]),
    ("\u{FEFF}総務省\n令和6年度", ["総務省", "令和6年度"]),
    ("x\n\u{FEFF}y", ["x", "\u{FEFF}y"]),
    ("\r", [""]),
    ("1.地方交付税交付金 　166,543億円\n", ["1.地方交付税交付金 　166,543億円"]),
  ])
  func splits(_ text: String, _ lines: [String]) {
    #expect(SourceLines.split(text) == lines)
  }

  /// The sample has LF endings, no CR and no final newline: its lines are the LF-separated pieces.
  @Test func theSampleSplitsAtEveryLineFeed() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Inputs/soumu-r6-yosan-an-gaiyo.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(SourceLines.split(text) == pieces)
    #expect(pieces.count > 1000)
  }
}
