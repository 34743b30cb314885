/// The decoded input split into the lines that source spans count: split on LF, a trailing
/// CR dropped (CRLF input), a byte-order mark at the start dropped, and no empty last line
/// after a final newline. Line `n` of a ``SourceSpan`` is element `n - 1`.
public enum SourceLines {
  public static func split(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var lastWasNewline = false
    func emit() {
      if current.last == "\r" { current.removeLast() }
      if lines.isEmpty, current.first == "\u{FEFF}" { current.removeFirst() }
      lines.append(String(current))
      current = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        emit()
        lastWasNewline = true
      } else {
        current.append(scalar)
        lastWasNewline = false
      }
    }
    if !lastWasNewline || lines.isEmpty { emit() }
    return lines
  }
}
