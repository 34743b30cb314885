import Foundation

/// Errors of the transform stage.
public enum BudgetTransformError: LocalizedError, Equatable, Sendable {
  /// A mapping table is missing or malformed.
  case mapping(file: String, line: Int, message: String)
  /// The document names an organization that `Mappings/organizations.tsv` lacks.
  case unknownOrganization(source: String, line: Int, text: String)
  /// No fiscal year (`令和6年度`) was found in the document's title.
  case missingFiscalYear(source: String, text: String)
  /// An amount uses a unit that `Mappings/units.tsv` lacks.
  case unknownUnit(source: String, line: Int, unit: String)
  /// An amount does not come to a whole number of yen.
  case inexactAmount(source: String, line: Int, text: String)
  /// An amount is larger than the exact integers the tool carries (about 922京円).
  case amountTooLarge(source: String, line: Int, text: String)
  /// The transform produced two records with one id, or a parent that does not exist: a bug
  /// in budget-etl, not a problem of the input (which is reported as findings).
  case internalInconsistency(source: String, detail: String)
  /// The document states no unit for its bare figures.
  case noStatedUnit(source: String)
  /// No row of `Mappings/phases.tsv` matches the title (the table lacks a default row).
  case unknownPhase(source: String, line: Int, text: String)
  /// Every figure the reader found was reported (no measure, year or reading was certain), so
  /// the document would be exported without one: `first` names the first lines reported and
  /// why (`line 33: an amount with no label is not exported`).
  case noFigureExported(source: String, reported: Int, first: [String])

  public var errorDescription: String? {
    switch self {
    case .mapping(let file, let line, let message):
      "\(file):\(line): \(message)"
    case .unknownOrganization(let source, let line, let text):
      "\(source):\(line): no organization in the mappings matches the title '\(text)' (or it names several); give --organization CODE, or add it to Mappings/organizations.tsv"
    case .missingFiscalYear(let source, let text):
      "\(source): no fiscal year (such as 令和6年度) in the title '\(text)'; give --fiscal-year YEAR"
    case .unknownUnit(let source, let line, let unit):
      "\(source):\(line): unknown unit '\(unit)'; add it to Mappings/units.tsv"
    case .inexactAmount(let source, let line, let text):
      "\(source):\(line): amount \(text) is not a whole number of yen"
    case .amountTooLarge(let source, let line, let text):
      "\(source):\(line): amount \(text) is too large (the largest amount the tool carries exactly is 9,223,372,036,854,775,807 yen, about 922京円)"
    case .internalInconsistency(let source, let detail):
      "\(source): internal error (a bug in budget-etl, please report it with this input): \(detail)"
    case .noStatedUnit(let source):
      "\(source): the document states no unit (such as 億円) for its figures"
    case .noFigureExported(let source, let reported, let first):
      "\(source): no figure could be exported with certainty; \(reported) line(s) were reported, first \(first.joined(separator: "; "))"
    case .unknownPhase(let source, let line, let text):
      "\(source):\(line): the budget stage (request, proposal, enacted, supplementary) is printed neither in the title '\(text)' nor in the tables' headers, and the title names no 予算 for the default row of Mappings/phases.tsv; give --phase CODE (e.g. proposal, enacted, supplementary-1), or add the title's marker to Mappings/phases.tsv"
    }
  }
}
