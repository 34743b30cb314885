/// Writes HTML (and inline SVG) straight into one byte buffer with escaping by construction:
/// tag and attribute names can only be string literals (`StaticString`), and every other
/// piece of text — titles, amounts, attribute values — passes through ``escaped(_:)``. A
/// title holding `<`, `&` or quotes therefore cannot open an element or leave an attribute.
///
/// Text is scanned as UTF-8 bytes: runs without a special character are copied as they are,
/// and integers are written as digits, so no `String` is built per element.
struct HTMLOutput {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The one escaping function: `&`, `<`, `>`, `"` and `'` become character references.
  static func escape(_ text: String) -> String {
    var out = HTMLOutput()
    out.escaped(text)
    return String(decoding: out.bytes, as: UTF8.self)
  }

  /// Appends `text` escaped: copies each run of bytes that needs no escaping as it is.
  mutating func escaped(_ text: String) {
    var text = text
    text.withUTF8 { source in
      var start = 0
      for index in 0..<source.count {
        let byte = source[index]
        guard byte <= 0x3E else { continue }  // every special character is below `?`
        let reference: StaticString
        switch byte {
        case 0x26: reference = "&amp;"
        case 0x3C: reference = "&lt;"
        case 0x3E: reference = "&gt;"
        case 0x22: reference = "&quot;"
        case 0x27: reference = "&#39;"
        default: continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
        literal(reference)
        start = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
    }
  }

  /// Markup fixed in the source code (doctype, style sheet); never data.
  mutating func literal(_ markup: StaticString) {
    markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// The decimal digits of `value` (with `-` when negative).
  mutating func integer(_ value: Int64) {
    if value < 0 { bytes.append(0x2D) }
    digits(value.magnitude)
  }

  /// The decimal digits of `value`, written without building a string.
  mutating func digits(_ value: UInt64) {
    var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes ≥ 20 digits
    withUnsafeMutableBytes(of: &scratch) { buffer in
      var rest = value
      var index = buffer.count
      repeat {
        index -= 1
        buffer[index] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
        rest /= 10
      } while rest > 0
      bytes.append(contentsOf: buffer[index...])
    }
  }

  /// Text content, escaped.
  mutating func text(_ text: String) {
    escaped(text)
  }

  /// `<tag a="v" …>`; attributes with a nil value are left out.
  mutating func open(_ tag: StaticString, _ attributes: [(StaticString, String?)] = []) {
    start(tag)
    for case (let name, let value?) in attributes { attribute(name, value) }
    bytes.append(0x3E)
  }

  /// `<tag` — attributes follow with ``attribute(_:_:)``, then ``end()``.
  mutating func start(_ tag: StaticString) {
    bytes.append(0x3C)
    literal(tag)
  }

  /// ` name="value"`, the value escaped.
  mutating func attribute(_ name: StaticString, _ value: String) {
    bytes.append(0x20)
    literal(name)
    literal("=\"")
    escaped(value)
    bytes.append(0x22)
  }

  /// ` name="123"`.
  mutating func attribute(_ name: StaticString, integer value: Int64) {
    bytes.append(0x20)
    literal(name)
    literal("=\"")
    integer(value)
    bytes.append(0x22)
  }

  /// The `>` that ends a start tag begun with ``start(_:)``.
  mutating func end() {
    bytes.append(0x3E)
  }

  mutating func close(_ tag: StaticString) {
    literal("</")
    literal(tag)
    bytes.append(0x3E)
  }

  /// `<tag …>body</tag>`.
  mutating func element(
    _ tag: StaticString, _ attributes: [(StaticString, String?)] = [], _ body: (inout Self) -> Void
  ) {
    open(tag, attributes)
    body(&self)
    close(tag)
  }

  /// `<tag …>text</tag>`.
  mutating func element(
    _ tag: StaticString, _ attributes: [(StaticString, String?)] = [], text: String
  ) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// A line break in the markup (keeps the files readable and diffs small).
  mutating func newline() {
    bytes.append(0x0A)
  }
}
