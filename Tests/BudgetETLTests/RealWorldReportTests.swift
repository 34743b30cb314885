import BudgetModel
import Foundation
import Testing

@testable import BudgetETL

/// A per-fixture table of the real-world fixtures (key figures, right, wrong, missing, the
/// identity, figures under another row's label), written to the file `REALWORLD_REPORT` names. Without it the test only checks
/// that the table can be made for the first fixture: the assertions live in
/// `RealWorldFixtureTests`; this is the tool a session compares a run with (`make realworld`).
@Suite struct RealWorldReportTests {
  /// One fixture's row: `name expect facts right wrong missing identity labels detail`.
  static func row(_ name: String) throws -> String {
    let folder = RealWorldFixtureTests.folder
    let key = try RealWorldKey(folder.appendingPathComponent("\(name).key.tsv"))
    let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("\(name).txt")))
    let pipeline = try RealWorldFixtureTests.pipeline(key)
    let expect = key.expectsExport ? "export" : "refuse"
    let document: BudgetDocument
    do {
      document = try pipeline.transform(bytes: bytes, sourceName: "\(name).txt")
    } catch {
      let message = String(describing: error).split(separator: "\n").first.map(String.init) ?? ""
      let missing = key.expectsExport ? key.facts.count : 0
      return [name, expect, "\(key.facts.count)", "0", "0", "\(missing)", "refused", "0", message]
        .joined(separator: "\t")
    }
    guard key.expectsExport else {
      return [name, expect, "0", "0", "\(document.observations.count)", "0", "exported", "0", ""]
        .joined(separator: "\t")
    }
    let (wrong, missing, labels) = key.compare(document)
    let identity =
      document.info.organization.code == key.organization
        && document.info.fiscalYear == key.fiscalYear && document.info.phase.code == key.phase
      ? "ok"
      : "WRONG \(document.info.organization.code) \(document.info.fiscalYear) "
        + document.info.phase.code
    let right = key.facts.count - missing.count
    let detail =
      wrong.map { "wrong \($0.line):\($0.kind):\($0.fiscalYear):\($0.value)" }
      + missing.map { "missing \($0.line):\($0.kind):\($0.fiscalYear):\($0.value)" }
      + labels.map { "label \($0)" }
    return [
      name, expect, "\(key.facts.count)", "\(right)", "\(wrong.count)", "\(missing.count)",
      identity, "\(labels.count)", detail.joined(separator: " "),
    ].joined(separator: "\t")
  }

  @Test func report() throws {
    let names = RealWorldFixtureTests.names
    guard let path = ProcessInfo.processInfo.environment["REALWORLD_REPORT"] else {
      let first = try #require(names.first)
      #expect(try Self.row(first).hasPrefix("\(first)\t"))
      return
    }
    let rows = try names.map(Self.row)
    let text =
      "name\texpect\tfacts\tright\twrong\tmissing\tidentity\tlabels\tdetail\n"
      + rows.joined(separator: "\n") + "\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }
}
