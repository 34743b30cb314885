import BudgetExtract
import BudgetLoad
import BudgetTransform
import BudgetXML
import Foundation

/// The one protocol every stage's error answers to, as the batch sees it: the sentence a
/// person reads (the stage's `LocalizedError` or `CustomStringConvertible` text, which stays
/// the stage's own wording) and the input that sentence names, if any. `FailureText.of` prints
/// a ``DocumentFailure`` with its input's path first, exactly once: the path is added when
/// `namedInput` is not the input, never by looking at the text.
public protocol StageError: Error, Sendable {
  /// The sentence, as the stage words it.
  var sentence: String { get }
  /// The input file the sentence begins with, or nil when it names none.
  var namedInput: String? { get }
}

extension StageError where Self: LocalizedError {
  public var sentence: String { errorDescription ?? String(describing: self) }
}

extension BudgetETLError: StageError {
  public var namedInput: String? {
    switch self {
    case .unreadableInput(let path, _), .notARegularFile(let path, _),
      .inputTooLarge(let path, _, _):
      path
    case .duplicateDocument(_, _, let second): second
    case .strictWarnings(let source, _), .tooManyRecords(let source, _, _, _, _, _): source
    case .exportFailed(let input, _, _): input
    case .resourceNotFound, .lockHeld, .publishFailed, .unknownFormat, .writeFailed,
      .outputFolderUnusable:
      nil
    }
  }
}

extension BudgetExtractError: StageError {
  public var namedInput: String? {
    switch self {
    case .emptyInput(let source), .binaryInput(let source, _),
      .undecodableBytes(let source, _, _, _), .noBudgetStructure(let source),
      .unreadableFigures(let source, _, _), .pdfToolMissing(let source),
      .pdfUnreadable(let source, _), .pdfWithoutText(let source):
      source
    case .unsupportedEncoding: nil
    }
  }
}

extension PDFLimitError: StageError {
  public var namedInput: String? {
    switch self {
    case .timedOut(let source, _), .outOfMemory(let source, _), .textTooLarge(let source, _),
      .notStarted(let source, _):
      source
    }
  }
}

extension BudgetTransformError: StageError {
  public var namedInput: String? {
    switch self {
    case .mapping: nil  // names the mapping file
    case .unknownOrganization(let source, _, _), .missingFiscalYear(let source, _),
      .unknownUnit(let source, _, _), .inexactAmount(let source, _, _),
      .amountTooLarge(let source, _, _), .internalInconsistency(let source, _),
      .noStatedUnit(let source), .unknownPhase(let source, _, _),
      .noFigureExported(let source, _, _):
      source
    }
  }
}

/// The load and XML stages write files: their errors name the file written, not the input.
extension BudgetLoadError: StageError {
  public var namedInput: String? { nil }
}

extension JSONLDError: StageError {
  public var sentence: String { description }
  public var namedInput: String? { nil }
}

extension BudgetXMLError: StageError {
  public var namedInput: String? { nil }
}
