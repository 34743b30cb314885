/// One figure of the document in long format: the row shape of `observations.csv` and of
/// the RDF Data Cube observations.
public struct Observation: Sendable, Codable, Hashable, Identifiable {
  /// `<subject id>/<measure>`, e.g. `c1-2-1/budget`; for a measure of any fiscal year
  /// (``Measure/isYearGeneral``) `<subject id>/<measure>-<year>`, e.g. `t1-r2/settlement-2011`.
  public var id: String
  /// The item, expense, summary row or FILP entry the figure belongs to.
  public var subjectId: String
  public var subjectKind: SubjectKind
  public var figure: Figure

  public enum SubjectKind: String, Sendable, Codable, Hashable {
    case item, expense, summary, filp
  }

  /// The part of ``id`` after the subject: `budget`, `settlement-2011`.
  public var measurePath: Substring { id[id.index(after: id.lastIndex(of: "/")!)...] }

  public init(subjectId: String, subjectKind: SubjectKind, figure: Figure) {
    self.id =
      figure.measure.isYearGeneral
      ? "\(subjectId)/\(figure.measure.rawValue)-\(figure.fiscalYear)"
      : "\(subjectId)/\(figure.measure.rawValue)"
    self.subjectId = subjectId
    self.subjectKind = subjectKind
    self.figure = figure
  }
}

extension BudgetDocument {
  /// Every figure of `document`, one observation each, in a stable order: items, expenses,
  /// summary, FILP, each in document order (stored as ``BudgetDocument/observations``).
  static func observations(of document: BudgetDocument) -> [Observation] {
    var result: [Observation] = []
    for item in document.items {
      for figure in item.figures {
        result.append(Observation(subjectId: item.id, subjectKind: .item, figure: figure))
      }
    }
    for expense in document.expenses {
      for figure in expense.figures {
        result.append(Observation(subjectId: expense.id, subjectKind: .expense, figure: figure))
      }
    }
    for entry in document.summary {
      for figure in entry.figures {
        result.append(Observation(subjectId: entry.id, subjectKind: .summary, figure: figure))
      }
    }
    for entry in document.filp {
      result.append(Observation(subjectId: entry.id, subjectKind: .filp, figure: entry.figure))
    }
    return result
  }
}

extension Array where Element == Figure {
  /// The first figure of a measure.
  public func first(_ measure: Measure) -> Figure? { first { $0.measure == measure } }
}
