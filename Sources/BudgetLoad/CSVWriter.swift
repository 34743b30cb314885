import BudgetModel

/// Writes CSV text after RFC 4180: comma separated, header on the first record, fields that
/// contain `,` or `"` quoted with `"` and inner quotes doubled, every record (the last one
/// too) ended by CRLF.
///
/// Text cells are made safe for spreadsheets first (``neutralized(_:)``) and line breaks in
/// them become one space, so every record is exactly one line.
enum CSVWriter {
  /// The record separator (RFC 4180).
  static let lineTerminator = "\r\n"

  /// The CSV text of a table of `document` as UTF-8 bytes: the header, then one record per
  /// row, each cell read by its column's field and written straight into one buffer.
  static func bytes(_ schema: TableSchema, of document: BudgetDocument) -> [UInt8] {
    var writer = ByteWriter()
    TableRows.accept(schema, of: document, &writer)
    return writer.output
  }

  /// Writes the header and the rows of a table.
  static func write(
    _ schema: TableSchema, of document: BudgetDocument, to output: inout some TextOutputStream
  ) {
    output.write(String(decoding: bytes(schema, of: document), as: UTF8.self))
  }

  private struct ByteWriter: TableRowVisitor {
    var output: [UInt8] = []

    mutating func visit<Row>(_ fields: [TableField<Row>], rows: [Row], info: DocumentInfo) {
      output.reserveCapacity(64 + rows.count * fields.count * 12)
      for (index, field) in fields.enumerated() {
        if index > 0 { output.append(0x2C) }
        CSVWriter.appendText(field.column.name, to: &output)
      }
      ByteText.append("\r\n", to: &output)
      for row in rows {
        for (index, field) in fields.enumerated() {
          if index > 0 { output.append(0x2C) }
          CSVWriter.append(field.value(row, info), to: &output)
        }
        ByteText.append("\r\n", to: &output)
      }
    }
  }

  /// Appends a cell as written (see ``field(_:)``).
  static func append(_ cell: CSVCell, to output: inout [UInt8]) {
    switch cell {
    case .empty: break
    case .text(let value): appendText(value, to: &output)
    case .integer(let value): ByteText.appendInteger(value, to: &output)
    case .boolean(let value): ByteText.appendBool(value, to: &output)
    case .decimal(let value): ByteText.append(value.description, to: &output)
    }
  }

  /// Appends a text cell: neutralized, on one line and quoted if needed. Text without a comma,
  /// quote or line break (nearly all) is copied as it is, after `'` when it must be neutralized.
  static func appendText(_ text: String, to output: inout [UInt8]) {
    let plain = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      guard !needsQuotingOrFolding(utf8) else { return false }
      if let first = utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 {
        output.append(0x27)
      }
      output.append(contentsOf: utf8)
      return true
    }
    if plain != true { ByteText.append(field(.text(text)), to: &output) }
  }

  /// Whether UTF-8 text holds a comma, a quote or a line break (LF, VT, FF, CR, NEL, LS, PS).
  private static func needsQuotingOrFolding(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = utf8.count
    while index < count {
      let byte = utf8[index]
      switch byte {
      case 0x2C, 0x22, 0x0A...0x0D: return true
      case 0xC2: if index + 1 < count, utf8[index + 1] == 0x85 { return true }
      case 0xE2:
        if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
          return true
        }
      default: break
      }
      index += 1
    }
    return false
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
