import Foundation
import Testing

@testable import BudgetArchive

/// `all/*.csv`: every document's rows, cells unchanged, led by the document id.
@Suite struct CombinedTablesTests {
  func records(_ url: URL) throws -> [[String]] {
    Array(CSVRecords(Array(try Data(contentsOf: url)))).map {
      $0.map { String(decoding: $0, as: UTF8.self) }
    }
  }

  @Test func combinedRowsAreTheUnionOfTheDocumentsRows() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    try Archive.build(root: exports.root)
    let combined = try records(exports.root.appendingPathComponent("all/items.csv"))
    let header = combined[0]
    #expect(header.first == "document_id")
    var expected: [[String: String]] = []
    for id in ["jp-soumu-2024-proposal", "jp-soumu-2024-request"] {
      let rows = try records(exports.root.appendingPathComponent("\(id)/items.csv"))
      for row in rows.dropFirst() {
        var byName = Dictionary(uniqueKeysWithValues: zip(rows[0], row))
        byName["document_id"] = id
        for name in header where byName[name] == nil { byName[name] = "" }
        expected.append(byName)
      }
    }
    let actual = combined.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    #expect(actual == expected)
    let package = try JSONSerialization.jsonObject(
      with: Data(contentsOf: exports.root.appendingPathComponent("all/datapackage.json")))
    let names = ((package as? [String: Any])?["resources"] as? [[String: Any]])?.compactMap {
      $0["name"] as? String
    }
    #expect(names == ["documents", "items", "summary"])
  }

  @Test func csvRecordsReadQuotesAndLineBreaks() {
    let text = "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\r\n"
    let rows = Array(CSVRecords(Array(text.utf8))).map {
      $0.map { String(decoding: $0, as: UTF8.self) }
    }
    #expect(rows == [["a", "b", "c"], ["x,1", "say \"hi\"", "two\nlines"], ["", "", ""]])
    // Plain fields are read in place; a lone CR outside quotes is dropped, a quote opens
    // anywhere, and the last record needs no line end.
    let odd = Array(CSVRecords(Array("a\rb,c\"d,e\"f,\r\n\"\"\nlast,x".utf8))).map {
      $0.map { String(decoding: $0, as: UTF8.self) }
    }
    #expect(odd == [["ab", "cd,ef", ""], [""], ["last", "x"]])
    var out: [UInt8] = []
    CSVRecords.encode(Array("say \"hi\"".utf8)[...], into: &out)
    #expect(String(decoding: out, as: UTF8.self) == "\"say \"\"hi\"\"\"")
    #expect(CellKind.integer(Array("-12".utf8)) == -12)
    #expect(CellKind.integer(Array("99999999999999999999".utf8)) == nil)
  }
}
