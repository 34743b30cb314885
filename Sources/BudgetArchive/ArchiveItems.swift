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
    guard let reader = try ItemReader(root: root) else { return [] }
    return try reader.documentIDs().flatMap { try reader.items(of: $0) }
  }

  /// Reads the items of one document at a time, so a caller holds one ministry's at most.
  public final class ItemReader {
    let db: SQLiteDatabase
    let statement: SQLiteStatement

    /// nil when there is no database or its `items` table lacks the columns needed.
    public init?(root: URL) throws {
      let url = root.appendingPathComponent(databaseName)
      guard FileManager.default.fileExists(atPath: url.path) else { return nil }
      db = try SQLiteDatabase(path: url.path, readOnly: true)
      let columns = Set(
        try db.rows("SELECT name FROM pragma_table_info('items')").compactMap { $0.first ?? nil })
      guard itemColumns.allSatisfy(columns.contains) else { return nil }
      statement = try db.prepare(
        "SELECT \(SQLIdentifier.list(itemColumns)) FROM \"items\" WHERE \"document_id\" = ? ORDER BY rowid"
      )
    }

    func documentIDs() throws -> [String] {
      try db.rows("SELECT DISTINCT \"document_id\" FROM \"items\" ORDER BY 1").compactMap { $0[0] }
    }

    /// The items of one document, in its order.
    public func items(of documentID: String) throws -> [Item] {
      statement.bind(.text(documentID), at: 1)
      defer { statement.reset() }
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
}

extension SQLiteStatement {
  /// Readies the statement to run again with new values.
  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  /// An integer column (nil for NULL).
  func integer(at index: Int32) -> Int64? {
    sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, index)
  }
}
