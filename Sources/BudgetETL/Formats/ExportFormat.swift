import BudgetLoad
import BudgetModel

/// One output format: a name, the files it writes (each described for the downloads table)
/// and, optionally, a check of those files in an export folder (`budget-etl validate`).
///
/// A format is a value over an ``ExportContext``: it reads the document, the options and the
/// files written before it, and returns its own files; it never calls back into the
/// pipeline. Adding a format is one file (a type conforming to this protocol) plus its entry
/// in ``ExportFormats/registry``; `ExportFormatRegistryTests` fails on a conforming type that
/// is not registered and on a written file its format does not describe.
public protocol ExportFormat: Sendable {
  /// The name `--formats` uses, e.g. `csv`.
  var name: String { get }
  /// When the format runs: chosen by `--formats`, or always before or after the chosen ones.
  var stage: ExportStage { get }
  /// Whether ``files(in:)`` reads ``ExportContext/sourceLines`` (splitting them costs a pass
  /// over the input, so it is done only for a format that asks).
  var needsSourceLines: Bool { get }
  /// Every file this format can write, by name, with what it is and whom it serves.
  var described: [String: FileDescription] { get }
  /// The files this format writes for the context's document.
  func files(in context: ExportContext) throws -> [ExportFile]
  /// The check of this format's files in an export folder (`budget-etl validate`); nil for
  /// a format that has none.
  var folderCheck: FolderCheck? { get }
  /// For a format of the ``ExportStage/last`` stage: its files, known by name before they
  /// are written, with the file that records their hashes (the page lists them).
  var laterFiles: [LaterFile] { get }
}

/// Problems of the files of one format in an export folder, as `file:line: message`; empty
/// when they are valid. A check that cannot run is a problem, never a pass.
public typealias FolderCheck = @Sendable (_ folder: String) -> [String]

/// When a format runs in a document's export.
public enum ExportStage: Sendable, Hashable {
  /// Always, before the chosen formats (the validation report, which every page links).
  case first
  /// When `--formats` names it, in registry order.
  case chosen
  /// Always, after everything else: the files that describe the others (catalog, manifest).
  case last
}

extension ExportFormat {
  public var stage: ExportStage { .chosen }
  public var needsSourceLines: Bool { false }
  public var folderCheck: FolderCheck? { nil }
  public var laterFiles: [LaterFile] { [] }
}
