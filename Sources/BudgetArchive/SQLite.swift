import CSQLite
import Foundation

/// An error of the system SQLite library, with its message and the statement that failed.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
  public var code: Int32
  public var message: String
  public var description: String { "SQLite error \(code): \(message)" }
}

/// A bound value: every value reaches SQLite through a bind parameter, never spliced into SQL.
enum SQLValue: Sendable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

/// The smallest wrapper over the system libsqlite3 that the archive needs: one connection,
/// prepared statements with bound parameters, and rows read as text or integers.
final class SQLiteDatabase {
  private(set) var handle: OpaquePointer?

  init(path: String, readOnly: Bool = false) throws {
    let flags =
      readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    let rc = sqlite3_open_v2(path, &handle, flags, nil)
    guard rc == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close_v2(handle)
      handle = nil
      throw SQLiteError(code: rc, message: "\(path): \(message)")
    }
  }

  deinit { close() }

  func close() {
    if let h = handle { sqlite3_close_v2(h) }
    handle = nil
  }

  /// Runs one or more statements that take no parameters (schema, pragmas).
  func execute(_ sql: String) throws {
    var error: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &error)
    if rc != SQLITE_OK {
      let message = error.map { String(cString: $0) } ?? "failed"
      sqlite3_free(error)
      throw SQLiteError(code: rc, message: "\(message) in: \(sql.prefix(200))")
    }
  }

  func prepare(_ sql: String) throws -> SQLiteStatement {
    var stmt: OpaquePointer?
    let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
    guard rc == SQLITE_OK, let stmt else {
      throw SQLiteError(code: rc, message: "\(lastMessage) in: \(sql.prefix(200))")
    }
    return SQLiteStatement(stmt, database: self)
  }

  /// Every row of a query as text cells (nil for NULL).
  func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [[String?]] {
    let stmt = try prepare(sql)
    for (i, v) in values.enumerated() { stmt.bind(v, at: Int32(i + 1)) }
    var result: [[String?]] = []
    while try stmt.step() {
      result.append((0..<stmt.columnCount).map { stmt.text(at: $0) })
    }
    return result
  }

  var lastMessage: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed" }
}

/// A prepared statement; parameters are 1-based as in SQLite.
final class SQLiteStatement {
  private let stmt: OpaquePointer
  private let database: SQLiteDatabase
  // SQLITE_TRANSIENT: SQLite copies the bytes before the bind call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  init(_ stmt: OpaquePointer, database: SQLiteDatabase) {
    self.stmt = stmt
    self.database = database
  }

  deinit { sqlite3_finalize(stmt) }

  var handle: OpaquePointer { stmt }

  func bind(_ value: SQLValue, at index: Int32) {
    switch value {
    case .null: sqlite3_bind_null(stmt, index)
    case .integer(let i): sqlite3_bind_int64(stmt, index, i)
    case .real(let d): sqlite3_bind_double(stmt, index, d)
    case .text(let s):
      var s = s
      s.withUTF8 { buffer in
        bindText(buffer, at: index)
      }
    }
  }

  /// Binds UTF-8 bytes as text without building a String.
  func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      "".withCString { _ = sqlite3_bind_text(stmt, index, $0, 0, Self.transient) }
      return
    }
    let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
    sqlite3_bind_text(stmt, index, text, Int32(bytes.count), Self.transient)
  }

  /// Binds UTF-8 bytes as text without SQLite copying them: the bytes must stay where they
  /// are until the statement has run (``run()`` resets it). The archive binds slices of the
  /// CSV file it holds while the row is inserted.
  func bindTextInPlace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      return Self.empty.withUTF8Buffer { empty in
        let text = UnsafeRawPointer(empty.baseAddress!).assumingMemoryBound(to: CChar.self)
        _ = sqlite3_bind_text(stmt, index, text, 0, nil)
      }
    }
    let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
    sqlite3_bind_text(stmt, index, text, Int32(bytes.count), nil)
  }

  private static let empty: StaticString = "\0"

  func bindNull(at index: Int32) { sqlite3_bind_null(stmt, index) }
  func bindInteger(_ value: Int64, at index: Int32) { sqlite3_bind_int64(stmt, index, value) }
  func bindReal(_ value: Double, at index: Int32) { sqlite3_bind_double(stmt, index, value) }

  /// Steps once: true while a row is available, false when done.
  @discardableResult
  func step() throws -> Bool {
    let rc = sqlite3_step(stmt)
    if rc == SQLITE_ROW { return true }
    if rc == SQLITE_DONE { return false }
    throw SQLiteError(code: rc, message: database.lastMessage)
  }

  /// Runs an insert or update to completion and readies the statement for the next values.
  func run() throws {
    defer {
      sqlite3_reset(stmt)
      sqlite3_clear_bindings(stmt)
    }
    try step()
  }

  var columnCount: Int32 { sqlite3_column_count(stmt) }

  func text(at index: Int32) -> String? {
    guard sqlite3_column_type(stmt, index) != SQLITE_NULL,
      let p = sqlite3_column_text(stmt, index)
    else { return nil }
    return String(cString: p)
  }
}
