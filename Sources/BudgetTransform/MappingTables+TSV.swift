/// The tab-separated files of `Mappings/`, read as bytes: no regular expressions, no
/// Foundation string search (a one-document run pays their set-up at start).
extension MappingTables {
  /// The data rows of a TSV file with their 1-based line numbers: the header line, empty
  /// lines and `#` comments skipped, a line's final `\r` dropped, cells decoded as UTF-8.
  /// - Throws: `BudgetTransformError.mapping` naming `file` and the line when a row has
  ///   fewer than `columns` cells.
  static func rows(_ bytes: [UInt8], file: String, columns: Int) throws -> [(Int, [String])] {
    var result: [(Int, [String])] = []
    var number = 0
    for raw in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
      if number == 1 || line.isEmpty || line.first == UInt8(ascii: "#") { continue }
      let cells = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
      guard cells.count >= columns else {
        throw BudgetTransformError.mapping(
          file: file, line: number,
          message: "expected \(columns) tab-separated columns, found \(cells.count)")
      }
      result.append((number, cells))
    }
    return result
  }

  /// Whether `text` is an identifier of ASCII lower-case letters and digits: an organization
  /// code (`[a-z][a-z0-9-]*`) or, `hyphenated`, a phase code (`[a-z0-9]+(-[a-z0-9]+)*`).
  static func isCode(_ text: String, hyphenated: Bool) -> Bool {
    func isLetterOrDigit(_ b: UInt8) -> Bool {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    }
    let bytes = Array(text.utf8)
    let hyphen = UInt8(ascii: "-")
    if hyphenated {
      let parts = bytes.split(separator: hyphen, omittingEmptySubsequences: false)
      return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isLetterOrDigit) }
    }
    guard let first = bytes.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else {
      return false
    }
    return bytes.allSatisfy { isLetterOrDigit($0) || $0 == hyphen }
  }

  /// `text` without leading and trailing white space and line breaks (`VERSION`'s content).
  static func trimmed(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }
}
