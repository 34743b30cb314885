/// What a run did, document by document: written to `<out>/run-report.json` and summarized
/// on stderr.
public struct RunReport: Sendable, Codable {
  /// A document's outcome as `run-report.json` spells it (`unchanged` is `skipped`).
  public enum Status: String, Sendable, Codable, Hashable {
    case exported, skipped, failed
  }

  public struct Document: Sendable {
    public var input: String
    public var documentId: String?
    /// SHA-256 of the input's bytes (absent when it could not be read).
    public var inputSHA256: String?
    public var outcome: Outcome
    public var warnings = 0
    public var roundingNotes = 0
    public var items = 0
    public var expenses = 0
    public var observations = 0
    public var unrecognizedLines = 0
    /// The first lines (at most 10) with a figure the extractor could not place.
    public var firstUnrecognizedLines: [Int] = []
    public var durationMs = 0
    /// Output file name → SHA-256 (for a skipped document, as its manifest lists them).
    public var outputs: [String: String] = [:]

    public init(input: String, outcome: Outcome) {
      self.input = input
      self.outcome = outcome
    }

    public var status: Status {
      switch outcome {
      case .exported: .exported
      case .unchanged: .skipped
      case .failed: .failed
      }
    }

    public var failure: DocumentFailure? { outcome.failure }
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

/// `run-report.json` keeps the fields it always had: `status` (`exported`, `skipped`,
/// `failed`) and, for a failure, `error` (its sentence, made here by `FailureText`), plus
/// `stage`, the step it failed in (README, "Run report").
extension RunReport.Document: Codable {
  enum CodingKeys: String, CodingKey {
    case input, documentId, inputSHA256, status, error, stage, warnings, roundingNotes, items
    case expenses, observations, unrecognizedLines, firstUnrecognizedLines, durationMs, outputs
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(input, forKey: .input)
    try c.encodeIfPresent(documentId, forKey: .documentId)
    try c.encodeIfPresent(inputSHA256, forKey: .inputSHA256)
    try c.encode(status, forKey: .status)
    if let failure {
      try c.encode(FailureText.of(failure), forKey: .error)
      try c.encode(failure.stage, forKey: .stage)
    }
    try c.encode(warnings, forKey: .warnings)
    try c.encode(roundingNotes, forKey: .roundingNotes)
    try c.encode(items, forKey: .items)
    try c.encode(expenses, forKey: .expenses)
    try c.encode(observations, forKey: .observations)
    try c.encode(unrecognizedLines, forKey: .unrecognizedLines)
    try c.encode(firstUnrecognizedLines, forKey: .firstUnrecognizedLines)
    try c.encode(durationMs, forKey: .durationMs)
    try c.encode(outputs, forKey: .outputs)
  }

  /// A failure read back keeps its sentence (``RecordedFailure``), not its typed error.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    input = try c.decode(String.self, forKey: .input)
    switch try c.decode(RunReport.Status.self, forKey: .status) {
    case .exported: outcome = .exported
    case .skipped: outcome = .unchanged
    case .failed:
      let text = try c.decodeIfPresent(String.self, forKey: .error) ?? "failed"
      let stage = try c.decodeIfPresent(DocumentFailure.Stage.self, forKey: .stage) ?? .read
      outcome = .failed(
        DocumentFailure(
          input: input, stage: stage,
          underlying: RecordedFailure(sentence: text, namedInput: input)))
    }
    documentId = try c.decodeIfPresent(String.self, forKey: .documentId)
    inputSHA256 = try c.decodeIfPresent(String.self, forKey: .inputSHA256)
    warnings = try c.decode(Int.self, forKey: .warnings)
    roundingNotes = try c.decode(Int.self, forKey: .roundingNotes)
    items = try c.decode(Int.self, forKey: .items)
    expenses = try c.decode(Int.self, forKey: .expenses)
    observations = try c.decode(Int.self, forKey: .observations)
    unrecognizedLines = try c.decode(Int.self, forKey: .unrecognizedLines)
    firstUnrecognizedLines =
      try c.decodeIfPresent([Int].self, forKey: .firstUnrecognizedLines) ?? []
    durationMs = try c.decode(Int.self, forKey: .durationMs)
    outputs = try c.decode([String: String].self, forKey: .outputs)
  }
}
