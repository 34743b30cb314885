/// An RFC 4180 reader: a header record, then records of fields; quoted fields may hold
/// commas, doubled quotes and line breaks. Records end in CRLF (LF is accepted).
public struct CSVTable: Sendable {
  public var header: [String]
  public var records: [[String]]

  /// The records as header name → field.
  public var rows: [[String: String]] {
    records.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  public init(parsing text: String) throws {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty: quoted = true
      case ",":
        record.append(field)
        field = ""
      case "\r" where scalars.first == "\n": continue
      case "\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    if quoted { throw CSVReadError(message: "unterminated quoted field") }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    guard let header = records.first else { throw CSVReadError(message: "no header") }
    for (index, record) in records.enumerated() where record.count != header.count {
      throw CSVReadError(
        message: "record \(index + 1) has \(record.count) fields, header \(header.count)")
    }
    self.header = header
    self.records = Array(records.dropFirst())
  }

  public struct CSVReadError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }
}

/// The records of a CSV text, header first (empty when it does not parse).
public func parseCSV(_ text: String) -> [[String]] {
  guard let table = try? CSVTable(parsing: text) else { return [] }
  return [table.header] + table.records
}

/// The CSV table of a file as header-keyed rows.
public func csvRows(_ text: String) -> (header: [String], rows: [[String: String]]) {
  guard let table = try? CSVTable(parsing: text) else { return ([], []) }
  return (table.header, table.rows)
}
