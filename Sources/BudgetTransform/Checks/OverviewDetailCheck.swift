import BudgetModel

/// The overview list and the detail sections state the same amount for a heading.
struct OverviewDetailCheck: ReconciliationCheck {
  var codes: [Finding.Code] { [.overviewDetailMismatch] }

  func findings(in context: ReconciliationContext) throws -> [Finding] {
    var findings: [Finding] = []
    for (id, node) in context.sortedNodes {
      guard let o = node.overview, let d = node.detail,
        let oy = try context.yen(o.amount, line: o.span.line),
        let dy = try context.yen(d.amount, line: d.span.line), oy != dy
      else { continue }
      let message =
        "\(node.code): the overview list says \(ReconciliationContext.oku(oy)), the detail section says \(ReconciliationContext.oku(dy))"
      findings.append(
        Finding(
          severity: .warning, code: .overviewDetailMismatch, message: message, subjectId: id,
          expectedJPY: oy, actualJPY: dy, lines: [o.span.line, d.span.endLine]))
    }
    return findings
  }
}
