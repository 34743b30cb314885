/// How one CSV cell becomes an SQLite value: integers and years as exact 64-bit integers (yen
/// never pass through floating point), booleans as 0/1, an empty cell as NULL, and text with
/// the spreadsheet guard (a leading apostrophe before =, +, -, @, tab or CR) removed.
enum CellKind {
  case integer, real, boolean, text

  init(_ field: ArchiveField) {
    switch field.type {
    case "integer", "year": self = .integer
    case "number": self = .real
    case "boolean": self = .boolean
    default: self = .text
    }
  }

  func bind(_ cell: ArraySlice<UInt8>, to statement: SQLiteStatement, at index: Int32) {
    guard !cell.isEmpty else { return statement.bindNull(at: index) }
    switch self {
    case .integer:
      if let value = Self.integer(cell) { return statement.bindInteger(value, at: index) }
    case .real:
      if let value = Double(String(decoding: cell, as: UTF8.self)) {
        return statement.bindReal(value, at: index)
      }
    case .boolean:
      if cell.elementsEqual(Self.trueBytes) { return statement.bindInteger(1, at: index) }
      if cell.elementsEqual(Self.falseBytes) { return statement.bindInteger(0, at: index) }
    case .text:
      let first = cell.startIndex
      let guarded =
        cell.count > 1 && cell[first] == UInt8(ascii: "'")
        && Self.guardedStarts.contains(cell[first + 1])
      // In place: the cell is a slice of the file (or of the record) the caller holds until
      // the row is inserted.
      return cell.withUnsafeBufferPointer {
        statement.bindTextInPlace(
          guarded ? UnsafeBufferPointer(rebasing: $0.dropFirst()) : $0, at: index)
      }
    }
    // A cell that does not parse as its type is kept as written.
    cell.withUnsafeBufferPointer { statement.bindText($0, at: index) }
  }

  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)
  private static let guardedStarts: Set<UInt8> = [
    UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
  ]

  /// A decimal integer with an optional minus sign, nil when it is not one or overflows.
  static func integer(_ bytes: some Collection<UInt8>) -> Int64? {
    var value: Int64 = 0
    var negative = false
    var digits = 0
    for (i, b) in bytes.enumerated() {
      if i == 0, b == UInt8(ascii: "-") {
        negative = true
        continue
      }
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int64(b - UInt8(ascii: "0")))
      if o1 || o2 { return nil }
      value = s
      digits += 1
    }
    guard digits > 0 else { return nil }
    return negative ? -value : value
  }
}
