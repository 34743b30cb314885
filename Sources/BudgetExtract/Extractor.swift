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
    let physical = PhysicalLines(text)
    for line in LogicalLines.joining(PageFurniture.removing(from: physical.lines)) {
      state.consume(line)
    }
    state.finish()
    state.document.lineCount = physical.count
    return state.document
  }
}
