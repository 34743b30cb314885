/// A JSON value for ``JSONOutput``, typed so that writing it is a switch over five cases, not
/// a chain of dynamic casts of `Any` (which converted each `[String: Bool]`, `[String]` or
/// `[[String: Any]]` into a new `[String: Any]` or `[Any]`, element by element, as it was
/// written: most of the archive's 19 M instructions for its three metadata files).
/// Object keys are sorted when written (``JSONOutput``), so an object is a dictionary.
indirect enum JSONValue: Sendable {
  case string(String)
  case bool(Bool)
  case int(Int)
  case object([String: JSONValue])
  case array([JSONValue])
  case null

  static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

  /// The same value from what `JSONSerialization` reads or writes: dictionaries `[String: Any]`,
  /// arrays `[Any]`, strings, booleans and integers; anything else is `null` (as ``JSONOutput``
  /// wrote it). For tests and callers holding untyped values.
  init(any value: Any) {
    switch value {
    case let s as String: self = .string(s)
    case let b as Bool: self = .bool(b)
    case let i as Int: self = .int(i)
    case let i as Int64: self = .int(Int(i))
    case let d as [String: Any]: self = .object(d.mapValues { JSONValue(any: $0) })
    case let a as [Any]: self = .array(a.map { JSONValue(any: $0) })
    default: self = .null
    }
  }
}

extension JSONValue: ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral
{
  init(stringLiteral value: String) { self = .string(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(integerLiteral value: Int) { self = .int(value) }
  init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(
      Dictionary(elements, uniquingKeysWith: { _, _ in preconditionFailure("a key twice") }))
  }
  init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}
