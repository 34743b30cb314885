/// Writes HTML (and inline SVG) with escaping by construction: tag and attribute names can
/// only be string literals (`StaticString`), and every other piece of text — titles, amounts,
/// attribute values — passes through the one escaping function. A title holding `<`, `&` or
/// quotes therefore cannot open an element or leave an attribute.
///
/// The markup goes into one UTF-8 byte buffer (``bytes``); ``finished`` hands it to the
/// target stream at the end.
struct HTMLOutput<Target: TextOutputStream> {
  var target: Target
  /// The markup written so far.
  var bytes: [UInt8] = []

  init(_ target: Target) {
    self.target = target
    bytes.reserveCapacity(64 * 1024)
  }

  /// The target with the markup written to it.
  var finished: Target {
    var result = target
    result.write(String(decoding: bytes, as: UTF8.self))
    return result
  }

  /// The one escaping function: `&`, `<`, `>`, `"` and `'` become character references.
  static func escape(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendEscaped(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// ``escape(_:)`` appended as bytes; text without those characters is copied in one run.
  static func appendEscaped(_ text: String, to output: inout [UInt8]) {
    let plain = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      guard utf8.contains(where: needsEscaping) else {
        output.append(contentsOf: utf8)
        return true
      }
      return false
    }
    if plain == true { return }
    for byte in text.utf8 {
      switch byte {
      case 0x26: ByteText.append("&amp;", to: &output)
      case 0x3C: ByteText.append("&lt;", to: &output)
      case 0x3E: ByteText.append("&gt;", to: &output)
      case 0x22: ByteText.append("&quot;", to: &output)
      case 0x27: ByteText.append("&#39;", to: &output)
      default: output.append(byte)
      }
    }
  }

  private static func needsEscaping(_ byte: UInt8) -> Bool {
    byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
  }

  /// Markup fixed in the source code (doctype, style sheet); never data.
  mutating func literal(_ markup: StaticString) {
    ByteText.append(markup, to: &bytes)
  }

  /// Markup written by another `HTMLOutput` (built first, placed later).
  mutating func append<Other>(_ other: HTMLOutput<Other>) {
    bytes += other.bytes
  }

  /// The decimal digits of an integer (never in need of escaping).
  mutating func integer(_ value: Int) {
    ByteText.appendInteger(Int64(value), to: &bytes)
  }

  /// Text content, escaped.
  mutating func text(_ text: String) {
    Self.appendEscaped(text, to: &bytes)
  }

  /// `<tag a="v" …>`; attributes with a nil value are left out.
  mutating func open(_ tag: StaticString, _ attributes: [(StaticString, String?)] = []) {
    bytes.append(0x3C)
    ByteText.append(tag, to: &bytes)
    for case (let name, let value?) in attributes {
      bytes.append(0x20)
      ByteText.append(name, to: &bytes)
      bytes.append(0x3D)
      bytes.append(0x22)
      Self.appendEscaped(value, to: &bytes)
      bytes.append(0x22)
    }
    bytes.append(0x3E)
  }

  mutating func close(_ tag: StaticString) {
    bytes.append(0x3C)
    bytes.append(0x2F)
    ByteText.append(tag, to: &bytes)
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
