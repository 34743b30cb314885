import BudgetModel

/// One reconciliation check: a rule over the transformed document that reports where two of
/// its statements disagree, each finding with a ``Finding/Code`` of its own.
protocol ReconciliationCheck: Sendable {
  /// The codes of the findings this check reports.
  var codes: [Finding.Code] { get }
  /// The findings over the whole document, in document order.
  func findings(in context: ReconciliationContext) throws -> [Finding]
}

/// A check of one summary-table row (A, B, C = A − B and the rate C / B as printed).
protocol SummaryRowCheck: Sendable {
  /// The codes of the findings this check reports.
  var codes: [Finding.Code] { get }
  /// The findings about one row.
  func findings(for row: SummaryTableRow) -> [Finding]
}

/// Runs the row checks over every summary-table row, row by row, so that the findings
/// about one row stand together.
struct SummaryRowChecks: ReconciliationCheck {
  var rowChecks: [any SummaryRowCheck]

  var codes: [Finding.Code] { rowChecks.flatMap(\.codes) }

  func findings(in context: ReconciliationContext) throws -> [Finding] {
    var findings: [Finding] = []
    // The generic layout's tables (`t<n>-r<m>`) are checked by their own header's arithmetic
    // at extraction, in their own unit; these checks read the 総務省 tables' A, B, C.
    for entry in context.summary.entries where !context.summary.genericIds.contains(entry.id) {
      guard let cells = context.summary.printed[entry.id],
        let row = SummaryTableRow(entry: entry, cells: cells, context: context)
      else { continue }
      for check in rowChecks { findings += check.findings(for: row) }
    }
    return findings
  }
}
