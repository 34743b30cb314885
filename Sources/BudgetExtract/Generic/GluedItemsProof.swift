import BudgetModel

/// Which items of a list of names glued to their amounts (`LegendItems.gluedItem`) the list's
/// own arithmetic proves: an item whose amount and figure in parentheses are both the sums
/// (within the rounding of the printed figures) of the items right after it, taken in order
/// (sub-parts marked `うち` passed over), for exactly one number (two or more) of them:
/// `平成15年度原子力関係経費4,819(4,662)` = `一般会計1,528(1,455)` + `電源開発促進対策特別会計3,291(3,207)`.
/// The sum proves where each name ends and its amount starts, and that the figures are the
/// legend's; the total and its parts are read, nothing else.
enum GluedItemsProof {
  /// Whether each item is proven, in the order given.
  static func check(_ items: [LegendItems.Item], unit: String) -> [Bool] {
    var proven = Array(repeating: false, count: items.count)
    for (t, total) in items.enumerated() where !LegendItems.isSubPart(total.label) {
      guard let totalPrior = total.prior else { continue }
      let later = items.indices.filter { $0 > t && !LegendItems.isSubPart(items[$0].label) }
      guard later.count >= 2 else { continue }
      let fits = (2...later.count).filter { n in
        let parts = later.prefix(n).map { items[$0] }
        let priors = parts.compactMap(\.prior)
        return priors.count == n
          && ClauseProof.sums(amount(total.amount, unit), parts.map { amount($0.amount, unit) })
          && ClauseProof.sums(amount(totalPrior, unit), priors.map { amount($0, unit) })
      }
      guard fits.count == 1 else { continue }
      proven[t] = true
      for k in later.prefix(fits[0]) { proven[k] = true }
    }
    return proven
  }

  static func amount(_ number: DecimalNumber, _ unit: String) -> PrintedAmount {
    PrintedAmount(number, unit: unit)
  }
}
