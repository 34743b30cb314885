import BudgetModel

/// The extract stage: reads a budget overview's text into typed records that keep their
/// source lines. It recognizes structure (numbered headings, tables, figure shapes, the
/// 【主な経費】 list), not the titles of one edition, so next year's document or another
/// ministry's reads the same way.
///
/// Layers, each testable alone: decode (`InputDecoder`; a PDF through `PDFTextConverter`) →
/// physical lines with input hygiene (`PhysicalLines`, `InputHygiene`) → page furniture
/// removed (`PageFurniture`) → logical lines (`LogicalLines`) → the layout that fits best
/// (`DocumentLayouts`, today `SoumuOverviewLayout`). Line numbers are those of the decoded
/// text throughout.
public struct Extractor: Sendable {
  /// Units and eras, as `Mappings/` defines them: passed to every layer that reads words.
  public var lexicon: Lexicon

  public init(lexicon: Lexicon = .standard) {
    self.lexicon = lexicon
  }

  /// The decoded text of an input and the encoding it was read from (`pdf` for a PDF, whose
  /// text is `pdftotext`'s): what every `source_line` refers to.
  public struct Source: Sendable {
    public var text: String
    public var encoding: String
  }

  /// Decodes `bytes`: a PDF through `pdftotext`, text by detecting the encoding unless one
  /// is given.
  public func decode(bytes: [UInt8], sourceName: String, encoding: InputDecoder.Encoding? = nil)
    throws -> Source
  {
    if PDFTextConverter.isPDF(bytes) {
      let text = try PDFTextConverter.text(of: bytes, source: sourceName)
      let (decoded, _) = try InputDecoder(encoding: .utf8).decode(text, source: sourceName)
      return Source(text: decoded, encoding: "pdf")
    }
    let (text, used) = try InputDecoder(encoding: encoding).decode(bytes, source: sourceName)
    return Source(text: text, encoding: used.rawValue)
  }

  /// Decodes `bytes` (detecting the encoding unless one is given) and extracts.
  public func extract(
    bytes: [UInt8], sourceName: String, sourceSHA256: String = "",
    encoding: InputDecoder.Encoding? = nil
  ) throws -> ExtractedDocument {
    extract(
      source: try decode(bytes: bytes, sourceName: sourceName, encoding: encoding),
      sourceName: sourceName, sourceSHA256: sourceSHA256)
  }

  /// Extracts from a decoded source.
  public func extract(source: Source, sourceName: String, sourceSHA256: String = "")
    -> ExtractedDocument
  {
    var document = extract(text: source.text, sourceName: sourceName, sourceSHA256: sourceSHA256)
    document.encoding = source.encoding
    return document
  }

  /// Extracts from decoded text.
  public func extract(text: String, sourceName: String, sourceSHA256: String = "")
    -> ExtractedDocument
  {
    let physical = PhysicalLines(text, lexicon: lexicon)
    let lines = PageFurniture.removing(from: physical.lines)
    let layout = DocumentLayouts.best(for: lines)
    var document = ExtractedDocument(
      sourceName: sourceName, sourceSHA256: sourceSHA256, encoding: "utf-8",
      lineCount: physical.count)
    let read =
      layout.joinsLines
      ? LogicalLines(lexicon: lexicon, layout: layout).joining(lines) : lines
    layout.extract(read, lexicon: lexicon, into: &document)
    return document
  }
}
