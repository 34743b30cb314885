import BudgetLoad
import BudgetModel

/// What a format is given: the document, the run's options, the decoded input's lines (when
/// a chosen format asks for them) and the files written so far, each with its description.
public struct ExportContext: Sendable {
  public let document: BudgetDocument
  public let options: Pipeline.Options
  /// `VERSION` plus a hash of the mapping files, for the manifest.
  public let mappingVersion: String
  /// The decoded input's lines, numbered as the extract stage numbers them.
  public var sourceLines: [String]?
  /// The files written so far, in the order they were written.
  public private(set) var written: [DescribedFile] = []

  public init(
    document: BudgetDocument, options: Pipeline.Options, mappingVersion: String,
    sourceLines: [String]? = nil
  ) {
    self.document = document
    self.options = options
    self.mappingVersion = mappingVersion
    self.sourceLines = sourceLines
  }

  /// The files written so far, without their descriptions.
  public var writtenFiles: [ExportFile] { written.map(\.file) }

  /// The files the ``ExportStage/last`` formats will write that are not written yet.
  public var later: [LaterFile] {
    ExportFormats.last.flatMap(\.laterFiles).filter { file in
      !written.contains { $0.file.name == file.name }
    }
  }

  /// Runs `format` and adds its files, described by it.
  public mutating func write(_ format: any ExportFormat) throws {
    let files = try format.files(in: self)
    written += files.map { DescribedFile($0, format.described[$0.name] ?? .unknown) }
  }

  /// Adds a file no format writes (the decoded input, `source.txt`).
  mutating func append(_ file: ExportFile, _ description: FileDescription) {
    written.append(DescribedFile(file, description))
  }
}
