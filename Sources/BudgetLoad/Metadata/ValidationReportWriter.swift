import BudgetModel

/// Writes the reconciliation findings as `validation-report.json` (machine-readable) and
/// `validation-report.txt` (a readable summary), each finding with all its source lines.
public enum ValidationReportWriter {
  public static let jsonFileName = "validation-report.json"
  public static let textFileName = "validation-report.txt"

  /// Both files, written straight as bytes (``jsonBytes(for:)``, ``textBytes(for:)``): the
  /// same bytes as ``json(for:)`` and ``write(_:to:)``, which the tests keep as the reference.
  public static func files(for document: BudgetDocument) throws -> [ExportFile] {
    [
      ExportFile(
        name: jsonFileName, bytes: jsonBytes(for: document), mediaType: "application/json"),
      ExportFile(
        name: textFileName, bytes: textBytes(for: document),
        mediaType: "text/plain; charset=utf-8"),
    ]
  }

  /// The report: document id, findings (keys sorted, absent values left out), counts.
  static func json(for document: BudgetDocument) -> JSONText {
    let warnings = document.findings.filter { $0.severity == .warning }.count
    return .object([
      ("documentId", .string(document.info.id)),
      ("findings", .array(document.findings.map(json))),
      ("infos", .int(Int64(document.findings.count - warnings))),
      ("sourceFile", .string(document.info.sourceFile)),
      ("warnings", .int(Int64(warnings))),
    ])
  }

  static func json(_ finding: Finding) -> JSONText {
    .members(
      ("actualJPY", finding.actualJPY.map(JSONText.int)),
      ("code", .string(finding.code.rawValue)),
      ("expectedJPY", finding.expectedJPY.map(JSONText.int)),
      ("lines", .array(finding.lines.map { .int(Int64($0)) })),
      ("message", .string(finding.message)),
      ("severity", .string(finding.severity.rawValue)),
      ("subjectId", finding.subjectId.map(JSONText.string))
    )
  }

  /// The readable summary: one line per finding, `file:line: severity: message`.
  public static func write(_ document: BudgetDocument, to out: inout some TextOutputStream) {
    let warnings = document.findings.filter { $0.severity == .warning }
    let infos = document.findings.filter { $0.severity == .info }
    out.write("Validation report for \(document.info.id) (\(document.info.sourceFile))\n")
    out.write("\(warnings.count) warning(s), \(infos.count) rounding note(s)\n")
    for finding in warnings + infos {
      let lines = finding.lines.map(String.init).joined(separator: ",")
      out.write(
        "\(document.info.sourceFile):\(lines): \(finding.severity.rawValue): [\(finding.code.rawValue)] \(finding.message)\n"
      )
    }
  }
}
