import Foundation
import Testing

@testable import BudgetArchive

/// `budget.sqlite` and `all/` built from hand-written exports.
@Suite struct ArchiveTests {
  func database(_ exports: SyntheticExports) throws -> SQLiteDatabase {
    try SQLiteDatabase(
      path: exports.root.appendingPathComponent(Archive.databaseName).path, readOnly: true)
  }

  @Test func columnsAreReadByHeaderNameAndYenStayExact() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    let summary = try Archive.build(root: exports.root)
    #expect(summary.documents == 2)
    let db = try database(exports)
    let rows = try db.rows(
      """
      SELECT document_id, id, code, title, amount_jpy, typeof(amount_jpy), counts_toward_total,
        note FROM items WHERE level = 'item' ORDER BY document_id, id
      """)
    #expect(
      rows == [
        [
          "jp-soumu-2024-proposal", "c1-1", "1", "地方の一般財源総額の確保", "9007199254740000", "integer", "1",
          "改行\nあり",
        ],
        ["jp-soumu-2024-proposal", "c1-2", "2", "新しい事項", "5", "integer", "1", nil],
        [
          "jp-soumu-2024-request", "c1-1", "1", "地方の一般財源総額の確保", "9007199254740993", "integer", "1",
          nil,
        ],
        // The spreadsheet guard (a leading apostrophe) is not part of the value.
        ["jp-soumu-2024-request", "c1-2", "2", "=SUM(A1), 式", "100", "integer", "0", nil],
      ])
    #expect(try db.rows("SELECT extra FROM summary WHERE document_id LIKE '%proposal'") == [["x"]])
    #expect(try db.rows("PRAGMA integrity_check") == [["ok"]])
    #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
    #expect(
      try db.rows(
        "SELECT title, unit FROM archive_columns WHERE table_name = 'items' AND column_name = 'amount_jpy'"
      )
        == [["予算額（円）", "JPY"]])
  }

  @Test func theSameExportsGiveTheSameBytes() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    let url = exports.root.appendingPathComponent(Archive.databaseName)
    try Archive.build(root: exports.root)
    let first = try Data(contentsOf: url)
    let firstCSV = try Data(contentsOf: exports.root.appendingPathComponent("all/items.csv"))
    try Archive.build(root: exports.root)
    #expect(try Data(contentsOf: url) == first)
    // Built in one pass without VACUUM: nothing to compact.
    #expect(try database(exports).rows("PRAGMA freelist_count") == [["0"]])
    #expect(try Data(contentsOf: exports.root.appendingPathComponent("all/items.csv")) == firstCSV)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: exports.root.path)
      .filter { $0.hasPrefix(".") && $0 != Archive.describedName }
    #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
  }

  @Test func aReaderDuringARebuildKeepsTheOldDatabase() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    try Archive.build(root: exports.root)
    let reader = try database(exports)
    #expect(try reader.rows("SELECT COUNT(*) FROM documents") == [["2"]])
    try exports.write(
      id: "jp-kankyo-2024-proposal", ministry: "kankyo",
      csv: ["items.csv": ["id,parent_id,level,code,title,amount_jpy", "c1,,chapter,I,環境,"]])
    try Archive.build(root: exports.root)
    // The open handle still reads the file it opened, whole; a new one reads the new file.
    #expect(try reader.rows("SELECT COUNT(*) FROM documents") == [["2"]])
    #expect(try reader.rows("PRAGMA integrity_check") == [["ok"]])
    #expect(try database(exports).rows("SELECT COUNT(*) FROM documents") == [["3"]])
  }

  @Test func fullTextSearchFindsJapaneseTitles() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    try Archive.build(root: exports.root)
    let db = try database(exports)
    let found = try db.rows(
      """
      SELECT i.document_id, i.id FROM items_fts JOIN items i ON i.rowid = items_fts.rowid
      WHERE items_fts MATCH ? ORDER BY 1, 2
      """, [.text("\"一般財源\"")])
    #expect(found == [["jp-soumu-2024-proposal", "c1-1"], ["jp-soumu-2024-request", "c1-1"]])
    try db.execute("SELECT 1")  // the read-only handle
    let check = try SQLiteDatabase(
      path: exports.root.appendingPathComponent(Archive.databaseName).path)
    try check.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")
  }

  @Test func viewsCompareRequestAndDraftAndFollowAnItem() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    try Archive.build(root: exports.root)
    let db = try database(exports)
    #expect(
      try db.rows(
        "SELECT request_item_id, draft_item_id, request_jpy, draft_jpy, change_jpy, matched_by FROM request_vs_draft WHERE level = 'item' ORDER BY 1"
      ) == [["c1-1", "c1-1", "9007199254740993", "9007199254740000", "-993", "code_and_title"]])
    #expect(
      try db.rows(
        "SELECT request_total_jpy, draft_total_jpy, change_jpy FROM request_vs_draft_totals")
        == [["500", "450", "-50"]])
    #expect(
      try db.rows(
        "SELECT series_document_id, phase, amount_jpy, matched_by FROM item_series WHERE document_id = ? AND item_id = ? ORDER BY fiscal_year, phase_order",
        [.text("jp-soumu-2024-proposal"), .text("c1-1")])
        == [
          ["jp-soumu-2024-request", "request", "9007199254740993", "code_and_title"],
          ["jp-soumu-2024-proposal", "proposal", "9007199254740000", "same_item"],
        ])
    #expect(
      try db.rows("SELECT headline_total_jpy, items FROM document_totals ORDER BY document_id")
        == [["450", "3"], ["500", "3"]])
  }
}
