import BudgetModel

/// A summary-table row's printed rate is C / B, within half a unit of its last printed digit.
/// A rate that matches (A − B) / B instead is explained by C's rounding (`info`).
struct TableRateCheck: SummaryRowCheck {
  var codes: [Finding.Code] { [.tableRateRounding, .tableRateMismatch] }

  func findings(for row: SummaryTableRow) -> [Finding] {
    guard let rate = row.entry.changeRatePercent, row.b != 0,
      !Self.rate(rate, matches: row.c, over: row.b)
    else { return [] }
    let explained = Self.rate(rate, matches: row.aMinusB, over: row.b)
    let entry = row.entry
    let message =
      "\(entry.sectionTitle) \(entry.label): printed rate \(rate)% does not match C / B\(explained ? " but matches (A - B) / B" : "")"
    return [
      Finding(
        severity: explained ? .info : .warning,
        code: explained ? .tableRateRounding : .tableRateMismatch, message: message,
        subjectId: entry.id, lines: [entry.span.line])
    ]
  }

  /// |rate − 100·change/b| ≤ half a unit of the printed rate, in integers: 2·rate·b and
  /// 200·change·10^scale compared within |b|. Overflow means no match.
  static func rate(_ rate: DecimalNumber, matches change: Int64, over b: Int64) -> Bool {
    // 200·10^scale, or nil when the printed rate has more digits than 64 bits hold.
    let p = DecimalNumber(significand: 200, scale: 0).scaledToInteger(byPowerOfTen: rate.scale)
    let (twice, o0) = rate.significand.multipliedReportingOverflow(by: 2)
    let (lhs, o1) = twice.multipliedReportingOverflow(by: b)
    guard let p, !o0, !o1 else { return false }
    let (rhs, o2) = p.multipliedReportingOverflow(by: change)
    guard !o2, let difference = ReconciliationContext.sum(lhs, -rhs) else { return false }
    return difference.magnitude <= b.magnitude
  }
}
