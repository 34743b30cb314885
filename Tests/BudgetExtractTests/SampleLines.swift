import BudgetModel

@testable import BudgetExtract

/// The sample's lines by number, for the grammar tables: every row names a real line of
/// `Inputs/soumu-r6-yosan-an-gaiyo.txt` and the tests check the row's text is that line.
enum SampleLines {
  static let all: [String] = String(decoding: SampleDocument.bytes, as: UTF8.self)
    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

  static func text(_ number: Int) -> String? {
    number >= 1 && number <= all.count ? all[number - 1] : nil
  }

  /// The line as the extractor sees it once cleaned (bold markers, pipes, bullets).
  static func segments(_ number: Int, _ text: String) -> [Segment] {
    Segmenter(listMarks: SoumuOverviewLayout().listMarks).segments(
      of: Line(number: number, scalars: Array(text.unicodeScalars)))
  }

  /// A figure as text with its marks: `[…]` bracketed, `の内数`, `(後掲)`, `(再掲)`, and the
  /// budget label before it.
  static func describe(_ figure: PrintedFigure?) -> String? {
    guard let figure else { return nil }
    var text = figure.text
    if figure.isBracketed { text = "[" + text + "]" }
    if figure.isPartOf { text += "の内数" }
    if figure.isShownLater { text += "(後掲)" }
    if figure.isReposted { text += "(再掲)" }
    if let label = figure.label { text = label + " " + text }
    return text
  }
}
