/// A JSON value for the table metadata (`datapackage.json`, `csv-metadata.json`), written
/// deterministically: object keys sorted by Unicode code points, two-space indentation,
/// `/` and non-ASCII characters unescaped, a final newline.
indirect enum TableJSONValue: Hashable, Sendable, ExpressibleByStringLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  case null
  case bool(Bool)
  case integer(Int64)
  case string(String)
  case array([TableJSONValue])
  case object([String: TableJSONValue])

  init(stringLiteral value: String) { self = .string(value) }
  init(integerLiteral value: Int64) { self = .integer(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(arrayLiteral elements: TableJSONValue...) { self = .array(elements) }
  init(dictionaryLiteral elements: (String, TableJSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }

  /// A string, or null for nil.
  static func string(_ value: String?) -> TableJSONValue { value.map(TableJSONValue.string) ?? .null }

  /// The pretty-printed text, ending with a newline.
  var prettyPrinted: String { String(decoding: prettyPrintedBytes, as: UTF8.self) }

  /// The pretty-printed text as UTF-8, written straight into one byte buffer.
  var prettyPrintedBytes: [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(32 * 1024)
    write(to: &output, indent: 0)
    output.append(0x0A)
    return output
  }

  func write(to output: inout [UInt8], indent: Int) {
    switch self {
    case .null: Self.append("null", to: &output)
    case .bool(let value): Self.append(value ? "true" : "false", to: &output)
    case .integer(let value): JSONText.appendInteger(value, to: &output)
    case .string(let value): JSONText.writeString(value, into: &output, escapingDelete: false)
    case .array(let values):
      if values.isEmpty { return Self.append("[]", to: &output) }
      Self.append("[\n", to: &output)
      for (index, value) in values.enumerated() {
        output.append(contentsOf: repeatElement(0x20, count: 2 * (indent + 1)))
        value.write(to: &output, indent: indent + 1)
        if index != values.count - 1 { output.append(0x2C) }
        output.append(0x0A)
      }
      output.append(contentsOf: repeatElement(0x20, count: 2 * indent))
      output.append(0x5D)
    case .object(let members):
      if members.isEmpty { return Self.append("{}", to: &output) }
      Self.append("{\n", to: &output)
      let sorted = members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
      for (index, member) in sorted.enumerated() {
        output.append(contentsOf: repeatElement(0x20, count: 2 * (indent + 1)))
        JSONText.writeString(member.key, into: &output, escapingDelete: false)
        Self.append(": ", to: &output)
        member.value.write(to: &output, indent: indent + 1)
        if index != sorted.count - 1 { output.append(0x2C) }
        output.append(0x0A)
      }
      output.append(contentsOf: repeatElement(0x20, count: 2 * indent))
      output.append(0x7D)
    }
  }

  private static func append(_ text: StaticString, to output: inout [UInt8]) {
    text.withUTF8Buffer { output.append(contentsOf: $0) }
  }
}
