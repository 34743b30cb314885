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
    guard position < bytes.count else { return nil }
    var fields: [[UInt8]] = []
    var field: [UInt8] = []
    var quoted = false
    while position < bytes.count {
      let b = bytes[position]
      position += 1
      if quoted {
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
      case UInt8(ascii: "\""): quoted = true
      case UInt8(ascii: ","):
        fields.append(field)
        field = []
      case UInt8(ascii: "\r"): continue
      case UInt8(ascii: "\n"):
        fields.append(field)
        return fields
      default: field.append(b)
      }
    }
    fields.append(field)
    return fields
  }

  /// The first record (the header) of a CSV file as strings.
  static func header(_ bytes: [UInt8]) -> [String] {
    var records = CSVRecords(bytes)
    return (records.next() ?? []).map { String(decoding: $0, as: UTF8.self) }
  }

  /// One CSV field as written back: quoted when it holds a comma, a quote or a line break.
  static func encode(_ field: [UInt8], into out: inout [UInt8]) {
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
