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

  /// The CSV text of a table of `document` as UTF-8 bytes: the header (the fields' column
  /// names), then one record per row, written by the row type itself into one buffer.
  static func bytes(_ schema: TableSchema, of document: BudgetDocument) -> [UInt8] {
    var writer = ByteWriter()
    TableRows.accept(schema, of: document, &writer)
    return writer.record.output
  }

  /// The same bytes through the fields' readers, one `CSVCell` per cell: the reference the
  /// records of ``CSVRecordWritable`` are held to.
  static func referenceBytes(_ schema: TableSchema, of document: BudgetDocument) -> [UInt8] {
    var output: [UInt8] = []
    for (index, column) in schema.columns.enumerated() {
      if index > 0 { output.append(0x2C) }
      appendText(column.name, to: &output)
    }
    ByteText.append(lineTerminator, to: &output)
    for row in TableRows.rows(schema, of: document) {
      for (index, cell) in row.enumerated() {
        if index > 0 { output.append(0x2C) }
        append(cell, to: &output)
      }
      ByteText.append(lineTerminator, to: &output)
    }
    return output
  }

  /// Writes the header and the rows of a table.
  static func write(
    _ schema: TableSchema, of document: BudgetDocument, to output: inout some TextOutputStream
  ) {
    output.write(String(decoding: bytes(schema, of: document), as: UTF8.self))
  }

  private struct ByteWriter: TableRowVisitor {
    var record = CSVRecordBytes()

    mutating func visit<Row: CSVRecordWritable>(
      _ fields: [TableField<Row>], rows: [Row], info: DocumentInfo
    ) {
      record.output.reserveCapacity(64 + rows.count * fields.count * 12)
      for field in fields { record.text(field.column.name) }
      record.end()
      for row in rows { row.writeRecord(info, into: &record) }
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

  /// Appends a text cell as ``field(_:)`` writes it, byte by byte: `'` before a leading `=`,
  /// `+`, `-`, `@`, tab or carriage return; every line break (CRLF, LF, VT, FF, CR, NEL, LS,
  /// PS) as one space; quotes around a field holding `,` or `"`, inner quotes doubled. Text
  /// with none of these (nearly all) is copied in one run.
  static func appendText(_ text: String, to output: inout [UInt8]) {
    let done = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      appendText(utf8, to: &output)
      return true
    }
    if done == nil { appendText(Array(text.utf8), to: &output) }
  }

  private static func appendText(
    _ utf8: some RandomAccessCollection<UInt8>, to output: inout [UInt8]
  ) {
    guard let first = utf8.first else { return }
    let (quoting, folding) = specialBytes(utf8)
    if quoting { output.append(0x22) }
    switch first {
    case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: output.append(0x27)
    default: break
    }
    guard quoting || folding else {
      output.append(contentsOf: utf8)
      if quoting { output.append(0x22) }
      return
    }
    let bytes = Array(utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x22: output += [0x22, 0x22]
      case 0x0D:
        output.append(0x20)
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
      case 0x0A, 0x0B, 0x0C: output.append(0x20)
      case 0xC2 where index < bytes.count && bytes[index] == 0x85:
        output.append(0x20)
        index += 1
      case 0xE2
      where index + 1 < bytes.count && bytes[index] == 0x80
        && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
        output.append(0x20)
        index += 2
      default: output.append(byte)
      }
    }
    if quoting { output.append(0x22) }
  }

  /// Whether UTF-8 text holds a comma or a quote (it must be quoted), and whether it holds a
  /// line break (LF, VT, FF, CR, NEL, LS, PS) to fold. Eight bytes at a time (the last ones
  /// padded with spaces to a word): a word without
  /// a byte below 0x0E, a quote, a comma or the lead bytes 0xC2 and 0xE2 (NEL is C2 85, LS
  /// and PS E2 80 A8/A9) is skipped whole; a word with one is looked at byte by byte, a lead
  /// byte looking ahead (into the next word too).
  private static func specialBytes(_ utf8: some RandomAccessCollection<UInt8>) -> (
    quoting: Bool, folding: Bool
  ) {
    if let found = utf8.withContiguousStorageIfAvailable(specialBytes(buffer:)) { return found }
    return Array(utf8).withUnsafeBufferPointer(specialBytes(buffer:))
  }

  private static func specialBytes(buffer utf8: UnsafeBufferPointer<UInt8>) -> (
    quoting: Bool, folding: Bool
  ) {
    var found = (quoting: false, folding: false)
    guard let base = utf8.baseAddress else { return found }
    var index = 0
    while index + 8 <= utf8.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if mayHoldSpecial(word) {
        for at in index..<index + 8 { look(at: at, in: utf8, &found) }
      }
      index += 8
    }
    // The last bytes (most cells are shorter than a word) as one word padded with spaces,
    // which are no special byte: one test for them too, byte by byte only when it may hold one.
    if index < utf8.count {
      var tail: UInt64 = 0x2020_2020_2020_2020
      withUnsafeMutableBytes(of: &tail) {
        $0.copyMemory(from: UnsafeRawBufferPointer(start: base + index, count: utf8.count - index))
      }
      if mayHoldSpecial(tail) {
        for at in index..<utf8.count { look(at: at, in: utf8, &found) }
      }
    }
    return found
  }

  /// Whether any byte of `word` is below 0x0E, a quote, a comma, 0xC2 or 0xE2 (exact: the
  /// classic zero-byte test, which has no false negatives).
  @inline(__always)
  private static func mayHoldSpecial(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    let below = (word &- ones &* 0x0E) & ~word & highs
    return below | zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x2C))
      | zeroByte(word ^ (ones &* 0xC2)) | zeroByte(word ^ (ones &* 0xE2)) != 0
  }

  @inline(__always)
  private static func look(
    at index: Int, in utf8: UnsafeBufferPointer<UInt8>,
    _ found: inout (quoting: Bool, folding: Bool)
  ) {
    switch utf8[index] {
    case 0x2C, 0x22: found.quoting = true
    case 0x0A...0x0D: found.folding = true
    case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85: found.folding = true
    case 0xE2
    where index + 2 < utf8.count && utf8[index + 1] == 0x80
      && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
      found.folding = true
    default: break
    }
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
