/// Writes HTML (and inline SVG) into a text stream with escaping by construction: tag and
/// attribute names can only be string literals (`StaticString`), and every other piece of
/// text — titles, amounts, attribute values — passes through ``escape(_:)``. A title
/// holding `<`, `&` or quotes therefore cannot open an element or leave an attribute.
struct HTMLOutput<Target: TextOutputStream> {
  var target: Target

  init(_ target: Target) {
    self.target = target
  }

  /// The one escaping function: `&`, `<`, `>`, `"` and `'` become character references.
  static func escape(_ text: String) -> String {
    guard
      text.utf8.contains(where: {
        $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27
      })
    else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Markup fixed in the source code (doctype, style sheet); never data.
  mutating func literal(_ markup: StaticString) {
    target.write(markup.description)
  }

  /// Text content, escaped.
  mutating func text(_ text: String) {
    target.write(Self.escape(text))
  }

  /// `<tag a="v" …>`; attributes with a nil value are left out.
  mutating func open(_ tag: StaticString, _ attributes: [(StaticString, String?)] = []) {
    target.write("<")
    target.write(tag.description)
    for case (let name, let value?) in attributes {
      target.write(" ")
      target.write(name.description)
      target.write("=\"")
      target.write(Self.escape(value))
      target.write("\"")
    }
    target.write(">")
  }

  mutating func close(_ tag: StaticString) {
    target.write("</")
    target.write(tag.description)
    target.write(">")
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
    target.write("\n")
  }
}
