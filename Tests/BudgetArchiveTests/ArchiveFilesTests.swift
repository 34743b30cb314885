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
}
