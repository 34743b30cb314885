import BudgetModel
import Foundation
import Testing

@testable import BudgetLoad

/// Golden files: the fixture's CSV and metadata files, compared byte for byte with
/// `Snapshots/csv-<name>`. Re-record with `RECORD_SNAPSHOTS=1 swift test`.
@Suite struct CSVSnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  @Test func fixtureExportMatchesGoldenFiles() throws {
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    for file in try CSVExporter().files(for: Fixtures.document) {
      let url = Self.folder.appendingPathComponent("csv-" + file.name)
      if record {
        try Data(file.bytes).write(to: url)
        continue
      }
      let golden = try #require(
        try? Data(contentsOf: url), "missing \(url.lastPathComponent); record with RECORD_SNAPSHOTS=1")
      #expect(Array(golden) == file.bytes, "\(file.name) differs from its golden file")
    }
  }
}
