import Foundation

/// A PDF whose conversion passed one of ``PDFTextConverter/Limits`` (or could not be
/// started): that document fails with this sentence, naming the input, the limit and the
/// option that sets it; the other documents of the run are not affected.
public enum PDFLimitError: LocalizedError, Equatable, Sendable {
  /// `pdftotext` ran longer than the wall-time limit and was killed.
  case timedOut(source: String, seconds: Double)
  /// `pdftotext` ran out of its address-space limit (an allocation failed and it stopped).
  case outOfMemory(source: String, _ bytes: Int)
  /// The text passed the text-size limit; `pdftotext` was killed.
  case textTooLarge(source: String, bytes: Int)
  /// `pdftotext` could not be started.
  case notStarted(source: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .timedOut(let source, let seconds):
      "\(source): pdftotext did not finish within the time limit of \(Self.seconds(seconds)) per PDF (--pdf-timeout) and was stopped; a PDF whose pages inflate to far more text than a budget overview has?"
    case .outOfMemory(let source, let bytes):
      "\(source): pdftotext ran out of the memory limit of \(Self.megabytes(bytes)) per PDF (--pdf-memory-mb) and was stopped; a PDF whose pages inflate to far more text than a budget overview has?"
    case .textTooLarge(let source, let bytes):
      "\(source): the PDF's text is larger than the limit of \(Self.megabytes(bytes)) (--max-input-mb, the limit of a text input); pdftotext was stopped"
    case .notStarted(let source, let reason):
      "\(source): pdftotext could not be started: \(reason)"
    }
  }

  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  static func megabytes(_ bytes: Int) -> String {
    let mb = Double(bytes) / 1_048_576
    return mb == mb.rounded() ? "\(Int(mb)) MB" : String(format: "%.2f MB", mb)
  }
}
