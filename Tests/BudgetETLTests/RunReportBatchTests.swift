import BudgetLoad
import Foundation
import Testing

@testable import BudgetETL

/// `run-report.json` published in the catalog's batch (issue #24): renamed last with the
/// catalog and the pages when they all succeed, never published by the batch when they fail
/// (the run then writes it on its own, with the error).
@Suite struct RunReportBatchTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "run-report-batch-\(UUID().uuidString)")

  func names(_ url: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
  }

  @Test func theReportIsPublishedWithTheCatalog() throws {
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let report = root.appendingPathComponent("run-report.json")
    let published = try BatchRunner.writeCatalog(
      root, baseIRI: CSVExporter.defaultBaseIRI, archive: .keep, threads: 1,
      alongside: { (Array("{\"documents\":[]}\n".utf8), report) })
    #expect(published)
    #expect(names(root) == ["catalog.jsonld", "index.html", "run-report.json"])
    #expect(try String(contentsOf: report, encoding: .utf8) == "{\"documents\":[]}\n")
  }

  @Test func aFailedCatalogLeavesTheReportToTheCaller() throws {
    let folder = root.appendingPathComponent("doc-1")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("not json".utf8).write(to: folder.appendingPathComponent(ManifestWriter.fileName))
    let report = root.appendingPathComponent("run-report.json")
    #expect(throws: BudgetETLError.self) {
      try BatchRunner.writeCatalog(
        root, baseIRI: CSVExporter.defaultBaseIRI, archive: .keep, threads: 1,
        alongside: { (Array("{}\n".utf8), report) })
    }
    #expect(names(root) == ["doc-1"])
  }
}
