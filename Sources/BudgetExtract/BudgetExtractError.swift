import Foundation

/// Errors of the extract stage. Each names where in the input the problem is.
public enum BudgetExtractError: LocalizedError, Equatable, Sendable {
  /// The input is empty (or holds only whitespace).
  case emptyInput(source: String)
  /// The input holds NUL bytes or other binary data, not text.
  case binaryInput(source: String, byteOffset: Int)
  /// The bytes are not valid in the encoding that was detected or requested.
  case undecodableBytes(source: String, encoding: String, byteOffset: Int, line: Int)
  /// The requested encoding is not one the tool reads.
  case unsupportedEncoding(String)
  /// The input has text but none of the structure of a budget overview.
  case noBudgetStructure(source: String)
  /// The input has figures, but none could be read with confidence: `found` says what was
  /// seen, `lines` the first lines that could not be read.
  case unreadableFigures(source: String, found: String, lines: [Int])
  /// The input is a PDF and `pdftotext` (poppler-utils) is not installed.
  case pdfToolMissing(source: String)
  /// `pdftotext` could not read the PDF (encrypted, damaged).
  case pdfUnreadable(source: String, reason: String)
  /// The PDF has no text layer (scanned pages): there is nothing to read without OCR.
  case pdfWithoutText(source: String)

  public var errorDescription: String? {
    switch self {
    case .emptyInput(let source):
      "\(source): the input is empty"
    case .binaryInput(let source, let offset):
      "\(source): binary data (NUL byte) at byte offset \(offset); expected text"
    case .undecodableBytes(let source, let encoding, let offset, let line):
      "\(source):\(line): bytes at offset \(offset) are not valid \(encoding)"
    case .unsupportedEncoding(let name):
      "unsupported encoding '\(name)'; use utf-8, utf-8-bom, cp932 (shift_jis) or utf-16"
    case .noBudgetStructure(let source):
      "\(source): no budget overview structure found (no headings, tables or amounts)"
    case .unreadableFigures(let source, let found, let lines):
      "\(source): no figure could be read with confidence: \(found); lines not read: \(lines.map(String.init).joined(separator: ", "))"
    case .pdfToolMissing(let source):
      "\(source): reading a PDF needs pdftotext, which is not installed; install it with `apt-get install poppler-utils`"
    case .pdfUnreadable(let source, let reason):
      "\(source): cannot read the PDF: \(reason)"
    case .pdfWithoutText(let source):
      "\(source): the PDF has no text layer (scanned pages?); only PDFs with text can be read"
    }
  }
}
