import BudgetModel

/// The validation report written straight into one byte buffer, without a `JSONText` tree
/// or `String` interpolation (the report was 10% of a `--formats csv` run's instructions,
/// most of it building and freeing the tree): byte for byte what ``ValidationReportWriter/json(for:)``
/// pretty-prints and ``ValidationReportWriter/write(_:to:)`` writes.
extension ValidationReportWriter {
  /// `validation-report.json`: keys sorted, absent values left out, two-space indentation.
  static func jsonBytes(for document: BudgetDocument) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256 + 320 * document.findings.count)
    let warnings = document.findings.filter { $0.severity == .warning }.count
    ByteText.append("{\n  \"documentId\": ", to: &out)
    JSONText.writeString(document.info.id, into: &out)
    ByteText.append(",\n  \"findings\": ", to: &out)
    if document.findings.isEmpty {
      ByteText.append("[]", to: &out)
    } else {
      ByteText.append("[\n", to: &out)
      for (index, finding) in document.findings.enumerated() {
        append(finding, to: &out)
        ByteText.append(index == document.findings.count - 1 ? "\n" : ",\n", to: &out)
      }
      ByteText.append("  ]", to: &out)
    }
    ByteText.append(",\n  \"infos\": ", to: &out)
    ByteText.appendInteger(Int64(document.findings.count - warnings), to: &out)
    ByteText.append(",\n  \"sourceFile\": ", to: &out)
    JSONText.writeString(document.info.sourceFile, into: &out)
    ByteText.append(",\n  \"warnings\": ", to: &out)
    ByteText.appendInteger(Int64(warnings), to: &out)
    ByteText.append("\n}\n", to: &out)
    return out
  }

  /// One finding at indentation 4, its members at 6, without the separator after it.
  private static func append(_ finding: Finding, to out: inout [UInt8]) {
    ByteText.append("    {\n", to: &out)
    var first = true
    func key(_ name: StaticString) {
      ByteText.append(first ? "      \"" : ",\n      \"", to: &out)
      first = false
      ByteText.append(name, to: &out)
      ByteText.append("\": ", to: &out)
    }
    if let actual = finding.actualJPY {
      key("actualJPY")
      ByteText.appendInteger(actual, to: &out)
    }
    key("code")
    JSONText.writeString(finding.code.rawValue, into: &out)
    if let expected = finding.expectedJPY {
      key("expectedJPY")
      ByteText.appendInteger(expected, to: &out)
    }
    key("lines")
    if finding.lines.isEmpty {
      ByteText.append("[]", to: &out)
    } else {
      ByteText.append("[\n", to: &out)
      for (index, line) in finding.lines.enumerated() {
        ByteText.append("        ", to: &out)
        ByteText.appendInteger(Int64(line), to: &out)
        ByteText.append(index == finding.lines.count - 1 ? "\n" : ",\n", to: &out)
      }
      ByteText.append("      ]", to: &out)
    }
    key("message")
    JSONText.writeString(finding.message, into: &out)
    key("severity")
    JSONText.writeString(finding.severity.rawValue, into: &out)
    if let subject = finding.subjectId {
      key("subjectId")
      JSONText.writeString(subject, into: &out)
    }
    ByteText.append("\n    }", to: &out)
  }

  /// `validation-report.txt`: a header, then one line per finding, warnings first.
  static func textBytes(for document: BudgetDocument) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256 + 200 * document.findings.count)
    var warnings = 0
    var infos = 0
    for finding in document.findings {
      switch finding.severity {
      case .warning: warnings += 1
      case .info: infos += 1
      }
    }
    ByteText.append("Validation report for ", to: &out)
    ByteText.append(document.info.id, to: &out)
    ByteText.append(" (", to: &out)
    ByteText.append(document.info.sourceFile, to: &out)
    ByteText.append(")\n", to: &out)
    ByteText.appendInteger(Int64(warnings), to: &out)
    ByteText.append(" warning(s), ", to: &out)
    ByteText.appendInteger(Int64(infos), to: &out)
    ByteText.append(" rounding note(s)\n", to: &out)
    for severity in [Finding.Severity.warning, .info] {
      for finding in document.findings where finding.severity == severity {
        ByteText.append(document.info.sourceFile, to: &out)
        ByteText.append(":", to: &out)
        for (index, line) in finding.lines.enumerated() {
          if index > 0 { out.append(0x2C) }
          ByteText.appendInteger(Int64(line), to: &out)
        }
        ByteText.append(": ", to: &out)
        ByteText.append(finding.severity.rawValue, to: &out)
        ByteText.append(": [", to: &out)
        ByteText.append(finding.code.rawValue, to: &out)
        ByteText.append("] ", to: &out)
        ByteText.append(finding.message, to: &out)
        out.append(0x0A)
      }
    }
    return out
  }
}
