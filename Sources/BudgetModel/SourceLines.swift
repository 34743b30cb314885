/// The decoded input split into the lines that source spans count: split on LF, a trailing
/// CR dropped (CRLF input), a byte-order mark at the start dropped, and no empty last line
/// after a final newline. Line `n` of a ``SourceSpan`` is element `n - 1`.
public enum SourceLines {
  public static func split(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { split(utf8: $0) }
  }

  /// Splits valid UTF-8 at LF bytes: a multi-byte scalar never contains 0x0A or 0x0D, so each
  /// piece is valid UTF-8 on its own.
  static func split(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var lines: [String] = []
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    func emit(_ end: Int) {
      var last = end
      if last > start, bytes[last - 1] == 0x0D { last -= 1 }
      lines.append(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self))
    }
    var index = start
    while index < bytes.count {
      if bytes[index] == 0x0A {
        emit(index)
        start = index + 1
      }
      index += 1
    }
    if start < bytes.count || lines.isEmpty { emit(bytes.count) }
    return lines
  }
}
