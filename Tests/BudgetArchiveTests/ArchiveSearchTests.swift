import Foundation
import Testing

@testable import BudgetArchive

/// The full-text tables are filled from their tables in rowid order (not by FTS5's
/// `'rebuild'`, which scans in the order of an index that covers the column and then writes
/// out its pending terms at every rowid lower than the one before): the same index as a
/// `'rebuild'` whose scan is in rowid order, every row found.
@Suite struct ArchiveSearchTests {
  @Test func theFillIsWhatARebuildInRowidOrderWrites() throws {
    let exports = try SyntheticExports()
    defer { exports.remove() }
    try exports.writeRequestAndDraft()
    try exports.write(
      id: "jp-kankyo-2024-proposal", ministry: "kankyo",
      csv: [
        "items.csv": [
          "id,parent_id,level,code,title,amount_jpy", "c1,,chapter,I,環境保全の推進,",
          "c1-1,c1,item,1,あいうえお事業,10", "c1-2,c1,item,2,一般財源の確保,20",
          "c1-3,c1,item,3,かきくけこ事業,30",
        ]
      ])
    try Archive.build(root: exports.root)
    let built = exports.root.appendingPathComponent(Archive.databaseName)
    let copy = exports.root.appendingPathComponent("copy.sqlite")
    try FileManager.default.copyItem(at: built, to: copy)
    let db = try SQLiteDatabase(path: copy.path)
    // items.title is indexed: a 'rebuild' would scan that index (titles in order, rowids not).
    #expect(
      try db.rows("EXPLAIN QUERY PLAN SELECT T.rowid, T.title FROM items T").description
        .contains("items_title"))
    let tables = try db.rows(
      "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    ).compactMap { $0[0] }
    #expect(tables == ["documents_fts", "items_fts", "summary_fts"])
    func shadow() throws -> [[String?]] {
      try tables.flatMap { t in
        try db.rows("SELECT '\(t)', id, hex(block) FROM \"\(t)_data\" ORDER BY id")
          + db.rows("SELECT '\(t)', segid, hex(term), pgno FROM \"\(t)_idx\" ORDER BY 2, 3")
          + db.rows("SELECT '\(t)', id, hex(sz) FROM \"\(t)_docsize\" ORDER BY id")
      }
    }
    let filled = try shadow()
    try db.execute("DROP INDEX items_title")
    for t in tables {
      try db.execute("INSERT INTO \"\(t)\" (\"\(t)\") VALUES ('rebuild')")
      try db.execute("INSERT INTO \"\(t)\" (\"\(t)\") VALUES ('integrity-check')")
    }
    #expect(filled.count > 20)
    #expect(try shadow() == filled)
    // Every title of three characters or more finds its own row.
    for row in try db.rows("SELECT rowid, title FROM items WHERE length(title) >= 3") {
      let found = try db.rows(
        "SELECT rowid FROM items_fts WHERE items_fts MATCH ?",
        [.text("\"" + (row[1] ?? "").replacingOccurrences(of: "\"", with: "\"\"") + "\"")])
      #expect(found.contains([row[0]]), "\(row)")
    }
  }
}
