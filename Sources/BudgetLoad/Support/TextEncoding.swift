import BudgetModel

/// Conversion between Swift strings and legacy byte encodings through the C library's iconv.
///
/// Only what the CSV export needs: UTF-8 → CP932 and back. Conversion is strict: a character
/// the target cannot represent is an error, never a replacement character or a `?`.
///
/// glibc's CP932 table maps a few Unicode code points one way onto the JIS X 0208 characters
/// CP932 holds under another code point (〜 U+301C → ～, − U+2212 → －, — U+2014 → ―,
/// ‖ U+2016 → ∥, ¢ → ￠, £ → ￡, ¬ → ￢, ¥ → `\` (0x5C)). Those are the same characters in
/// CP932 and are accepted; read back, they decode to the CP932 (Microsoft) code points.
public enum TextEncoding {
  /// Encodes `text` as CP932 (Windows-31J).
  /// - Throws: ``BudgetLoadError/unencodableText(encoding:character:offset:)`` for the first
  ///   character CP932 cannot hold.
  public static func encodeCP932(_ text: String) throws(BudgetLoadError) -> [UInt8] {
    try convert(Array(text.utf8), from: "UTF-8", to: "CP932")
  }

  /// Decodes CP932 bytes into a string (the inverse of ``encodeCP932(_:)``).
  /// - Throws: ``BudgetLoadError/undecodableBytes(encoding:offset:)``.
  public static func decodeCP932(_ bytes: [UInt8]) throws(BudgetLoadError) -> String {
    let utf8 = try convert(bytes, from: "CP932", to: "UTF-8")
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Converts `input` from one iconv encoding to another in a single pass.
  static func convert(_ input: [UInt8], from source: String, to target: String)
    throws(BudgetLoadError) -> [UInt8]
  {
    switch Iconv.convert(input, from: source, to: target) {
    case .success(let bytes):
      return bytes
    case .failure(.unavailable):
      throw .converterUnavailable(from: source, to: target)
    case .failure(.stopped(let offset)):
      if source == "UTF-8" {
        throw .unencodableText(
          encoding: target, character: character(in: input, atUTF8Offset: offset), offset: offset)
      }
      throw .undecodableBytes(encoding: source, offset: offset)
    }
  }

  /// The whole character (grapheme cluster) that contains the UTF-8 byte at `offset`.
  static func character(in utf8: [UInt8], atUTF8Offset offset: Int) -> String {
    let text = String(decoding: utf8, as: UTF8.self)
    var position = 0
    for character in text {
      let width = character.utf8.count
      if offset < position + width { return String(character) }
      position += width
    }
    return ""
  }
}
