import BudgetModel
import BudgetTestSupport

/// The CSV, Data Package and HTML tests' document: chapter I of the sample through the real
/// stages (`SampleFixtures.chapterOne`). It has a `—` sub-item (2.(2), no amount), a
/// bracketed one (2.(3) 〔3.1 億円〕), expenses with a supplementary figure `part_of` another
/// (2.(1).(a)) or stated only as a supplementary figure (後掲), ▲ changes and FILP figures.
/// What the sample does not print (a title with a comma and quotes, formula-like names, a
/// zero) a test puts on one of its real records itself.
enum Fixtures {
  static let document = SampleFixtures.chapterOne

  /// The title with a comma and double quotes (RFC 4180 quoting).
  static let quotedTitle = "統計人材の確保, \"育成\""
  /// Names a spreadsheet would evaluate.
  static let formulaNames = ["=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-x"]

  /// The document with one item title replaced.
  static func document(itemTitle title: String, at index: Int) -> BudgetDocument {
    var document = document
    document.items[index].title = title
    return document
  }

  /// The index of the item or expense with `id`.
  static func item(_ id: String, in document: BudgetDocument = document) -> Int {
    document.items.firstIndex { $0.id == id } ?? -1
  }
}
