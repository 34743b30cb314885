import Foundation
import Testing

@testable import BudgetETL

/// The run-level files (catalog, series pages, catalog page) written, synced once and renamed
/// together (issue #24): nothing reaches its final name before the commit, everything does
/// after it, and a failed rename names its file and leaves no temporary behind.
@Suite struct AtomicBatchTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "atomic-batch-\(UUID().uuidString)")

  func names(_ url: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
  }

  @Test func nothingIsPublishedBeforeTheCommitAndEverythingAfter() throws {
    let series = root.appendingPathComponent("series")
    try FileManager.default.createDirectory(at: series, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("old".utf8).write(to: root.appendingPathComponent("index.html"))
    let batch = AtomicBatch()
    try batch.stage(Array("{\"a\":1}".utf8), to: root.appendingPathComponent("catalog.jsonld"))
    try batch.stage(Array("<p>soumu".utf8), to: series.appendingPathComponent("soumu.html"))
    try batch.stage(Array("new".utf8), to: root.appendingPathComponent("index.html"))
    let pid = getpid()
    #expect(
      names(root) == [
        ".tmp-catalog.jsonld-\(pid)", ".tmp-index.html-\(pid)", "index.html", "series",
      ])
    #expect(
      try String(contentsOf: root.appendingPathComponent("index.html"), encoding: .utf8) == "old")
    try batch.commit(syncRoot: root)
    #expect(names(root) == ["catalog.jsonld", "index.html", "series"])
    #expect(names(series) == ["soumu.html"])
    #expect(
      try String(contentsOf: root.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    #expect(
      try String(contentsOf: root.appendingPathComponent("catalog.jsonld"), encoding: .utf8)
        == "{\"a\":1}")
    try batch.commit(syncRoot: root)  // nothing left to commit
    #expect(names(root) == ["catalog.jsonld", "index.html", "series"])
  }

  @Test func aFailedRenameNamesItsFileAndLeavesNoTemporary() throws {
    // A non-empty folder where the page should go: rename(2) refuses to replace it.
    let blocked = root.appendingPathComponent("index.html")
    try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: blocked.appendingPathComponent("x"))
    defer { try? FileManager.default.removeItem(at: root) }
    let batch = AtomicBatch()
    try batch.stage(Array("{}".utf8), to: root.appendingPathComponent("catalog.jsonld"))
    try batch.stage(Array("page".utf8), to: blocked)
    #expect {
      try batch.commit(syncRoot: root)
    } throws: { error in
      guard case BudgetETLError.writeFailed(let path, _) = error else { return false }
      return path == blocked.path
    }
    #expect(names(root) == ["catalog.jsonld", "index.html"])
  }

  @Test func discardRemovesWhatWasStaged() throws {
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let batch = AtomicBatch()
    try batch.stage(Array("{}".utf8), to: root.appendingPathComponent("catalog.jsonld"))
    batch.discard()
    #expect(names(root).isEmpty)
  }
}
