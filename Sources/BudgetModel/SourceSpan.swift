/// The 1-based lines of the input that a record was read from.
public struct SourceSpan: Hashable, Sendable, Codable, Comparable {
  /// First line (1-based).
  public var line: Int
  /// Last line, equal to `line` when the record fits on one line.
  public var endLine: Int

  public init(line: Int, endLine: Int? = nil) {
    self.line = line
    self.endLine = max(endLine ?? line, line)
  }

  public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
    (lhs.line, lhs.endLine) < (rhs.line, rhs.endLine)
  }
}
