import BudgetModel

/// What a file of an export is and whom it serves: the format and audience columns of the
/// downloads table on `index.html`. Each export format describes the files it writes.
public struct FileDescription: Sendable, Hashable {
  /// The kind of file, e.g. `CSV` or `JSON-LD (RDF Data Cube)`.
  public let format: String
  /// Who reads it, e.g. `表計算` or `リンクトデータ`.
  public let audience: String

  public init(_ format: String, audience: String) {
    self.format = format
    self.audience = audience
  }

  /// A file no format describes.
  public static let unknown = FileDescription("ファイル", audience: "")
}

/// A file already written, with its description.
public struct DescribedFile: Sendable, Hashable {
  public let file: ExportFile
  public let description: FileDescription

  public init(_ file: ExportFile, _ description: FileDescription) {
    self.file = file
    self.description = description
  }
}

/// A file a later stage will write (the DCAT catalog, the manifest): known by name before it
/// exists, with the file that will record its size and hash.
public struct LaterFile: Sendable, Hashable {
  public let name: String
  public let description: FileDescription
  /// Where the file's size and SHA-256 are recorded, e.g. `manifest.json`.
  public let recordedIn: String

  public init(_ name: String, _ description: FileDescription, recordedIn: String) {
    self.name = name
    self.description = description
    self.recordedIn = recordedIn
  }
}
