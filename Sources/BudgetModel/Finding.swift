/// A reconciliation finding: two statements of the document that disagree.
public struct Finding: Sendable, Codable, Hashable {
  public enum Severity: String, Sendable, Codable, Hashable, Comparable {
    /// A difference that the document's rounding explains.
    case info
    /// A real disagreement; fails the run under `--strict`.
    case warning
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .info && rhs == .warning
    }
  }
  public var severity: Severity
  /// Machine-readable kind; its raw value is what every output writes (``Code``).
  public var code: Code
  public var message: String
  /// The id of the item, expense or summary row concerned.
  public var subjectId: String?
  /// Expected and actual amounts in yen, when the finding compares amounts.
  public var expectedJPY: Int64?
  public var actualJPY: Int64?
  /// All source lines involved (both statements).
  public var lines: [Int]

  public init(
    severity: Severity, code: Code, message: String, subjectId: String?,
    expectedJPY: Int64? = nil, actualJPY: Int64? = nil, lines: [Int]
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.subjectId = subjectId
    self.expectedJPY = expectedJPY
    self.actualJPY = actualJPY
    self.lines = lines
  }
}
