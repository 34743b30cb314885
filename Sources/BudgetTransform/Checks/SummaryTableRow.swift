import BudgetModel

/// A summary-table row in exact yen: A (the budget year), B (the prior year), C (the change
/// as printed) and what the printed rounding of the three cells may hide.
struct SummaryTableRow {
  var entry: SummaryEntry
  var a: Int64
  var b: Int64
  var c: Int64
  /// A − B.
  var aMinusB: Int64
  /// A − B − C.
  var miss: Int64
  /// Half a printed unit of A, B and C together.
  var tolerance: Int64

  /// Nil when the row does not state A, B and C, or when its amounts are beyond exact
  /// integer arithmetic (nothing to compare then).
  init?(entry: SummaryEntry, cells: [PrintedFigure], context: ReconciliationContext) {
    typealias R = ReconciliationContext
    guard cells.count >= 3, let a = entry.figures.first(.budget)?.amountJPY,
      let b = entry.figures.first(.priorInitial)?.amountJPY,
      let c = entry.figures.first(.change)?.amountJPY,
      let aMinusB = R.sum(a, -b), let miss = R.sum(aMinusB, -c),
      let tolerance = R.sum(context.half(cells[0]), context.half(cells[1]))
        .flatMap({ R.sum($0, context.half(cells[2])) })
    else { return nil }
    self.entry = entry
    (self.a, self.b, self.c) = (a, b, c)
    (self.aMinusB, self.miss, self.tolerance) = (aMinusB, miss, tolerance)
  }
}
