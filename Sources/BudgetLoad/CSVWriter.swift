/// Writes CSV text after RFC 4180: comma separated, header on the first record, fields that
/// contain `,` or `"` quoted with `"` and inner quotes doubled, every record (the last one
/// too) ended by CRLF.
///
/// Text cells are made safe for spreadsheets first (``neutralized(_:)``) and line breaks in
/// them become one space, so every record is exactly one line.
enum CSVWriter {
  /// The record separator (RFC 4180).
  static let lineTerminator = "\r\n"

  /// Writes the header and the rows of a table.
  static func write(
    _ schema: TableSchema, rows: [[CSVCell]], to output: inout some TextOutputStream
  ) {
    writeRecord(schema.columnNames.map(quoted), to: &output)
    for row in rows {
      precondition(row.count == schema.columns.count, "\(schema.path): row has \(row.count) cells")
      writeRecord(row.map(field), to: &output)
    }
  }

  static func writeRecord(_ fields: [String], to output: inout some TextOutputStream) {
    var first = true
    for field in fields {
      if !first { output.write(",") }
      output.write(field)
      first = false
    }
    output.write(lineTerminator)
  }

  /// The cell as written: text neutralized and flattened to one line, then quoted if needed.
  static func field(_ cell: CSVCell) -> String {
    switch cell {
    case .text(let value): quoted(singleLine(neutralized(value)))
    default: cell.rawText
    }
  }

  /// Prefixes `'` to text that begins with `=`, `+`, `-`, `@`, tab or carriage return.
  static func neutralized(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + text
    default: return text
    }
  }

  /// Replaces every line break (CRLF, LF, CR, NEL, LS, PS, VT, FF) by one space.
  static func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isLineBreak) else { return text }
    var result = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && previousCR {
        previousCR = false
        continue
      }
      previousCR = scalar == "\r"
      result.append(isLineBreak(scalar) ? " " : scalar)
    }
    return String(result)
  }

  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// Quotes a field when it contains a comma, a quote or a line break (RFC 4180).
  static func quoted(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || isLineBreak($0) })
    else { return text }
    var result = "\""
    for character in text {
      result.append(character)
      if character == "\"" { result.append("\"") }
    }
    return result + "\""
  }
}
