import BudgetModel

/// The extract stage: reads a budget overview's text into typed records that keep their
/// source lines. It recognizes structure (numbered headings, tables, figure shapes, the
/// 【主な経費】 list), not the titles of one edition, so next year's document or another
/// ministry's reads the same way.
public struct Extractor: Sendable {
  public init() {}

  /// Decodes `bytes` (detecting the encoding unless one is given) and extracts.
  public func extract(
    bytes: [UInt8], sourceName: String, sourceSHA256: String = "",
    encoding: InputDecoder.Encoding? = nil
  ) throws -> ExtractedDocument {
    let (text, used) = try InputDecoder(encoding: encoding).decode(bytes, source: sourceName)
    var document = extract(text: text, sourceName: sourceName, sourceSHA256: sourceSHA256)
    document.encoding = used.rawValue
    return document
  }

  /// Extracts from decoded text.
  public func extract(text: String, sourceName: String, sourceSHA256: String = "") -> ExtractedDocument {
    var state = ExtractionState(sourceName: sourceName, sourceSHA256: sourceSHA256)
    var number = 0
    // One pass over the scalars, splitting on "\n" (as Characters, "\r\n" is one grapheme
    // and would not split) and folding as it goes; each line's arrays are handed over whole.
    var original: [Unicode.Scalar] = []
    var normalized: [Unicode.Scalar] = []
    var lastWasNewline = false
    func emit() {
      number += 1
      if original.last == "\r" {
        original.removeLast()
        normalized.removeLast()
      }
      if number == 1, original.first == "\u{FEFF}" {
        original.removeFirst()
        normalized.removeFirst()
      }
      state.consume(Line(number: number, original: original, normalized: normalized))
      original = []
      normalized = []
      original.reserveCapacity(128)
      normalized.reserveCapacity(128)
    }
    original.reserveCapacity(128)
    normalized.reserveCapacity(128)
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        emit()
        lastWasNewline = true
      } else {
        original.append(scalar)
        normalized.append(Line.fold(scalar))
        lastWasNewline = false
      }
    }
    emit()
    if lastWasNewline { number -= 1 }
    state.finish()
    state.document.lineCount = number
    return state.document
  }
}
