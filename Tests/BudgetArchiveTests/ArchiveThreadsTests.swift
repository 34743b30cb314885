import Foundation
import Testing

@testable import BudgetArchive

/// The archive built by two threads (the documents read back and parsed on one, the rows
/// inserted on the other) is the archive built by one: the same bytes, the same failures.
@Suite struct ArchiveThreadsTests {
  static let files = [
    Archive.databaseName, Archive.metadataName, "all/items.csv", "all/summary.csv",
    "all/documents.csv", "all/datapackage.json", "all/csv-metadata.json",
  ]

  /// Six documents (more than the reading thread runs ahead), in two ministries and years.
  func writeDocuments(_ exports: SyntheticExports) throws {
    try exports.writeRequestAndDraft()
    for (i, ministry) in ["env", "env", "soumu", "env"].enumerated() {
      try exports.write(
        id: "jp-\(ministry)-\(2020 + i)-proposal", ministry: ministry, year: 2020 + i,
        csv: [
          "items.csv": [
            "id,parent_id,level,code,title,amount_jpy,counts_toward_total",
            "c1,,chapter,I,環境の保全,,",
            "c1-1,c1,item,1,\"脱炭素, 地域\",\(1_234_567_000 * (i + 1)),true",
          ],
          "summary.csv": [
            "id,kind,label,amount_jpy,prior_amount_jpy", "s1-total,headline,一般会計,7,6",
          ],
        ])
    }
  }

  func contents(_ root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in Self.files {
      result[name] = try Data(contentsOf: root.appendingPathComponent(name))
    }
    return result
  }

  @Test func twoThreadsGiveTheBytesOfOne() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try writeDocuments(exports)
    let one = try Archive.build(root: exports.root, threads: 1)
    let first = try contents(exports.root)
    let two = try Archive.build(root: exports.root, threads: 2)
    #expect(try contents(exports.root) == first)
    #expect(one.rows == two.rows)
    #expect(two.documents == 6)
    #expect(two.files.map(\.sha256) == one.files.map(\.sha256))
    let db = try SQLiteDatabase(
      path: exports.root.appendingPathComponent(Archive.databaseName).path, readOnly: true)
    #expect(
      try db.rows(
        "SELECT amount_jpy FROM items WHERE document_id = 'jp-env-2023-proposal' AND id = 'c1-1'")
        == [["4938268000"]])
  }

  /// A failure on the reading thread (a CSV file that is not the Shift_JIS its manifest says)
  /// and one on the inserting thread (a key twice in one file) fail the build as with one
  /// thread, naming the file, and leave nothing behind.
  @Test(arguments: [1, 2]) func failuresOnEitherThreadFailTheBuild(threads: Int) throws {
    for broken in ["jp-env-2021-proposal", "jp-soumu-2022-proposal"] {
      let exports = try SyntheticExports()
      defer { exports.remove() }
      try writeDocuments(exports)
      let folder = exports.root.appendingPathComponent(broken)
      if broken.hasPrefix("jp-env") {
        let manifest = folder.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "charset=utf-8", with: "charset=shift_jis").utf8)
          .write(to: manifest)
        try Data(
          Array("id,parent_id,level,code,title,amount_jpy\r\nc1,,chapter,I,".utf8) + [0xFF, 0xFE]
        )
        .write(to: folder.appendingPathComponent("items.csv"))
      } else {
        try Data("id,kind,label,amount_jpy\r\ns1,a,b,1\r\ns1,a,b,2\r\n".utf8).write(
          to: folder.appendingPathComponent("summary.csv"))
      }
      do {
        try Archive.build(root: exports.root, threads: threads)
        Issue.record("\(broken): built")
      } catch let error as ArchiveError {
        #expect(error.description.contains(broken), "\(error)")
      }
      let left = try FileManager.default.contentsOfDirectory(atPath: exports.root.path)
      #expect(!left.contains(Archive.databaseName), "\(broken)")
      #expect(!left.contains { $0.hasPrefix(".") }, "\(broken): \(left)")
    }
  }
}
