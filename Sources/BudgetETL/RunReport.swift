/// What a run did, document by document: written to `<out>/run-report.json` and summarized
/// on stderr.
public struct RunReport: Sendable, Codable, Hashable {
  public enum Status: String, Sendable, Codable, Hashable {
    case exported, skipped, failed
  }

  public struct Document: Sendable, Codable, Hashable {
    public var input: String
    public var documentId: String?
    /// SHA-256 of the input's bytes (absent when it could not be read).
    public var inputSHA256: String?
    public var status: Status
    public var error: String?
    public var warnings: Int
    public var roundingNotes: Int
    public var items: Int
    public var expenses: Int
    public var observations: Int
    public var unrecognizedLines: Int
    /// The first lines (at most 10) with a figure the extractor could not place.
    public var firstUnrecognizedLines: [Int] = []
    public var durationMs: Int
    /// Output file name → SHA-256 (for a skipped document, as its manifest lists them).
    public var outputs: [String: String]

    public init(input: String, status: Status) {
      self.input = input
      self.status = status
      self.warnings = 0
      self.roundingNotes = 0
      self.items = 0
      self.expenses = 0
      self.observations = 0
      self.unrecognizedLines = 0
      self.durationMs = 0
      self.outputs = [:]
    }
  }

  public var toolVersion: String
  public var mappingVersion: String
  public var documents: [Document]
  /// Exports whose document is no longer among the inputs.
  public var notInInputs: [String]
  /// Exports removed by `--prune`.
  public var pruned: [String]
  /// Run-level failures (the catalog or this report could not be written), as sentences.
  public var runErrors: [String] = []

  public init(
    toolVersion: String, mappingVersion: String, documents: [Document], notInInputs: [String],
    pruned: [String]
  ) {
    self.toolVersion = toolVersion
    self.mappingVersion = mappingVersion
    self.documents = documents
    self.notInInputs = notInInputs
    self.pruned = pruned
  }

  public var exitCode: Int32 {
    documents.contains { $0.status == .failed } || !runErrors.isEmpty
      ? RunExitCode.someFailed : RunExitCode.success
  }
}

/// The exit codes of `budget-etl run`.
public enum RunExitCode {
  /// Every document exported (or was skipped as unchanged).
  public static let success: Int32 = 0
  /// At least one document failed (or, with `--strict`, had reconciliation warnings).
  public static let someFailed: Int32 = 1
  /// Bad usage (unknown option, bad value).
  public static let usage: Int32 = 2
  /// Another run holds the output folder's lock.
  public static let lockHeld: Int32 = 3
  /// The output folder cannot be created or used (a file, read-only, no permission).
  public static let outputUnusable: Int32 = 4
}
