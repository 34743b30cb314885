import BudgetModel
import Foundation

/// Writes the reconciliation findings as `validation-report.json` (machine-readable) and
/// `validation-report.txt` (a readable summary), each finding with all its source lines.
public enum ValidationReportWriter {
  public static let jsonFileName = "validation-report.json"

  struct Report: Encodable {
    var documentId: String
    var sourceFile: String
    var warnings: Int
    var infos: Int
    var findings: [Finding]
  }

  public static func files(for document: BudgetDocument) throws -> [ExportFile] {
    let warnings = document.findings.filter { $0.severity == .warning }.count
    let report = Report(
      documentId: document.info.id, sourceFile: document.info.sourceFile, warnings: warnings,
      infos: document.findings.count - warnings, findings: document.findings)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let json = try encoder.encode(report)
    var text = ""
    write(document, to: &text)
    return [
      ExportFile(name: jsonFileName, bytes: Array(json) + [0x0A], mediaType: "application/json"),
      ExportFile(name: "validation-report.txt", text: text, mediaType: "text/plain; charset=utf-8"),
    ]
  }

  /// The readable summary: one line per finding, `file:line: severity: message`.
  public static func write(_ document: BudgetDocument, to out: inout some TextOutputStream) {
    let warnings = document.findings.filter { $0.severity == .warning }
    let infos = document.findings.filter { $0.severity == .info }
    out.write("Validation report for \(document.info.id) (\(document.info.sourceFile))\n")
    out.write("\(warnings.count) warning(s), \(infos.count) rounding note(s)\n")
    for finding in warnings + infos {
      let lines = finding.lines.map(String.init).joined(separator: ",")
      out.write("\(document.info.sourceFile):\(lines): \(finding.severity.rawValue): [\(finding.code.rawValue)] \(finding.message)\n")
    }
  }
}
