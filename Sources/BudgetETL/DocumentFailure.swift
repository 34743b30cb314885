/// Why one input was not exported: the input, the stage it failed in, and the error that stage
/// threw, kept typed until the failure is printed. `FailureText.of` makes its sentence, once,
/// where it is shown: `run`'s summary, the log, `run-report.json`'s `error`.
public struct DocumentFailure: Error, Sendable {
  /// The step of a document's run in which it failed.
  public enum Stage: String, Sendable, Codable, CaseIterable {
    /// Listing or reading the input: a folder that cannot be listed, a FIFO, a missing file,
    /// an input over `--max-input-mb`.
    case read
    /// Decoding (a PDF through `pdftotext`) and extracting, with the document limits.
    case extract
    /// The transform: mappings, amounts, identity; `--strict` and its warnings.
    case transform
    /// Writing the export's files into their temporary folder.
    case export
    /// Putting the export in place; two inputs with one document id.
    case publish
  }

  /// The input as it was given (a path, or `-` for standard input).
  public var input: String
  public var stage: Stage
  /// The stage's own error (a ``StageError`` for the tool's, or Foundation's).
  public var underlying: any Error

  public init(input: String, stage: Stage, underlying: any Error) {
    self.input = input
    self.stage = stage
    self.underlying = underlying
  }

  /// Whether the underlying error's sentence already begins with the input, so that the
  /// failure's sentence does not repeat it. Decided from the error's fields, never its text.
  var underlyingNamesInput: Bool {
    FailureText.namedPath(underlying) == input
  }
}

/// How one document of a run ended.
public enum Outcome: Sendable {
  /// Exported and published.
  case exported
  /// Skipped: its export is up to date (same input, mappings, options and tool).
  case unchanged
  /// Not exported, and why.
  case failed(DocumentFailure)

  /// The failure, when there is one.
  public var failure: DocumentFailure? {
    if case .failed(let failure) = self { failure } else { nil }
  }
}

/// A failure read back from `run-report.json`: its sentence as the report printed it.
struct RecordedFailure: StageError {
  var sentence: String
  var namedInput: String?
}
