import Foundation
import Testing

@testable import BudgetArchive

/// The archive's metadata JSON, written by hand, gives the bytes `JSONSerialization` gave
/// (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`), which wrote these files before.
@Suite struct JSONOutputTests {
  static let options: JSONSerialization.WritingOptions = [
    .prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
  ]

  func foundation(_ object: Any) throws -> [UInt8] {
    Array(try JSONSerialization.data(withJSONObject: object, options: Self.options)) + [0x0A]
  }

  @Test func theArchivesMetadataFilesAreWhatJSONSerializationWrites() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    try Archive.build(root: exports.root)
    for name in ["metadata.json", "all/datapackage.json", "all/csv-metadata.json"] {
      let written = Array(try Data(contentsOf: exports.root.appendingPathComponent(name)))
      let object = try JSONSerialization.jsonObject(with: Data(written))
      #expect(written == (try foundation(object)), "\(name)")
      #expect(written.count > 1000, "\(name): \(written.count) bytes")
    }
  }

  @Test func awkwardKeysAndStringsAreWrittenAsJSONSerializationWritesThem() throws {
    let object: [String: Any] = [
      "zeta": "a/b \"quoted\" back\\slash\ttab\nline\r\u{1}\u{1F}\u{8}\u{C} 総務省 😀",
      "Alpha": [["b": 1, "B": true, "a_b": false, "ab": -12, "a": [] as [Any]]],
      "alpha": [:] as [String: Any], "@context": ["x", ["@language": "ja"]],
      "dc:title": "t", "document_totals": 1, "documents": 2, "c10": 1, "c9": 2, "c1_": 3,
      "headerRowCount": 1, "header": true, "a_": 1, "a1": 1, "a-": 1, "a:": 1, "a@": 1, "a$": 1,
      "a.": 1, "a/": 1, "a02": 1, "a2x": 1, "aZ": 1, "az": 1, "a~": 1, "a#": 1, "a総": 1,
    ]
    let ours = JSONOutput.bytes(object)
    let theirs = try foundation(object)
    #expect(
      ours == theirs,
      "\(String(decoding: ours, as: UTF8.self))\n---\n\(String(decoding: theirs, as: UTF8.self))")
  }
}
