import BudgetModel
import Foundation

/// Encodes records as JSON lines (one compact JSON object per line, keys sorted), the format
/// the `extract` and `transform` commands print so each stage can be inspected alone.
public enum JSONLines {
  /// One line per record; each object carries a `type` naming the record kind.
  public static func encode<T: Encodable>(type: String, _ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(Tagged(type: type, record: value))
    return String(decoding: data, as: UTF8.self)
  }

  struct Tagged<T: Encodable>: Encodable {
    var type: String
    var record: T
  }

  /// The extract stage's records, in document order of kinds.
  public static func lines(for document: ExtractedDocument) throws -> [String] {
    var out: [String] = []
    struct Header: Encodable {
      var sourceName: String, sourceSHA256: String, encoding: String, lineCount: Int
      var titles: [TextRecord], publication: TextRecord?
    }
    out.append(
      try encode(
        type: "document",
        Header(
          sourceName: document.sourceName, sourceSHA256: document.sourceSHA256,
          encoding: document.encoding,
          lineCount: document.lineCount, titles: document.titles, publication: document.publication)
      ))
    for r in document.headlines { out.append(try encode(type: "headline", r)) }
    for r in document.summaryTables { out.append(try encode(type: "summary_table", r)) }
    // The generic layout's totals and item lines in running text, and the captions that
    // name a budget: records of their own, so that `extract` shows every figure it read.
    for r in document.amountLines { out.append(try encode(type: "amount_line", r)) }
    for r in document.budgetCaptions ?? [] { out.append(try encode(type: "budget_caption", r)) }
    for r in document.overview { out.append(try encode(type: "overview", r)) }
    for r in document.details { out.append(try encode(type: "detail", r)) }
    for r in document.expenses { out.append(try encode(type: "expense", r)) }
    for r in document.filp { out.append(try encode(type: "filp", r)) }
    for r in document.diagnostics { out.append(try encode(type: "diagnostic", r)) }
    return out
  }
}

extension JSONLines {
  /// The transform stage's records: the document, then items, expenses, summary, FILP,
  /// findings.
  public static func lines(for document: BudgetDocument) throws -> [String] {
    var out = [try encode(type: "document", document.info)]
    for r in document.items { out.append(try encode(type: "item", r)) }
    for r in document.expenses { out.append(try encode(type: "expense", r)) }
    for r in document.summary { out.append(try encode(type: "summary", r)) }
    for r in document.filp { out.append(try encode(type: "filp", r)) }
    for r in document.findings { out.append(try encode(type: "finding", r)) }
    return out
  }
}
