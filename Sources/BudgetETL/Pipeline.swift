import BudgetExtract
import BudgetLoad
import BudgetModel
import BudgetTransform
import BudgetXML
import Foundation

/// Runs extract → transform → load for one document, in memory.
public struct Pipeline: Sendable {
  public struct Options: Sendable {
    public var inputEncoding: InputDecoder.Encoding?
    public var csvEncoding: CSVEncoding
    public var baseIRI: String
    /// The formats written (`--formats`), in registry order; all by default.
    public var formats: [any ExportFormat]
    /// Identity stated by the user for documents that do not print it.
    public var overrides = IdentityOverrides()
    /// Wall time, memory and text size of a PDF's conversion (`--pdf-timeout`,
    /// `--pdf-memory-mb`, `--max-input-mb`).
    public var pdfLimits = PDFTextConverter.Limits.standard
    public init(
      inputEncoding: InputDecoder.Encoding? = nil, csvEncoding: CSVEncoding = .utf8,
      baseIRI: String = CSVExporter.defaultBaseIRI, formats: [any ExportFormat] = ExportFormats.all
    ) {
      self.inputEncoding = inputEncoding
      self.csvEncoding = csvEncoding
      self.baseIRI = baseIRI
      self.formats = formats
    }
  }

  public var mappings: MappingTables {
    didSet { extractor = Self.extractor(for: mappings) }
  }
  /// The extract stage with the units and eras of `mappings`, built once (not per document).
  private(set) var extractor: Extractor
  /// `VERSION` plus a hash of the mapping files.
  public var mappingVersion: String
  public var options: Options

  public init(mappings: MappingTables, mappingVersion: String, options: Options = Options()) {
    self.mappings = mappings
    self.extractor = Self.extractor(for: mappings)
    self.mappingVersion = mappingVersion
    self.options = options
  }

  /// Loads the mapping tables from a folder and derives their version.
  public init(mappingsDirectory: URL, options: Options = Options()) throws {
    let mappings = try MappingTables(directory: mappingsDirectory)
    self.init(
      mappings: mappings, mappingVersion: "\(mappings.version)+\(mappings.filesSHA256.prefix(12))",
      options: options)
  }

  /// Extracts one input; `sourceSHA256` may be passed when the caller has already hashed it.
  /// A document with more records than ``DocumentLimits`` allow fails here, before the
  /// transform and the writers (whose output is about a hundred times the input) could
  /// take memory in proportion.
  public func extract(bytes: [UInt8], sourceName: String, sourceSHA256: String? = nil) throws
    -> ExtractedDocument
  {
    try DocumentLimits.check(bytes: bytes, source: sourceName)
    return try extract(
      decode(bytes: bytes, sourceName: sourceName), sourceName: sourceName,
      sourceSHA256: sourceSHA256 ?? SHA256.hex(bytes))
  }

  /// The extract stage with the units and eras of the mapping tables.
  static func extractor(for mappings: MappingTables) -> Extractor {
    Extractor(lexicon: lexicon(of: mappings))
  }

  /// The words of the line grammar (units, eras) that the mapping tables define, as the
  /// extractor is given them.
  public static func lexicon(of mappings: MappingTables) -> Lexicon {
    Lexicon(units: mappings.units.keys.sorted(), eras: mappings.eras.keys.sorted())
  }

  /// The decoded text of one input (a PDF's through `pdftotext`): what `source.txt` holds.
  public func decode(bytes: [UInt8], sourceName: String) throws -> Extractor.Source {
    try PDFTextConverter.$limits.withValue(options.pdfLimits) {
      try extractor.decode(bytes: bytes, sourceName: sourceName, encoding: options.inputEncoding)
    }
  }

  /// Extracts a decoded input; a document over ``DocumentLimits`` fails here.
  public func extract(_ source: Extractor.Source, sourceName: String, sourceSHA256: String) throws
    -> ExtractedDocument
  {
    let extracted = extractor.extract(
      source: source, sourceName: sourceName, sourceSHA256: sourceSHA256)
    try DocumentLimits.check(extracted)
    return extracted
  }

  public func transform(bytes: [UInt8], sourceName: String) throws -> BudgetDocument {
    try transform(extract(bytes: bytes, sourceName: sourceName))
  }

  /// Transforms extracted records; a document without anything of a budget overview fails
  /// here (`extract` still prints what it found: its diagnostics).
  public func transform(_ extracted: ExtractedDocument) throws -> BudgetDocument {
    try Extractor.requireBudgetStructure(extracted)
    return try Transformer(mappings: mappings, overrides: options.overrides).transform(extracted)
  }

  /// The decoded input's lines, numbered as the extract stage numbers them (for `source.html`);
  /// a PDF's are those of its `pdftotext` text.
  public func sourceLines(bytes: [UInt8], sourceName: String) throws -> [String] {
    SourceLines.split(try decode(bytes: bytes, sourceName: sourceName).text)
  }

  /// Every file of a document's export, sorted by name: the ``ExportStage/first`` formats'
  /// files (the validation report), the chosen formats' files, the decoded input as
  /// `source.txt` (UTF-8, with `sourceText`, so every `source_line` can be looked up — of a
  /// PDF too), then the ``ExportStage/last`` formats' (the DCAT catalog and the manifest).
  /// `sourceLines` (the decoded input, split from `sourceText` when not given) give the HTML
  /// its source page.
  public func export(
    _ document: BudgetDocument, sourceLines: [String]? = nil, sourceText: String? = nil
  ) throws
    -> [ExportFile]
  {
    let wantsLines = options.formats.contains { $0.needsSourceLines }
    var context = context(
      for: document,
      sourceLines: sourceLines ?? (wantsLines ? sourceText.map(SourceLines.split) : nil))
    for format in ExportFormats.first + options.formats { try context.write(format) }
    if let sourceText {
      context.append(
        ExportFile(
          name: Self.sourceFileName, bytes: Array(sourceText.utf8), mediaType: "text/plain"),
        Self.sourceFileDescription)
    }
    for format in ExportFormats.last { try context.write(format) }
    return context.writtenFiles.sorted { $0.name < $1.name }
  }

  /// What the formats of a document's export are given, before any has run.
  public func context(for document: BudgetDocument, sourceLines: [String]? = nil) -> ExportContext {
    ExportContext(
      document: document, options: options, mappingVersion: mappingVersion,
      sourceLines: sourceLines)
  }

  /// The decoded input in every export.
  public static let sourceFileName = "source.txt"
  static let sourceFileDescription = FileDescription("テキスト（元資料）", audience: "確認")
}
