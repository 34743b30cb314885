import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

@testable import BudgetLoad

/// Golden files: the fixture's CSV and metadata files, compared byte for byte with
/// `Snapshots/csv-<name>`. Re-record with `RECORD_SNAPSHOTS=1 swift test`.
@Suite struct CSVSnapshotTests {
  @Test func fixtureExportMatchesGoldenFiles() throws {
    for file in try CSVExporter().files(for: Fixtures.document) {
      try Snapshot.assertMatches(
        file.bytes, named: "csv-" + file.name, in: Snapshot.folder(besides: #filePath))
    }
  }
}
