/// One problem libxml2 found in an XML instance: a well-formedness error or a schema-validity
/// error, with the 1-based line of the instance it was reported at.
public struct XMLValidationIssue: Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line of the instance the problem was reported at; 0 when libxml2 did not
  /// report a line (for example, an empty input).
  public var line: Int
  /// libxml2's message, without the trailing newline.
  public var message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  /// `line 12: <message>`.
  public var description: String { "line \(line): \(message)" }
}
