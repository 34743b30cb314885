/// RFC 4180 records read from the bytes of a CSV file (quoted fields, doubled quotes, CRLF or
/// LF line ends); a UTF-8 byte order mark at the start is skipped.
struct CSVRecords: Sequence, IteratorProtocol {
  private let bytes: [UInt8]
  private var position = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  /// The next record's fields as raw bytes (quotes removed), nil at the end.
  mutating func next() -> [[UInt8]]? {
    var fields: [ArraySlice<UInt8>] = []
    return next(into: &fields) ? fields.map(Array.init) : nil
  }

  /// The next record's fields into `fields` (replaced), false at the end. A plain field is a
  /// slice of the file's bytes, not a copy; only a field with quotes or a lone CR is copied,
  /// unescaped.
  mutating func next(into fields: inout [ArraySlice<UInt8>]) -> Bool {
    fields.removeAll(keepingCapacity: true)
    guard position < bytes.count else { return false }
    while true {
      let field = plainField() ?? quotedField()
      fields.append(field)
      guard position < bytes.count else { return true }
      let delimiter = bytes[position]
      position += 1
      if delimiter == UInt8(ascii: "\n") { return true }
    }
  }

  /// A field without quotes or lone CRs, ending at `,`, LF, CRLF or the end: its bytes, the
  /// position left at the delimiter. nil (position unchanged) for any other field.
  private mutating func plainField() -> ArraySlice<UInt8>? {
    let start = position
    var end = position
    let found = bytes.withUnsafeBufferPointer { buffer -> Bool in
      while end < buffer.count {
        switch buffer[end] {
        case UInt8(ascii: ","), UInt8(ascii: "\n"): return true
        case UInt8(ascii: "\r"):
          guard end + 1 < buffer.count, buffer[end + 1] == UInt8(ascii: "\n") else { return false }
          return true
        case UInt8(ascii: "\""): return false
        default: end += 1
        }
      }
      return true
    }
    guard found else { return nil }
    position = end
    if position < bytes.count, bytes[position] == UInt8(ascii: "\r") { position += 1 }
    return bytes[start..<end]
  }

  /// Any field, read byte by byte (quotes opened and closed anywhere, doubled quotes, CRs
  /// outside quotes dropped), the position left at the delimiter.
  private mutating func quotedField() -> ArraySlice<UInt8> {
    var field: [UInt8] = []
    var quoted = false
    while position < bytes.count {
      let b = bytes[position]
      if quoted {
        position += 1
        if b == UInt8(ascii: "\"") {
          if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            field.append(b)
            position += 1
          } else {
            quoted = false
          }
        } else {
          field.append(b)
        }
        continue
      }
      switch b {
      case UInt8(ascii: ","), UInt8(ascii: "\n"): return field[...]
      case UInt8(ascii: "\""): quoted = true
      case UInt8(ascii: "\r"): break
      default: field.append(b)
      }
      position += 1
    }
    return field[...]
  }

  /// The first record (the header) of a CSV file as strings.
  static func header(_ bytes: [UInt8]) -> [String] {
    var records = CSVRecords(bytes)
    return (records.next() ?? []).map { String(decoding: $0, as: UTF8.self) }
  }

  /// One CSV field as written back: quoted when it holds a comma, a quote or a line break.
  static func encode(_ field: ArraySlice<UInt8>, into out: inout [UInt8]) {
    let special = field.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard special else {
      out += field
      return
    }
    out.append(UInt8(ascii: "\""))
    for b in field {
      if b == UInt8(ascii: "\"") { out.append(b) }
      out.append(b)
    }
    out.append(UInt8(ascii: "\""))
  }
}
