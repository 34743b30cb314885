import BudgetModel

/// A summary-table row's C is A − B. A difference within the printed rounding of the three
/// cells is `info`.
struct TableDifferenceCheck: SummaryRowCheck {
  var codes: [Finding.Code] { [.tableDifferenceRounding, .tableDifferenceMismatch] }

  func findings(for row: SummaryTableRow) -> [Finding] {
    guard row.aMinusB != row.c else { return [] }
    let withinRounding = row.miss.magnitude <= row.tolerance.magnitude
    let entry = row.entry
    let message =
      "\(entry.sectionTitle) \(entry.label): A - B = \(ReconciliationContext.oku(row.aMinusB)) but C is \(ReconciliationContext.oku(row.c))\(ReconciliationContext.roundingNote(withinRounding))"
    return [
      Finding(
        severity: withinRounding ? .info : .warning,
        code: withinRounding ? .tableDifferenceRounding : .tableDifferenceMismatch,
        message: message, subjectId: entry.id, expectedJPY: row.aMinusB, actualJPY: row.c,
        lines: [entry.span.line])
    ]
  }
}
