import BudgetModel
import Foundation
import Testing

@testable import BudgetETL

/// Folders staged unsynced, written back by the background thread past its threshold, then
/// synced together and published (issue #24).
@Suite struct StagedFlusherTests {
  @Test func writesBackPastTheThresholdThenTheRunPublishesAfterOneSync() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "flusher-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    var publisher = ExportPublisher(outputDirectory: root)
    let flusher = try #require(StagedFlusher.start(directory: root.path, threshold: 64))
    publisher.flusher = flusher
    let csv = ExportFile(name: "a.csv", bytes: Array("id\r\nc1\r\n".utf8), mediaType: "text/csv")
    let first = try publisher.stage([csv], documentId: "jp-x-2024-proposal", sync: false)
    #expect(flusher.flushCount == 0)  // 8 bytes of 64
    let big = ExportFile(
      name: "b.csv", bytes: Array(repeating: 0x41, count: 100), mediaType: "text/csv")
    let second = try publisher.stage([big], documentId: "jp-y-2024-proposal", sync: false)
    let deadline = Date().addingTimeInterval(10)
    while flusher.flushCount == 0 && Date() < deadline { usleep(1_000) }
    flusher.stop()
    #expect(flusher.flushCount == 1)
    publisher.syncStaged([first, second])
    let x = try publisher.publish(staged: first, documentId: "jp-x-2024-proposal", syncNew: false)
    let y = try publisher.publish(staged: second, documentId: "jp-y-2024-proposal", syncNew: false)
    publisher.syncOutputDirectory()
    #expect(
      try Data(contentsOf: x.appendingPathComponent("a.csv")) == Data("id\r\nc1\r\n".utf8))
    #expect(try Data(contentsOf: y.appendingPathComponent("b.csv")).count == 100)
    let left = try FileManager.default.contentsOfDirectory(atPath: root.path)
    #expect(left.sorted() == ["jp-x-2024-proposal", "jp-y-2024-proposal"])
  }
}
