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
    public init(
      inputEncoding: InputDecoder.Encoding? = nil, csvEncoding: CSVEncoding = .utf8,
      baseIRI: String = CSVExporter.defaultBaseIRI
    ) {
      self.inputEncoding = inputEncoding
      self.csvEncoding = csvEncoding
      self.baseIRI = baseIRI
    }
  }

  public var mappings: MappingTables
  /// `VERSION` plus a hash of the mapping files.
  public var mappingVersion: String
  public var options: Options

  public init(mappings: MappingTables, mappingVersion: String, options: Options = Options()) {
    self.mappings = mappings
    self.mappingVersion = mappingVersion
    self.options = options
  }

  /// Loads the mapping tables from a folder and derives their version.
  public init(mappingsDirectory: URL, options: Options = Options()) throws {
    let mappings = try MappingTables(directory: mappingsDirectory)
    var bytes: [UInt8] = []
    for name in MappingTables.fileNames {
      bytes += Array(name.utf8) + [0]
      bytes += (try? Array(Data(contentsOf: mappingsDirectory.appendingPathComponent(name)))) ?? []
    }
    self.init(mappings: mappings, mappingVersion: "\(mappings.version)+\(SHA256.hex(bytes).prefix(12))", options: options)
  }

  /// Extracts one input; `sourceSHA256` may be passed when the caller has already hashed it.
  /// A document with more records than ``DocumentLimits`` allow fails here, before the
  /// transform and the writers (whose output is about a hundred times the input) could
  /// take memory in proportion.
  public func extract(bytes: [UInt8], sourceName: String, sourceSHA256: String? = nil) throws -> ExtractedDocument {
    try DocumentLimits.check(bytes: bytes, source: sourceName)
    let extracted = try Extractor().extract(
      bytes: bytes, sourceName: sourceName, sourceSHA256: sourceSHA256 ?? SHA256.hex(bytes),
      encoding: options.inputEncoding)
    try DocumentLimits.check(extracted)
    return extracted
  }

  public func transform(bytes: [UInt8], sourceName: String) throws -> BudgetDocument {
    try transform(extract(bytes: bytes, sourceName: sourceName))
  }

  public func transform(_ extracted: ExtractedDocument) throws -> BudgetDocument {
    try Transformer(mappings: mappings).transform(extracted)
  }

  /// Every file of a document's export: data files, metadata, validation report, manifest.
  /// The XML is validated against the schema before it is returned.
  public func export(_ document: BudgetDocument) throws -> [ExportFile] {
    var files = try csvFiles(document)
    files += try jsonLDFiles(document)
    files += try xmlFiles(document)
    return try withMetadata(document, dataFiles: files)
  }

  /// The CSVs with their Data Package and CSVW metadata.
  public func csvFiles(_ document: BudgetDocument) throws -> [ExportFile] {
    try CSVExporter(encoding: options.csvEncoding, baseIRI: options.baseIRI).files(for: document)
  }

  /// `budget.jsonld` and its context.
  public func jsonLDFiles(_ document: BudgetDocument) throws -> [ExportFile] {
    try JSONLDExporter(baseIRI: options.baseIRI).files(for: document)
  }

  /// `budget.xml`, validated against the schema.
  public func xmlFiles(_ document: BudgetDocument) throws -> [ExportFile] {
    try XMLExporter().files(for: document)
  }

  /// `dataFiles` plus the schema copy, validation report, DCAT catalog and manifest, sorted
  /// by name.
  public func withMetadata(_ document: BudgetDocument, dataFiles: [ExportFile]) throws -> [ExportFile] {
    var files = dataFiles
    if let xsd = try? Data(contentsOf: XMLSchemaValidator.schemaURL) {
      files.append(ExportFile(name: XMLSchemaValidator.schemaURL.lastPathComponent, bytes: Array(xsd), mediaType: "application/xml"))
    }
    files += try ValidationReportWriter.files(for: document)
    files += try DCATExporter.files(for: document, dataFiles: files, baseIRI: options.baseIRI)
    files.append(
      try ManifestWriter.file(
        for: document, files: files, toolVersion: ToolInfo.version, mappingVersion: mappingVersion))
    return files.sorted { $0.name < $1.name }
  }
}
