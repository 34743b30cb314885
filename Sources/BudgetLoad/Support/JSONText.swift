/// A JSON value with ordered object members, and a deterministic pretty-printer for it.
///
/// Foundation's `JSONSerialization` neither keeps key order nor leaves `/` unescaped, so the
/// linked-data writers build their output from this type instead: keys come out in the order
/// they were written, indentation is two spaces, `/` and every non-ASCII character (including
/// characters outside the BMP) are written as-is, and the text ends with a newline.
///
/// Numbers are integers only: money never passes through `Double`, and decimals are written
/// as typed JSON-LD literals (strings) by the callers.
indirect enum JSONText: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case string(String)
  case array([JSONText])
  /// An object whose members keep the order given.
  case object([(String, JSONText)])
  /// JSON text written beforehand (``bytes(indent:escapingDelete:)``) at the indentation of the
  /// place it is put: a constant part of a file, built once per process.
  case rendered([UInt8])

  static func == (lhs: JSONText, rhs: JSONText) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    case (.rendered(let a), .rendered(let b)): return a == b
    default: return false
    }
  }

  /// A string value, or `null` when `value` is nil.
  static func optional(_ value: String?) -> JSONText {
    value.map(JSONText.string) ?? .null
  }

  /// The pretty-printed text, ending with a newline.
  var rendered: String { String(decoding: bytes, as: UTF8.self) }

  /// The pretty-printed text as UTF-8 bytes.
  ///
  /// Written straight into one byte buffer (strings copied as UTF-8 runs, only the bytes that
  /// need escaping looked at one by one): building a `String` scalar by scalar was most of
  /// the JSON-LD writer's time.
  var bytes: [UInt8] { bytes(escapingDelete: true) }

  /// The pretty-printed text as UTF-8 bytes; DEL is written as `\u007f` unless
  /// `escapingDelete` is false (the table metadata's convention).
  func bytes(escapingDelete: Bool) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(64 * 1024)
    write(into: &output, indent: 0, escapingDelete: escapingDelete)
    output.append(0x0A)
    return output
  }

  private static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
    output.append(contentsOf: repeatElement(0x20, count: count))
  }

  fileprivate static func append(_ text: StaticString, to output: inout [UInt8]) {
    ByteText.append(text, to: &output)
  }

  /// The pretty-printed text of a value that will stand at `indent` inside a larger one,
  /// without a final newline (for ``rendered(_:)``).
  func bytes(indent: Int, escapingDelete: Bool) -> [UInt8] {
    var output: [UInt8] = []
    write(into: &output, indent: indent, escapingDelete: escapingDelete)
    return output
  }

  /// The text without any whitespace (and without a final newline), for inlining.
  var compactBytes: [UInt8] {
    var output: [UInt8] = []
    write(into: &output, indent: -1, escapingDelete: true)
    return output
  }

  /// Writes an array or object without whitespace; false for other values.
  private func writeCompact(into output: inout [UInt8], escapingDelete: Bool) -> Bool {
    if case .array(let elements) = self {
      output.append(0x5B)
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(0x2C) }
        element.write(into: &output, indent: -1, escapingDelete: escapingDelete)
      }
      output.append(0x5D)
      return true
    }
    if case .object(let members) = self {
      output.append(0x7B)
      for (index, member) in members.enumerated() {
        if index > 0 { output.append(0x2C) }
        JSONText.writeString(member.0, into: &output, escapingDelete: escapingDelete)
        output.append(0x3A)
        member.1.write(into: &output, indent: -1, escapingDelete: escapingDelete)
      }
      output.append(0x7D)
      return true
    }
    return false
  }

  /// Writes the value; `indent` -1 writes it without whitespace.
  private func write(into output: inout [UInt8], indent: Int, escapingDelete: Bool) {
    if indent < 0, writeCompact(into: &output, escapingDelete: escapingDelete) { return }
    switch self {
    case .rendered(let bytes):
      output.append(contentsOf: bytes)
    case .null:
      JSONText.append("null", to: &output)
    case .bool(let value):
      JSONText.append(value ? "true" : "false", to: &output)
    case .int(let value):
      JSONText.appendInteger(value, to: &output)
    case .string(let value):
      JSONText.writeString(value, into: &output, escapingDelete: escapingDelete)
    case .array(let elements):
      if elements.isEmpty {
        JSONText.append("[]", to: &output)
        return
      }
      JSONText.append("[\n", to: &output)
      for (index, element) in elements.enumerated() {
        JSONText.appendSpaces(indent + 2, to: &output)
        element.write(into: &output, indent: indent + 2, escapingDelete: escapingDelete)
        if index != elements.count - 1 { output.append(0x2C) }
        output.append(0x0A)
      }
      JSONText.appendSpaces(indent, to: &output)
      output.append(0x5D)
    case .object(let members):
      if members.isEmpty {
        JSONText.append("{}", to: &output)
        return
      }
      JSONText.append("{\n", to: &output)
      for (index, member) in members.enumerated() {
        JSONText.appendSpaces(indent + 2, to: &output)
        JSONText.writeString(member.0, into: &output, escapingDelete: escapingDelete)
        JSONText.append(": ", to: &output)
        member.1.write(into: &output, indent: indent + 2, escapingDelete: escapingDelete)
        if index != members.count - 1 { output.append(0x2C) }
        output.append(0x0A)
      }
      JSONText.appendSpaces(indent, to: &output)
      output.append(0x7D)
    }
  }

  /// Decimal digits of an integer, as `String(value)` prints them.
  static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
    ByteText.appendInteger(value, to: &output)
  }

  /// Writes a JSON string literal: escapes `"`, `\` and control characters only (and DEL,
  /// as `\u007f`, unless `escapingDelete` is false, as the table metadata writes it).
  static func writeString(_ value: String, into output: inout [UInt8], escapingDelete: Bool = true)
  {
    output.append(0x22)
    var value = value
    let delete: UInt8 = escapingDelete ? 0x7F : 0x22
    value.withUTF8 { utf8 in
      var runStart = 0
      // Eight bytes at a time: a word with no control byte, quote, backslash or DEL (looked
      // for even when it is not escaped: that only sends the word to the byte loop) stays in
      // the run, by the exact zero-byte test; other words are looked at byte by byte.
      var i = 0
      while i < utf8.count {
        if i + 8 <= utf8.count, let base = utf8.baseAddress,
          !mayNeedEscaping(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        {
          i += 8
          continue
        }
        let end = min(i + 8, utf8.count)
        for j in i..<end {
          let byte = utf8[j]
          guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == delete else { continue }
          output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<j]))
          runStart = j + 1
          appendEscaped(byte, to: &output)
        }
        i = end
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    output.append(0x22)
  }
}

