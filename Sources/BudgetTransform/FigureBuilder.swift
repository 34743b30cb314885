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
    if let label = printed.label, let match = eras.matches(in: label).first {
      year = (match.year, match.label)
    }
    let amount = try printed.amount.map { try converter.yen($0, source: source, line: line) }
    let marker = Self.marker(of: printed)
    return Figure(
      measure: measure, fiscalYear: year.year, fiscalYearLabel: year.label, amountJPY: amount,
      countsTowardTotal: marker == nil && amount != nil, marker: marker, line: line)
  }
}
