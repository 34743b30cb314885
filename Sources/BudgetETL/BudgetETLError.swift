import Foundation

/// Errors of the orchestration layer (runs, inputs, publishing).
public enum BudgetETLError: LocalizedError, Equatable, Sendable {
  /// A data folder or file the tool needs at run time was not found.
  case resourceNotFound(String)
  /// An input path could not be read.
  case unreadableInput(path: String, reason: String)
  /// Two inputs resolve to the same document id.
  case duplicateDocument(id: String, first: String, second: String)
  /// Another run holds the output folder's lock.
  case lockHeld(path: String)
  /// Publishing an export failed.
  case publishFailed(path: String, reason: String)
  /// `--strict` and the document has reconciliation warnings.
  case strictWarnings(source: String, count: Int)
  /// `--formats` names a format the tool does not write.
  case unknownFormat(name: String, known: [String])

  public var errorDescription: String? {
    switch self {
    case .resourceNotFound(let what): "cannot find \(what)"
    case .unreadableInput(let path, let reason): "\(path): \(reason)"
    case .duplicateDocument(let id, let first, let second):
      "\(second): resolves to document id '\(id)', as does \(first); neither is exported (rename or remove one)"
    case .lockHeld(let path): "another budget-etl run holds the lock \(path)"
    case .publishFailed(let path, let reason): "\(path): cannot publish the export: \(reason)"
    case .strictWarnings(let source, let count): "\(source): \(count) reconciliation warning(s) (--strict)"
    case .unknownFormat(let name, let known):
      "unknown format '\(name)' in --formats; the formats are \(known.joined(separator: ", "))"
    }
  }
}
