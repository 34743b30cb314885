/// A document type declaration in an instance. An export's `budget.xml` never has one; one
/// added by hand (with entities, internal or `SYSTEM "file:…"` / `"http:…"`) is reported as
/// such, in a sentence, instead of the error libxml2's validator gives on the first entity
/// reference ("Internal error: xmlSchemaVDocWalk, there is at least one entity reference in
/// the node-tree…"). The instance is not validated further and no entity is ever resolved:
/// libxml2 parses it without `XML_PARSE_NOENT` and `XML_PARSE_DTDLOAD`, and with
/// `XML_PARSE_NONET` (`XMLSchemaValidatorTests` prove that neither a `file://` nor an
/// `http://127.0.0.1` entity is opened).
enum XMLDoctype {
  /// The issue for a DOCTYPE in the prolog of UTF-8 `bytes` (after the XML declaration,
  /// comments and processing instructions), or nil.
  static func issue(in bytes: [UInt8]) -> XMLValidationIssue? {
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        i += 1
      } else if matches(bytes, at: i, "<?") {
        guard let end = find(bytes, "?>", from: i + 2) else { return nil }
        i = end + 2
      } else if matches(bytes, at: i, "<!--") {
        guard let end = find(bytes, "-->", from: i + 4) else { return nil }
        i = end + 3
      } else if matches(bytes, at: i, "<!DOCTYPE") {
        let line = bytes[..<i].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let end = find(bytes, "]>", from: i) ?? find(bytes, ">", from: i) ?? bytes.count
        return issue(line: line, declaresEntities: find(bytes[..<end], "<!ENTITY", from: i) != nil)
      } else {
        return nil  // the root element (or not XML): no DOCTYPE
      }
    }
    return nil
  }

  /// The sentence, at the DOCTYPE's line.
  static func issue(line: Int, declaresEntities: Bool) -> XMLValidationIssue {
    let what =
      declaresEntities
      ? "a document type declaration (<!DOCTYPE …>) that declares entities"
      : "a document type declaration (<!DOCTYPE …>)"
    return XMLValidationIssue(
      line: line,
      message:
        "The document has \(what), which a budget.xml export never has (edited by hand?); it was not validated, and no entity was resolved or opened. Remove the DOCTYPE or export the document again."
    )
  }

  static func matches(_ bytes: [UInt8], at i: Int, _ text: String) -> Bool {
    bytes[i...].starts(with: text.utf8)
  }

  static func find<C: RandomAccessCollection<UInt8>>(
    _ bytes: C, _ text: String, from start: C.Index
  )
    -> C.Index?
  {
    let needle = Array(text.utf8)
    var i = start
    while i < bytes.endIndex {
      if bytes[i...].starts(with: needle) { return i }
      i = bytes.index(after: i)
    }
    return nil
  }
}
