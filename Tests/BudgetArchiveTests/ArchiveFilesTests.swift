import BudgetModel
import Foundation
import Testing

@testable import BudgetArchive

/// What the archive reports for the top-level catalog (issue 22): every file of `all/` and
/// `budget.sqlite`, with the size and SHA-256 the files have on disk; and the items the
/// series pages read back.
@Suite struct ArchiveFilesTests {
  @Test func publishedFilesAreDescribedAsTheyAreOnDisk() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    let summary = try Archive.build(root: exports.root)
    let fm = FileManager.default
    let onDisk =
      ["budget.sqlite"]
      + (try fm.contentsOfDirectory(atPath: exports.root.appendingPathComponent("all").path))
      .map { "all/" + $0 }
    #expect(summary.files.map(\.path) == onDisk.sorted())
    for file in summary.files {
      let data = try Data(contentsOf: exports.root.appendingPathComponent(file.path))
      #expect(file.bytes == Int64(data.count), "\(file.path)")
      #expect(file.sha256 == SHA256.hex(Array(data)), "\(file.path)")
    }
    #expect(summary.files.last?.mediaType == "application/vnd.sqlite3")
    #expect(
      summary.files.first { $0.path == "all/csv-metadata.json" }?.mediaType
        == "application/csvm+json")
    #expect(summary.databaseBytes == summary.files.last?.bytes)
  }

  @Test func itemsAreReadBackInEachDocumentsOrder() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    try Archive.build(root: exports.root)
    let items = try Archive.items(root: exports.root)
    #expect(
      items.filter { $0.level == "item" }.map { "\($0.documentID) \($0.id) \($0.amountJPY ?? -1)" }
        == [
          "jp-soumu-2024-proposal c1-1 9007199254740000", "jp-soumu-2024-proposal c1-2 5",
          "jp-soumu-2024-request c1-1 9007199254740993", "jp-soumu-2024-request c1-2 100",
        ])
    #expect(try Archive.items(root: exports.root.appendingPathComponent("none")).isEmpty)
  }

  /// A file's digest read in 1 MiB chunks equals the digest of its bytes at once, for a size
  /// that ends inside a chunk (2 MiB + 3 bytes), an empty file and a missing one.
  @Test func fileDigestReadInChunksEqualsTheWholeBytes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = (0..<((2 << 20) + 3)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
    let big = folder.appendingPathComponent("big.bin")
    try Data(bytes).write(to: big)
    let digest = try StreamDigest.file(big)
    #expect(digest.count == 2_097_155)
    #expect(digest.hex == BudgetModel.SHA256.hex(bytes))
    let empty = folder.appendingPathComponent("empty.bin")
    try Data().write(to: empty)
    #expect(
      try StreamDigest.file(empty).hex
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(throws: ArchiveError.self) {
      try StreamDigest.file(folder.appendingPathComponent("missing.bin"))
    }
  }
}
