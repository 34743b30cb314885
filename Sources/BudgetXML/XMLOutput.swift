import CLibXML2

/// Where the exporter writes elements: `XMLByteWriter` (the bytes, what the exporter uses) or
/// `XMLTreeBuilder` (libxml2's tree and serializer, the reference the byte writer is tested
/// against). Element and attribute names are literals.
protocol XMLOutput: AnyObject {
  /// Opens an element. An `xmlns` attribute written first declares the default namespace.
  func startElement(_ name: StaticString) throws
  /// Closes the innermost open element (as `<name/>` when it has no content).
  func endElement() throws
  /// Writes an attribute of the element just opened.
  func attribute(_ name: StaticString, _ value: String) throws
  /// Writes an integer attribute (decimal digits, `-` when negative).
  func attribute(_ name: StaticString, integer value: Int) throws
  /// Writes character data.
  func text(_ value: String) throws
}

extension XMLOutput {
  func attribute(_ name: StaticString, integer value: Int) throws {
    try attribute(name, String(value))
  }

  /// Writes an attribute when `value` is not nil.
  func attribute(_ name: StaticString, ifPresent value: String?) throws {
    if let value { try attribute(name, value) }
  }

  /// Writes `<name attributes…>text</name>`.
  func element(
    _ name: StaticString, attributes: KeyValuePairs<StaticString, String> = [:], text: String
  ) throws {
    try startElement(name)
    for (key, value) in attributes { try attribute(key, value) }
    try self.text(text)
    try endElement()
  }
}

/// XML 1.0 `Char` checks shared by both outputs.
enum XMLCharacters {
  /// Throws `writerFailed` when `value` holds a character outside XML 1.0's `Char`
  /// production; `path` names the open elements (`/a/b`) and `place` the attribute or text.
  @inline(__always)
  static func check(
    _ value: String, path: @autoclosure () -> String, in place: @autoclosure () -> String
  )
    throws
  {
    if mayHoldNonCharacters(value) { try checkScalars(value, path: path(), in: place()) }
  }

  /// A byte scan over the UTF-8: false when no byte can start a character outside `Char`
  /// (a C0 control other than tab, newline, carriage return; or U+FFFE/U+FFFF, `EF BF BE/BF`).
  @inline(__always)
  static func mayHoldNonCharacters(_ value: String) -> Bool {
    var value = value
    return value.withUTF8 { bytes in
      let n = bytes.count
      var i = 0
      while i < n {
        let b = bytes[i]
        if b < 0x20 {
          if b != 0x09 && b != 0x0A && b != 0x0D { return true }
        } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
          return true
        }
        i += 1
      }
      return false
    }
  }

  private static func checkScalars(_ value: String, path: String, in place: String) throws {
    for scalar in value.unicodeScalars where !isXMLCharacter(scalar) {
      let code = String(scalar.value, radix: 16, uppercase: true)
      throw BudgetXMLError.writerFailed(
        "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) cannot be written"
          + " in XML 1.0 (\(path) \(place))")
    }
  }

  /// XML 1.0 `Char`: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
  /// U+10000–U+10FFFF (Swift scalars never are surrogates).
  static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xFFFD: true
    case 0x10000...0x10FFFF: true
    default: false
    }
  }
}

extension XMLCharacters {
  /// Passes `string` to `body` as a NUL-terminated `xmlChar` (UTF-8) pointer.
  static func withXMLChars<R>(
    _ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R
  ) throws -> R {
    try string.withCString { chars in
      try chars.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
    }
  }
}
