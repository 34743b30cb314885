import BudgetModel
import Foundation

/// The bounds that keep one document's memory bounded by design. Every stage after extract
/// holds the whole document, and the writers' output is about a hundred times the input
/// (every figure as CSV, JSON-LD and XML, with its findings), so memory is bounded by
/// bounding the records of a document, not only its bytes (`--max-input-mb`). A real budget
/// overview has a few hundred records (the sample: 346 headings and expense lines, 504
/// figures); the limits are ten times that and more. Beyond them a document fails with a
/// message naming the input and the line where the limit was passed; peak memory stays
/// under 200 MB (`make bench` measures it).
public enum DocumentLimits {
  /// Lines of one input, checked on the bytes before anything is decoded: the extract
  /// stage's records take memory in proportion to the lines it reads.
  public static let maxLines = 100_000
  /// Headings, expense lines, summary rows and headlines, FILP lines together.
  public static let maxRecords = 5_000
  /// Lines the extractor could not place (each becomes a finding in every format).
  public static let maxDiagnostics = 10_000
  /// UTF-8 bytes of the records' text (titles, names, labels): every writer repeats it.
  public static let maxRecordText = 2 * 1024 * 1024

  /// Before extraction: the number of lines (LF bytes; for UTF-16 a slight overcount).
  public static func check(bytes: [UInt8], source: String) throws {
    var lines = 0
    // `memchr` from newline to newline rather than a loop over every byte.
    let over: Int? = bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return nil }
      var start = 0
      while start < buffer.count, let hit = memchr(base + start, 0x0A, buffer.count - start) {
        let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        lines += 1
        if lines > maxLines { return offset }
        start = offset + 1
      }
      return nil
    }
    if let offset = over {
      throw BudgetETLError.tooManyRecords(
        source: source, what: "lines", count: bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) },
        limit: maxLines,
        line: lines, offset: offset)
    }
  }

  /// After extraction: records and lines that could not be placed.
  public static func check(_ extracted: ExtractedDocument) throws {
    let lines =
      extracted.overview.map(\.span.line) + extracted.details.map(\.span.line)
      + extracted.expenses.map(\.span.line) + extracted.headlines.map(\.span.line)
      + extracted.summaryTables.flatMap { $0.rows.map(\.span.line) }
      + extracted.filp.map(\.span.line)
    if lines.count > maxRecords {
      throw BudgetETLError.tooManyRecords(
        source: extracted.sourceName, what: "headings, expense lines and table rows",
        count: lines.count,
        limit: maxRecords, line: lines.sorted()[maxRecords], offset: nil)
    }
    let e = extracted
    var text: [(line: Int, bytes: Int)] = e.titles.map { ($0.span.line, $0.text.utf8.count) }
    text +=
      e.headlines.map { ($0.span.line, $0.label.utf8.count) }
      + e.overview.map { ($0.span.line, $0.title.utf8.count) }
    text +=
      e.details.map { ($0.span.line, $0.title.utf8.count) }
      + e.expenses.map { ($0.span.line, $0.name.utf8.count) }
    text +=
      e.filp.map { ($0.span.line, $0.program.utf8.count) }
      + e.diagnostics.map { ($0.span.line, $0.text.utf8.count) }
    text += e.summaryTables.flatMap { $0.rows.map { ($0.span.line, $0.label.utf8.count) } }
    let total = text.reduce(0) { $0 + $1.bytes }
    if total > maxRecordText {
      var sum = 0
      let crossing = text.sorted { $0.line < $1.line }.first {
        sum += $0.bytes
        return sum > maxRecordText
      }
      throw BudgetETLError.tooManyRecords(
        source: e.sourceName, what: "bytes of titles and names", count: total, limit: maxRecordText,
        line: crossing?.line ?? 1, offset: nil)
    }
    if extracted.diagnostics.count > maxDiagnostics {
      throw BudgetETLError.tooManyRecords(
        source: extracted.sourceName, what: "lines that could not be understood",
        count: extracted.diagnostics.count,
        limit: maxDiagnostics,
        line: extracted.diagnostics.map(\.span.line).sorted()[maxDiagnostics], offset: nil)
    }
  }
}
