/// IRI helpers shared by the JSON-LD, DCAT and index writers.
enum JSONLDIRI {
  /// The base IRI with a trailing `/` (unless it ends in `/` or `#`); throws when it has no
  /// scheme.
  static func normalizedBase(_ base: String) throws -> String {
    guard let colon = base.firstIndex(of: ":"), colon != base.startIndex,
      base[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
      ),
      base[base.startIndex].isLetter,
      !base.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" })
    else {
      throw JSONLDError.invalidBaseIRI(base)
    }
    if base.hasSuffix("/") || base.hasSuffix("#") { return base }
    return base + "/"
  }

  /// Percent-encodes everything but RFC 3986 unreserved characters, so an identifier is
  /// always one safe path segment.
  static func segment(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendSegment(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``segment(_:)`` of `text` as bytes (ASCII, never in need of JSON escaping).
  static func appendSegment(_ text: String, to output: inout [UInt8]) {
    let hex: StaticString = "0123456789ABCDEF"
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        output.append(byte)
      default:
        output.append(UInt8(ascii: "%"))
        output.append(hex.utf8Start[Int(byte >> 4)])
        output.append(hex.utf8Start[Int(byte & 0x0F)])
      }
    }
  }

  /// The concept of a budget stage in the `budget-phase` code list.
  static func phaseConcept(_ code: String) -> String {
    CodeList.budgetPhases.codePrefix + segment(code)
  }

  /// The IRI of a fiscal year under a (normalized) base: `{base}fiscal-year/2024`.
  static func fiscalYear(_ year: Int, base: String) -> String {
    base + "fiscal-year/" + DCATVocabulary.format4(year)
  }

  /// The EU currency authority IRI for the Japanese yen.
  static let yen = Vocabulary.currencyAuthority + "JPY"
}
