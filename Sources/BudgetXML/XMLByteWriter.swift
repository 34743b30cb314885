/// Writes the document's XML straight into one byte buffer, in exactly the layout of libxml2's
/// serializer (`xmlSaveDoc` with `XML_SAVE_FORMAT`, UTF-8): the XML declaration, two spaces of
/// indentation per level, an element with text on one line, an element without content as
/// `<name/>`. No tree and no per-node allocation: names are literals, values are copied as
/// UTF-8, escaped only where a byte needs it. `XMLTreeBuilder` (libxml2's own tree and
/// serializer) is the reference the tests hold it to, byte for byte.
///
/// Escaping, as libxml2's: in text `<`, `>`, `&` and CR; in attribute values also `"`, tab
/// and newline (as character references, so they survive attribute-value normalization).
/// A string with a character outside XML 1.0's `Char` production is refused, with the same
/// message as the tree's (`XMLCharacters.check`). Mixed content (text
/// and elements in one element) is refused: libxml2 would lay it out differently, and the
/// schema has none.
///
/// The state is `@exclusivity(unchecked)`: a writer is used by one thread and its methods
/// never re-enter it, so the runtime's dynamic exclusivity check on every append (a
/// `swift_beginAccess`/`swift_endAccess` pair, about a sixth of the writer's instructions)
/// guards nothing here.
final class XMLByteWriter: XMLOutput {
  /// The bytes written so far.
  @exclusivity(unchecked) private(set) var bytes: [UInt8]
  /// The open elements, innermost last, with what they hold so far.
  @exclusivity(unchecked) private var open: [(name: StaticString, content: Content)] = []
  /// Whether the innermost element's start tag still lacks its `>`.
  @exclusivity(unchecked) private var startTagOpen = false

  private enum Content { case nothing, text, elements }

  init(capacity: Int = 1 << 18) {
    bytes = []
    bytes.reserveCapacity(capacity)
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
  }

  func startElement(_ name: StaticString) throws {
    if let last = open.indices.last {
      if open[last].content == .text { throw mixedContent(name) }
      if startTagOpen { append(">\n") }
      open[last].content = .elements
    }
    indent(open.count)
    bytes.append(UInt8(ascii: "<"))
    append(name)
    open.append((name, .nothing))
    startTagOpen = true
  }

  func endElement() throws {
    guard let (name, content) = open.popLast() else {
      throw BudgetXMLError.writerFailed("endElement without an open element")
    }
    switch content {
    case .nothing:
      append("/>\n")
    case .text:
      append("</")
      append(name)
      append(">\n")
    case .elements:
      indent(open.count)
      append("</")
      append(name)
      append(">\n")
    }
    startTagOpen = false
  }

  func attribute(_ name: StaticString, _ value: String) throws {
    try startAttribute(name)
    if Self.escape(value, attribute: true, into: &bytes) {
      try XMLCharacters.check(value, path: path, in: "@\(name)")
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Digits straight into the buffer, no `String`.
  func attribute(_ name: StaticString, integer value: Int) throws {
    try startAttribute(name)
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt64.max's 20 digits
    withUnsafeMutableBytes(of: &digits) { buffer in
      var start = buffer.count
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// ` name="` of an attribute of the element just opened.
  private func startAttribute(_ name: StaticString) throws {
    guard startTagOpen else {
      throw BudgetXMLError.writerFailed("attribute \(name) outside a start tag at \(path)")
    }
    bytes.append(UInt8(ascii: " "))
    append(name)
    append("=\"")
  }

  func text(_ value: String) throws {
    guard let last = open.indices.last else {
      throw BudgetXMLError.writerFailed("text outside an element")
    }
    if open[last].content == .elements { throw mixedContent(nil) }
    if startTagOpen { bytes.append(UInt8(ascii: ">")) }
    startTagOpen = false
    open[last].content = .text
    if Self.escape(value, attribute: false, into: &bytes) {
      try XMLCharacters.check(value, path: path, in: "text")
    }
  }

  /// `/a/b`: the open elements, for error messages.
  private var path: String {
    "/" + open.map { "\($0.name)" }.joined(separator: "/")
  }

  private func mixedContent(_ child: StaticString?) -> BudgetXMLError {
    .writerFailed(
      "mixed content (text and elements) in \(path)" + (child.map { " at <\($0)>" } ?? ""))
  }

  @inline(__always)
  private func append(_ literal: StaticString) {
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  private func indent(_ level: Int) {
    // libxml2 indents by at most 60 spaces (30 levels); the schema has 5.
    let spaces: StaticString = "                                                            "
    let count = min(2 * level, spaces.utf8CodeUnitCount)
    bytes.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: count))
  }

  /// Appends `value`'s UTF-8, copying runs of plain bytes and replacing the few that libxml2
  /// escapes. Returns true when a byte could start a character outside XML 1.0's `Char` (a C0
  /// control other than tab, newline and CR, or `EF BF BE/BF`, U+FFFE/U+FFFF): the caller
  /// then checks the scalars (`XMLCharacters.check`), which throws for a real one. Static, on
  /// `inout` bytes: one exclusive access per string, not one per append.
  private static func escape(_ value: String, attribute: Bool, into bytes: inout [UInt8]) -> Bool {
    var value = value
    return value.withUTF8 { utf8 in
      var run = 0
      var suspect = false
      for i in 0..<utf8.count {
        let byte = utf8[i]
        // Only `<` `>` `&` `"`, the C0 controls and 0xEF need a look.
        guard byte < 0x3F || byte == 0xEF else { continue }
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "&"): replacement = "&amp;"
        case 0x0D: replacement = "&#13;"
        case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
        case 0x0A where attribute: replacement = "&#10;"
        case 0x09 where attribute: replacement = "&#9;"
        case 0x09, 0x0A: continue
        case 0xEF:
          if i + 2 < utf8.count, utf8[i + 1] == 0xBF, utf8[i + 2] >= 0xBE { suspect = true }
          continue
        case ..<0x20:
          suspect = true
          continue
        default: continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
        bytes.append(
          contentsOf: UnsafeBufferPointer(
            start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        run = i + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
      return suspect
    }
  }
}
