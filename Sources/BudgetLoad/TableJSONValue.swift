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
  var prettyPrinted: String {
    var output = ""
    write(to: &output, indent: 0)
    output.write("\n")
    return output
  }

  func write(to output: inout some TextOutputStream, indent: Int) {
    switch self {
    case .null: output.write("null")
    case .bool(let value): output.write(value ? "true" : "false")
    case .integer(let value): output.write(String(value))
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let values):
      if values.isEmpty { return output.write("[]") }
      output.write("[\n")
      for (index, value) in values.enumerated() {
        output.write(Self.spaces(indent + 1))
        value.write(to: &output, indent: indent + 1)
        output.write(index == values.count - 1 ? "\n" : ",\n")
      }
      output.write(Self.spaces(indent) + "]")
    case .object(let members):
      if members.isEmpty { return output.write("{}") }
      output.write("{\n")
      let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      for (index, key) in keys.enumerated() {
        output.write(Self.spaces(indent + 1))
        Self.writeString(key, to: &output)
        output.write(": ")
        members[key]!.write(to: &output, indent: indent + 1)
        output.write(index == keys.count - 1 ? "\n" : ",\n")
      }
      output.write(Self.spaces(indent) + "}")
    }
  }

  static func spaces(_ level: Int) -> String { String(repeating: "  ", count: level) }

  static func writeString(_ value: String, to output: inout some TextOutputStream) {
    var escaped = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\t": escaped += "\\t"
      case "\u{08}": escaped += "\\b"
      case "\u{0C}": escaped += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escaped.unicodeScalars.append(scalar)
        }
      }
    }
    output.write(escaped + "\"")
  }
}
