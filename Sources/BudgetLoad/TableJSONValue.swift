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
  /// JSON text written beforehand at the indentation of its place (see ``JSONText/rendered(_:)``).
  case rendered([UInt8])

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

  /// The pretty-printed text as UTF-8: the JSON writer of the linked-data files, with the
  /// object keys sorted.
  var prettyPrintedBytes: [UInt8] { jsonText.bytes(escapingDelete: false) }

  /// The same value with ordered members (keys sorted by Unicode code points).
  var jsonText: JSONText {
    switch self {
    case .null: .null
    case .bool(let value): .bool(value)
    case .integer(let value): .int(value)
    case .string(let value): .string(value)
    case .array(let values): .array(values.map(\.jsonText))
    case .rendered(let bytes): .rendered(bytes)
    case .object(let members):
      .object(
        members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
          .map { ($0.key, $0.value.jsonText) })
    }
  }
}
