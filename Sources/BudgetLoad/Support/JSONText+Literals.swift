/// Literals for the table metadata (`datapackage.json`, `csv-metadata.json`), whose objects
/// are written with their keys sorted by Unicode code points: a dictionary literal, or
/// ``sorted(_:)``, is such an object. The linked-data writers keep the order they give with
/// ``object(_:)``.
extension JSONText: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  init(stringLiteral value: String) { self = .string(value) }
  init(integerLiteral value: Int64) { self = .int(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(arrayLiteral elements: JSONText...) { self = .array(elements) }
  init(dictionaryLiteral elements: (String, JSONText)...) {
    self = .sorted(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }

  /// An object with its members' keys sorted by Unicode code points.
  static func sorted(_ members: [String: JSONText]) -> JSONText {
    .object(
      members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
        .map { ($0.key, $0.value) })
  }
}

extension JSONText {
  /// The table metadata's text: pretty-printed, DEL left as is, ending with a newline.
  var tableMetadataText: String { String(decoding: bytes(escapingDelete: false), as: UTF8.self) }
}
