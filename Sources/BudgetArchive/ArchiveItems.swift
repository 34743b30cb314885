import CSQLite
import Foundation

extension Archive {
  /// One row of the archive's `items` table, for the series pages.
  public struct Item: Sendable, Hashable {
    public var documentID: String
    public var id: String
    public var level: String
    public var code: String
    public var title: String
    public var amountJPY: Int64?
  }

  static let itemColumns = ["document_id", "id", "level", "code", "title", "amount_jpy"]

  /// Every item of `<root>/budget.sqlite`, by document id, then in its document's order
  /// (empty when there is no database or its `items` table lacks these columns).
  public static func items(root: URL) throws -> [Item] {
    let url = root.appendingPathComponent(databaseName)
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    let db = try SQLiteDatabase(path: url.path, readOnly: true)
    defer { db.close() }
    let columns = Set(
      try db.rows("SELECT name FROM pragma_table_info('items')").compactMap { $0.first ?? nil })
    guard itemColumns.allSatisfy(columns.contains) else { return [] }
    let statement = try db.prepare(
      "SELECT \(SQLIdentifier.list(itemColumns)) FROM \"items\" ORDER BY \"document_id\", rowid")
    var items: [Item] = []
    while try statement.step() {
      items.append(
        Item(
          documentID: statement.text(at: 0) ?? "", id: statement.text(at: 1) ?? "",
          level: statement.text(at: 2) ?? "", code: statement.text(at: 3) ?? "",
          title: statement.text(at: 4) ?? "", amountJPY: statement.integer(at: 5)))
    }
    return items
  }
}

extension SQLiteStatement {
  /// An integer column (nil for NULL).
  func integer(at index: Int32) -> Int64? {
    sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, index)
  }
}
