import BudgetModel

/// One output format a run can write (`--formats`): a name and a writer. The formats run in
/// the order of ``ExportFormats/all``; each sees the files written before it (the HTML
/// page lists them). The metadata describing the chosen files (validation report, DCAT
/// catalog, manifest) always follows them, whichever formats are chosen.
public protocol ExportFormat: Sendable {
  /// The name `--formats` uses, e.g. `csv`.
  var name: String { get }
  /// Whether ``files(for:pipeline:sourceLines:written:)`` reads the source lines (splitting
  /// them costs a pass over the input, so it is done only for a format that asks).
  var needsSourceLines: Bool { get }
  /// The files this format writes for `document`. `sourceLines` are the decoded input's
  /// lines, when the caller has them; `written` the files written so far.
  func files(
    for document: BudgetDocument, pipeline: Pipeline, sourceLines: [String]?, written: [ExportFile]
  )
    throws -> [ExportFile]
}

extension ExportFormat {
  public var needsSourceLines: Bool { false }
}
