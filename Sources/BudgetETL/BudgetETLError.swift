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
  /// An input is a FIFO, socket, device or folder: only regular files are read (reading a
  /// FIFO would block the run forever).
  case notARegularFile(path: String, kind: String)
  /// An input is larger than `--max-input-mb`.
  case inputTooLarge(path: String, bytes: Int, limit: Int)
  /// Writing a file failed (`path` is the file being written).
  case writeFailed(path: String, reason: String)
  /// Writing or publishing one input's export failed; `path` is the export file or folder.
  case exportFailed(input: String, path: String, reason: String)
  /// The output folder cannot be created or used; nothing was done.
  case outputFolderUnusable(path: String, reason: String)
  /// A document has more records than ``DocumentLimits`` allow; `line` is where the limit
  /// was passed.
  case tooManyRecords(source: String, what: String, count: Int, limit: Int, line: Int, offset: Int?)

  public var errorDescription: String? {
    switch self {
    case .resourceNotFound(let what): "cannot find \(what)"
    case .unreadableInput(let path, let reason): "\(path): \(reason)"
    case .duplicateDocument(let id, let first, let second):
      "\(second): resolves to document id '\(id)', as does \(first); neither is exported (rename or remove one)"
    case .lockHeld(let path): "another budget-etl run holds the lock \(path)"
    case .publishFailed(let path, let reason): "\(path): cannot publish the export: \(reason)"
    case .strictWarnings(let source, let count):
      "\(source): \(count) reconciliation warning(s) (--strict)"
    case .unknownFormat(let name, let known):
      "unknown format '\(name)' in --formats; the formats are \(known.joined(separator: ", "))"
    case .notARegularFile(let path, let kind):
      "\(path): is \(kind), not a regular file; only regular files are read"
    case .inputTooLarge(let path, let bytes, let limit):
      "\(path): \(Self.megabytes(bytes)) is larger than the input limit of \(Self.megabytes(limit)) (--max-input-mb); not a budget overview?"
    case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
    case .exportFailed(let input, let path, let reason):
      "\(input): cannot write its export \(path): \(reason)"
    case .outputFolderUnusable(let path, let reason):
      "cannot use the output folder \(path): \(reason); nothing was done"
    case .tooManyRecords(let source, let what, let count, let limit, let line, let offset):
      "\(source):\(line):\(offset.map { " byte offset \($0):" } ?? "") \(count) \(what), more than the limit of \(limit) for one document; not exported, so that memory stays bounded (a budget overview is far below the limits; see README, Limits)"
    }
  }

  /// `12.3 MB` (mebibytes, one decimal).
  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_048_576)
  }
}
