import Foundation

/// Why the XML half of the budget schema could not write or check a document.
public enum BudgetXMLError: Error, LocalizedError, Sendable, Hashable {
  /// The bundled schema `Schema/budget-1.3.xsd` could not be read or did not compile; the
  /// associated value says why.
  case schemaUnavailable(String)
  /// libxml2's text writer failed, or a string held a character XML 1.0 cannot carry; the
  /// associated value names the step or the offending value.
  case writerFailed(String)
  /// The written bytes are not well-formed or do not conform to `budget-1.3.xsd`; every issue
  /// carries the line of the written document it was reported at.
  case invalidDocument([XMLValidationIssue])

  /// How many issues `errorDescription` lists before it summarizes the rest.
  static let listedIssueLimit = 10

  public var errorDescription: String? {
    switch self {
    case .schemaUnavailable(let reason):
      return "The budget XML schema (budget-1.3.xsd) is unavailable: \(reason)"
    case .writerFailed(let step):
      return "Writing budget XML failed: \(step)"
    case .invalidDocument(let issues):
      var parts = issues.prefix(Self.listedIssueLimit).map(\.description)
      if issues.count > Self.listedIssueLimit {
        parts.append("and \(issues.count - Self.listedIssueLimit) more")
      }
      let noun = issues.count == 1 ? "issue" : "issues"
      // The transform guarantees what the schema checks (unique ids, existing parents) and
      // reports the input's oddities as findings: reaching this is a bug of budget-etl.
      return "internal error (a bug in budget-etl, please report it with this input): "
        + "the budget XML it wrote does not conform to budget-1.3.xsd (\(issues.count) \(noun)): "
        + parts.joined(separator: "; ")
    }
  }
}
