import BudgetModel
import BudgetTestSupport
import Testing

/// One row of a reconciliation check's table: the sample as printed or with a few of its
/// lines edited (or cut short), and every finding the check must report on it.
struct CheckRow: Sendable, CustomTestStringConvertible {
  /// What a finding is compared by.
  struct Expected: Sendable, Equatable, CustomStringConvertible {
    var code: Finding.Code
    var subject: String?
    var expectedJPY: Int64?
    var actualJPY: Int64?
    /// The finding's first line.
    var line: Int?

    init(
      _ code: Finding.Code, _ subject: String?, expected: Int64? = nil, actual: Int64? = nil,
      line: Int?
    ) {
      (self.code, self.subject, self.expectedJPY, self.actualJPY) = (
        code, subject, expected, actual
      )
      self.line = line
    }

    init(_ finding: Finding) {
      self.init(
        finding.code, finding.subjectId, expected: finding.expectedJPY,
        actual: finding.actualJPY, line: finding.lines.first)
    }

    var description: String {
      "\(code.rawValue) \(subject ?? "-") \(expectedJPY.map(String.init) ?? "-")/\(actualJPY.map(String.init) ?? "-") @\(line.map(String.init) ?? "-")"
    }
  }

  var name: String
  /// Line number → the text that replaces it.
  var edits: [Int: String] = [:]
  /// Keep only the lines up to this one (a document cut short).
  var cutAfter: Int?
  var findings: [Expected]

  var testDescription: String { name }

  /// The findings with one of `codes` that the transformed document reports, in order.
  func actual(_ codes: [Finding.Code]) throws -> [Expected] {
    var lines = SampleFixtures.lines
    for (line, text) in edits { lines[line - 1] = text }
    if let cutAfter { lines = Array(lines[0..<cutAfter]) }
    let document = try SampleFixtures.transform(lines)
    return document.findings.filter { codes.contains($0.code) }.map(Expected.init)
  }
}
