import BudgetModel

/// What the user states about a document's identity when the document does not print it
/// (`--organization`, `--fiscal-year`, `--phase`): the transform never guesses these.
public struct IdentityOverrides: Sendable, Hashable {
  /// A code of `Mappings/organizations.tsv` (`kankyo`).
  public var organization: String?
  /// The Gregorian fiscal year (`2008`).
  public var fiscalYear: Int?
  /// A phase code (`request`, `proposal`, `enacted`, `supplementary-2`), or a supplementary
  /// one with `-request` for a request for that budget (`supplementary-2-request`).
  public var phase: String?

  public init(organization: String? = nil, fiscalYear: Int? = nil, phase: String? = nil) {
    self.organization = organization
    self.fiscalYear = fiscalYear
    self.phase = phase
  }

  public var isEmpty: Bool { organization == nil && fiscalYear == nil && phase == nil }
}