extension JSONText {
  /// The escape of a byte that a JSON string cannot hold as it is.
  static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
    switch byte {
    case 0x22: append("\\\"", to: &output)
    case 0x5C: append("\\\\", to: &output)
    case 0x0A: append("\\n", to: &output)
    case 0x0D: append("\\r", to: &output)
    case 0x09: append("\\t", to: &output)
    case 0x08: append("\\b", to: &output)
    case 0x0C: append("\\f", to: &output)
    default:
      let hex: [UInt8] = Array("0123456789abcdef".utf8)
      append("\\u00", to: &output)
      output.append(hex[Int(byte >> 4)])
      output.append(hex[Int(byte & 0x0F)])
    }
  }

  /// Whether any byte of `word` is below 0x20, a quote, a backslash or DEL.
  @inline(__always)
  static func mayNeedEscaping(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    let below = (word &- ones &* 0x20) & ~word & highs
    return below | zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C))
      | zeroByte(word ^ (ones &* 0x7F)) != 0
  }
}

/// Builds an object from members, dropping those whose value is nil.
///
/// `JSONText.members(("a", .string("x")), ("b", nil))` keeps only `a`, so optional fields
/// can be listed in place without breaking the fixed key order.
extension JSONText {
  static func members(_ pairs: (String, JSONText?)...) -> JSONText {
    .object(pairs.compactMap { pair in pair.1.map { (pair.0, $0) } })
  }

  /// A typed JSON-LD value object: `{"@value": value, "@type": datatype}`.
  static func typed(_ value: String, _ datatype: String) -> JSONText {
    .object([("@value", .string(value)), ("@type", .string(datatype))])
  }

  /// A language-tagged JSON-LD value object: `{"@value": value, "@language": language}`.
  static func tagged(_ value: String, _ language: String) -> JSONText {
    .object([("@value", .string(value)), ("@language", .string(language))])
  }

  /// A node reference: `{"@id": iri}`.
  static func ref(_ iri: String) -> JSONText {
    .object([("@id", .string(iri))])
  }
}
