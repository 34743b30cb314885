/// One figure: what it measures, for which fiscal year, the exact amount in yen, and whether
/// it counts toward a total.
public struct Figure: Sendable, Codable, Hashable {
  public var measure: Measure
  public var fiscalYear: Int
  /// The fiscal year as the document labels it (`令和6年度`).
  public var fiscalYearLabel: String
  /// Exact amount in yen; nil when the document states that there is no amount (`—`, `新規`).
  public var amountJPY: Int64?
  /// The single decision that prevents double counting: false when the figure is reposted,
  /// shown later, bracketed (counted under another item) or only part of a larger figure.
  public var countsTowardTotal: Bool
  /// The marker that decided `countsTowardTotal`, nil when the figure is an original one.
  public var marker: FigureMarker?
  /// The line the figure is printed on.
  public var line: Int
  /// Spending or revenue: `.revenue` only where the document names the side (a `歳入` row,
  /// section or column, a revenue such as `税収` or `公債金`); see `OperationCharacter`.
  public var operationCharacter: OperationCharacter

  public init(
    measure: Measure, fiscalYear: Int, fiscalYearLabel: String, amountJPY: Int64?,
    countsTowardTotal: Bool, marker: FigureMarker?, line: Int,
    operationCharacter: OperationCharacter = .expenditure
  ) {
    self.measure = measure
    self.fiscalYear = fiscalYear
    self.fiscalYearLabel = fiscalYearLabel
    self.amountJPY = amountJPY
    self.countsTowardTotal = countsTowardTotal
    self.marker = marker
    self.line = line
    self.operationCharacter = operationCharacter
  }
}

/// What a figure measures.
public enum Measure: String, Sendable, Codable, Hashable, CaseIterable {
  /// The budget-year amount of the document's phase (for `(案)`: the proposal).
  case budget
  /// The prior fiscal year's initial budget (the figure in parentheses).
  case priorInitial = "prior_initial"
  /// The prior fiscal year's supplementary budget (`令和5年度補正予算`).
  case priorSupplementary = "prior_supplementary"
  /// Change against the prior year (C = A − B), summary tables only.
  case change
  /// A FILP (財政投融資) request, budget year.
  case filp
  /// The initial (enacted) budget of a fiscal year that is neither the budget year nor the
  /// prior year, printed in a table of several years (`予算額(当初) 23年度`), or of the budget
  /// year in its supplementary budget or settlement (`3年度予算当初→補正後`); schema 1.1.
  case initial
  /// 決算額: the settled (executed) amount of the figure's fiscal year, as a table prints it;
  /// schema 1.1.
  case settlement
  /// 補正後: the budget of the figure's fiscal year after its supplementary budgets; schema 1.1.
  case revised
  /// The amount a document asks for, budget year, in the budget of its phase when it only
  /// requests it (a 補正予算要望 of a supplementary budget, `BudgetPhase.requested`): never the
  /// enacted amount, which `budget` is in that phase's own document; schema 1.3.
  case request

  /// Whether the measure names its fiscal year only through the figure (a table may print it
  /// for several years), so that an observation's id carries the year.
  public var isYearGeneral: Bool {
    switch self {
    case .initial, .settlement, .revised: true
    case .budget, .priorInitial, .priorSupplementary, .change, .filp, .request: false
    }
  }
}

/// The printed marker that takes a figure out of totals.
public enum FigureMarker: String, Sendable, Codable, Hashable, CaseIterable {
  /// `〔 〕` or `[ ]`: counted under another item.
  case bracketed
  /// `の内数`: only part of a larger figure.
  case partOf = "part_of"
  /// `再掲`: a repeat of a figure stated earlier.
  case reposted
  /// `後掲`: stated again, in full, later.
  case shownLater = "shown_later"
}
