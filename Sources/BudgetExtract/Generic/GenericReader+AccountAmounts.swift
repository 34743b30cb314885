import BudgetModel

/// Headline amounts named by the lines of a settlement account (fukko-h27-kessan-kisha:
/// `●収納済歳入額 51,344 億円 ●支出済歳出額 37,098 億円 ●収支差額 … ●歳出予算現額 56,328 億円 …`).
///
/// - Only the settled amounts (収納済歳入額, 支出済歳出額) are a measure of the schema; an
///   amount named by another line of the account (歳出予算現額, 翌年度繰越額, 不用額,
///   徴収決定済額, …) is no budget figure, in any document: reported.
/// - A settled amount is bounded by its account: 支出済歳出額 ≤ 歳出予算現額 (= 支出済 + 繰越
///   + 不用) and 収納済歳入額 ≤ 徴収決定済額. A settled amount larger than every such bound the
///   document prints (`●支出済歳出額 276,231 億円` of a five-year period beside the year's
///   歳出予算現額 56,328 億円) is not that year's account: reported.
extension GenericReader {
  mutating func reportAccountAmounts() {
    let roles = amountLines.map { SettlementHeader.role(of: Self.accountWord($0.label)) }
    let bounds: [(SettlementHeader.Role, Set<SettlementHeader.Role>)] = [
      (.settledExpenditure, [.expenditureBudget, .appropriation]),
      (.settledRevenue, [.determined]),
    ]
    var dropped = Set<Int>()
    for (k, role) in roles.enumerated() {
      guard let role else { continue }
      guard let bound = bounds.first(where: { $0.0 == role })?.1 else {
        dropped.insert(k)
        report(k, "a line of the settlement account other than the settled amount is not exported")
        continue
      }
      let limits = roles.indices.filter { roles[$0].map(bound.contains) == true }
      guard !limits.isEmpty,
        limits.allSatisfy({ Self.exceeds(amountLines[k].amount, amountLines[$0].amount) == true })
      else { continue }
      dropped.insert(k)
      report(
        k,
        "a settled amount larger than the account's own budget printed beside it is not that account's: not exported"
      )
    }
    amountLines = amountLines.indices.filter { !dropped.contains($0) }.map { amountLines[$0] }
  }

  private mutating func report(_ k: Int, _ why: String) {
    let record = amountLines[k]
    diagnostics.append(
      Diagnostic(kind: .unrecognizedLine, message: why, text: record.label, span: record.span))
  }

  /// The label without its list mark and spaces (`●歳出予算現額` → `歳出予算現額`).
  static func accountWord(_ label: String) -> String {
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    return String(compact.drop { "●○◎◆◇■□・※-".contains($0) })
  }

  /// Whether `a` is larger than `b`, when both are one number in the same unit.
  static func exceeds(_ a: PrintedFigure, _ b: PrintedFigure) -> Bool? {
    guard let x = a.amount, let y = b.amount, x.parts.count == 1, y.parts.count == 1,
      x.parts[0].unit == y.parts[0].unit, !x.isNegative, !y.isNegative
    else { return nil }
    let scale = max(x.parts[0].number.scale, y.parts[0].number.scale)
    return x.parts[0].number.scaled(to: scale) > y.parts[0].number.scaled(to: scale)
  }
}
