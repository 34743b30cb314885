/// Writes JSON objects member by member straight into one byte buffer, without building a tree
/// of values: keys are literals that never need escaping, integers are written as digits, and
/// strings are escaped only where they hold a quote, a backslash or a control character.
///
/// No whitespace is written; callers put a line break between the nodes of a graph.
struct JSONObjectWriter {
  var output: [UInt8] = []
  private var needsComma = false

  init(capacity: Int = 0) {
    output.reserveCapacity(capacity)
  }

  mutating func beginObject() {
    output.append(0x7B)
    needsComma = false
  }

  mutating func endObject() {
    output.append(0x7D)
    needsComma = true
  }

  /// Raw bytes between values (for example `,\n` between the nodes of a graph).
  mutating func raw(_ text: StaticString) {
    ByteText.append(text, to: &output)
  }

  /// `"name":`, after a comma unless it is the first member.
  mutating func key(_ name: StaticString) {
    if needsComma { output.append(0x2C) }
    output.append(0x22)
    ByteText.append(name, to: &output)
    output.append(0x22)
    output.append(0x3A)
    needsComma = true
  }

  /// A string member; nothing when `value` is nil.
  mutating func string(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    key(name)
    JSONText.writeString(value, into: &output)
  }

  /// An integer member; nothing when `value` is nil.
  mutating func integer(_ name: StaticString, _ value: Int64?) {
    guard let value else { return }
    key(name)
    ByteText.appendInteger(value, to: &output)
  }

  mutating func integer(_ name: StaticString, _ value: Int) {
    integer(name, Int64(value))
  }

  mutating func bool(_ name: StaticString, _ value: Bool) {
    key(name)
    ByteText.appendBool(value, to: &output)
  }

  /// A member whose value is literal JSON, such as `["Concept","Expense"]`.
  mutating func literal(_ name: StaticString, _ json: StaticString) {
    key(name)
    ByteText.append(json, to: &output)
  }

  /// A member whose value is literal JSON bytes built once, such as a constant IRI string.
  mutating func literal(_ name: StaticString, _ json: [UInt8]) {
    key(name)
    output.append(contentsOf: json)
  }

  /// A string member whose characters `body` appends (they must need no escaping: IRIs built
  /// from percent-encoded segments).
  mutating func quoted(_ name: StaticString, _ body: (inout [UInt8]) -> Void) {
    key(name)
    output.append(0x22)
    body(&output)
    output.append(0x22)
  }
}
