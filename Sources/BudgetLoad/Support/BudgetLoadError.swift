import Foundation

/// Everything that can go wrong while the load stage writes a document's export files.
///
/// One enum for the whole `BudgetLoad` target; every case names the file and position it
/// concerns where there is one, so a failed export can be fixed without a debugger.
public enum BudgetLoadError: Error, Sendable, Hashable, LocalizedError {
  /// A CSV cell holds a character the requested text encoding cannot represent (for example
  /// `𠮷` or an emoji in CP932). `row` is the 1-based CSV record number (the header is row 1),
  /// `column` the column name and `columnNumber` its 1-based position. Nothing is ever
  /// replaced silently.
  case unencodableCharacter(
    file: String, row: Int, column: String, columnNumber: Int, character: String,
    encoding: String)

  /// Text could not be converted to `encoding`: `character` (at UTF-8 byte `offset` of the
  /// input) has no representation in it. Raised by ``TextEncoding`` outside a CSV table.
  case unencodableText(encoding: String, character: String, offset: Int)

  /// Bytes are not valid in `encoding`: the sequence at byte `offset` is invalid or cut off.
  case undecodableBytes(encoding: String, offset: Int)

  /// The C library has no converter between the two encodings (`iconv_open` failed).
  case converterUnavailable(from: String, to: String)

  public var errorDescription: String? {
    switch self {
    case .unencodableCharacter(
      let file, let row, let column, let number, let character, let encoding):
      return
        "\(file): row \(row), column \(column) (#\(number)): the character \(Self.describe(character)) cannot be encoded in \(encoding)"
    case .unencodableText(let encoding, let character, let offset):
      return
        "the character \(Self.describe(character)) at byte \(offset) cannot be encoded in \(encoding)"
    case .undecodableBytes(let encoding, let offset):
      return "invalid or incomplete \(encoding) byte sequence at byte \(offset)"
    case .converterUnavailable(let from, let to):
      return "no text converter from \(from) to \(to) is available"
    }
  }

  /// `「😀」 (U+1F600)`: the character and its code points, so invisible ones can be found.
  static func describe(_ character: String) -> String {
    let points = character.unicodeScalars.map {
      "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }
    return "「\(character)」 (\(points.joined(separator: " ")))"
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
