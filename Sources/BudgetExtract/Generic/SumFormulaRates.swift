import BudgetModel

/// The growth rates of a table named by sum formulas (`GenericReader+SumFormula`): each amount
/// column is followed by its `対前年度伸び率%`, and no prior amount is printed. A growth rate r
/// of an amount x implies its prior-year amount x / (1 + r/100); prior amounts add up as the
/// amounts do, so the total's rate is its amount over the sum of its parts' implied prior
/// amounts (C's over A's and B's, E's over A's, B's and D's). Each figure is taken with its
/// printed rounding (half a unit of its last digit), in exact integers.
///
/// The rates of C, D and E are exported in a row only where that row's sums hold; when any
/// row contradicts them, or no row has two parts of different rates (the one case the check
/// tells a rate from any other figure), none is. A and B stay reported: nothing printed tells
/// which is which name.
enum SumFormulaRates {
  /// An amount and the rate printed after it; the amount nil for `-`.
  typealias Pair = (amount: DecimalNumber?, rate: DecimalNumber?)

  /// The columns (amount indices 0..<5) whose rates each row proves: `[row: columns]`; empty
  /// when a row contradicts the sums or none proves the rates apart from each other.
  static func confirmed(
    _ rows: [[Pair]], _ columns: (a: Int, b: Int, c: Int, d: Int, e: Int)
  ) -> [Int: Set<Int>] {
    var proven: [Int: Set<Int>] = [:]
    var discriminating = false
    for (r, row) in rows.enumerated() {
      let checks = [
        ([columns.a, columns.b], columns.c, [columns.c]),
        ([columns.a, columns.b, columns.d], columns.e, [columns.d, columns.e]),
      ]
      for (parts, total, exported) in checks {
        guard let held = holds(parts.map { row[$0] }, total: row[total]) else { continue }
        guard held else { return [:] }
        let rates = Set(parts.compactMap { row[$0].amount == nil ? nil : row[$0].rate })
        if rates.count >= 2 { discriminating = true }
        for c in exported where row[c].amount != nil && row[c].rate != nil {
          proven[r, default: []].insert(c)
        }
      }
    }
    return discriminating ? proven : [:]
  }

  /// Whether the total's rate is its amount over the sum of the parts' implied prior amounts;
  /// nil when a figure is missing (an amount without its rate, a total without either, no
  /// part printed).
  static func holds(_ parts: [Pair], total: Pair) -> Bool? {
    let scale: Int128 = 1_000_000
    let printed = parts.filter { $0.amount != nil }
    guard !printed.isEmpty, let t = total.amount, let tr = total.rate else { return nil }
    let s = ([t] + printed.compactMap(\.amount)).map(\.scale).max() ?? 0
    var low: Int128 = 0
    var high: Int128 = 0
    for part in printed {
      guard let a = part.amount, let r = part.rate, let (m, h) = multiplier(r), a.significand > 0
      else { return nil }
      let value = Int128(a.significand) * RatioSums.pow10(s - a.scale)
      let unit = RatioSums.pow10(s - a.scale)
      // prior ∈ [(2a − u)·h / (2m + 1), (2a + u)·h / (2m − 1)]
      low += (2 * value - unit) * h * scale / (2 * m + 1)
      high += ((2 * value + unit) * h * scale + (2 * m - 2)) / (2 * m - 1)
    }
    guard let (m, h) = multiplier(tr), t.significand > 0, low > 0 else { return nil }
    let value = Int128(t.significand) * RatioSums.pow10(s - t.scale)
    let unit = RatioSums.pow10(s - t.scale)
    let reachesLow = (2 * m + 1) * high >= (2 * value - unit) * h * scale
    let reachesHigh = (2 * m - 1) * low <= (2 * value + unit) * h * scale
    return reachesLow && reachesHigh
  }

  /// A rate as the multiplier m / h it stands for (`4.6` → 1046 / 1000); nil below −100 %.
  static func multiplier(_ rate: DecimalNumber) -> (Int128, Int128)? {
    let h = 100 * RatioSums.pow10(rate.scale)
    let m = h + Int128(rate.significand)
    return m > 1 ? (m, h) : nil
  }
}
