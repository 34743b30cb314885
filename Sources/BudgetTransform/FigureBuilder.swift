import BudgetModel

/// Turns printed figures into `Figure`s: amount in yen, measure, fiscal year, and the single
/// `countsTowardTotal` decision.
struct FigureBuilder {
  var converter: AmountConverter
  var source: String
  var budgetYear: (year: Int, label: String)
  var priorYear: (year: Int, label: String)
  var eras: EraCalendar

  /// The marker that takes a figure out of totals, most specific first.
  static func marker(of figure: PrintedFigure) -> FigureMarker? {
    if figure.isPartOf { return .partOf }
    if figure.isReposted { return .reposted }
    if figure.isShownLater { return .shownLater }
    if figure.isBracketed { return .bracketed }
    return nil
  }

  func figure(_ printed: PrintedFigure, measure: Measure, line: Int) throws -> Figure {
    var year = measure == .priorInitial || measure == .priorSupplementary ? priorYear : budgetYear
    if let label = printed.label, let match = eras.matches(in: label).first,
      match.isFiscalYear || !Self.fixesItsYear(measure)
    {
      year = (match.year, match.label)
    }
    let amount = try printed.amount.map { try converter.yen($0, source: source, line: line) }
    let marker = Self.marker(of: printed)
    return Figure(
      measure: measure, fiscalYear: year.year, fiscalYearLabel: year.label, amountJPY: amount,
      countsTowardTotal: marker == nil && amount != nil, marker: marker, line: line)
  }

  /// The budget, the prior year's budgets and the change are of the budget year or the prior
  /// year whatever a label prints: a calendar year in a name (`令和6年能登半島地震対応 100億円`,
  /// the 令和7年度 request for the response to the 2024 earthquake) had made the budget year's
  /// request 令和6年's (branch hunt3). A fiscal year (`令和6年度`) still names the figure's year.
  static func fixesItsYear(_ measure: Measure) -> Bool {
    [.budget, .priorInitial, .priorSupplementary, .change].contains(measure)
  }
}
