import BudgetModel

/// A ratio column with no earlier amount printed to compare with (`国費 1兆469億円 対前年度比
/// 0.96`: the prior year's amount is not in the table) is confirmed by the rows that add up to
/// a total: when the total's amount is the sum of its parts' (Σ rows = total, in every amount
/// column), the prior-year amounts the ratios imply (amount / ratio) add up too, so the
/// total's ratio is its amount over the sum of its parts' implied prior amounts. Each figure
/// is taken with its printed rounding (half a unit of its last digit), in exact integers.
///
/// The check holds whatever the ratio's scale (a multiplier `0.96` or a percent `96.0`):
/// the scale is what the header and the printed figures say; the rows confirm that the column
/// is this amount over an additive base.
enum RatioSums {
  /// A figure as an exact integer and the unit of its last printed digit, in 10⁻⁶ of the
  /// smallest unit.
  struct Exact {
    var value: Int128
    var unit: Int128
  }

  /// A total row and the rows that add up to it.
  struct Group: Equatable {
    var total: Int
    var parts: [Int]
  }

  static func check(_ meanings: [ColumnMeaning], rows: [[CellToken]]) -> TableArithmetic.Verdict {
    var verdict = TableArithmetic.Verdict()
    let related = Set(ColumnMeaning.relations(meanings).map(\.result))
    let rows = rows.filter { $0.count == meanings.count }
    let amounts = meanings.indices.filter { c in
      (meanings[c].kind == .amount || meanings[c].kind == .other)
        && rows.allSatisfy { $0[c].figure.amount == nil || exact($0[c]) != nil }
    }
    let ratios = meanings.indices.filter { c in
      meanings[c].kind == .ratioPercent && !related.contains(c)
        && amounts.contains { $0 < c }
    }
    guard !ratios.isEmpty else { return verdict }
    var failed: Set<Int> = []
    for group in groups(rows, columns: amounts) {
      for ratio in ratios {
        let base = amounts.last { $0 < ratio }!
        guard let held = holds(group, amount: base, ratio: ratio, rows) else { continue }
        if held { verdict.held += 1 } else { failed.insert(group.total) }
      }
    }
    verdict.failedRows = failed.sorted()
    verdict.contradicted = failed.count > verdict.held
    return verdict
  }

  /// Rows that add up to a row next to them (the parts right after their total, or right
  /// before it), found from the innermost out: the parts of a group found are no longer
  /// candidates, so an outer total adds its inner totals only.
  static func groups(_ rows: [[CellToken]], columns: [Int]) -> [Group] {
    var alive = Array(rows.indices)
    var found: [Group] = []
    var progress = true
    while progress {
      progress = false
      search: for p in alive.indices {
        for length in 2...8 {
          let after = p + 1 + length <= alive.count ? Array(alive[(p + 1)...(p + length)]) : []
          let before = p - length >= 0 ? Array(alive[(p - length)..<p]) : []
          for parts in [after, before] where !parts.isEmpty {
            if adds(parts, to: alive[p], rows, columns: columns) {
              found.append(Group(total: alive[p], parts: parts))
              alive.removeAll { parts.contains($0) }
              progress = true
              break search
            }
          }
        }
      }
    }
    return found
  }

  /// Whether the parts add up to the total in every amount column (at least one), each
  /// figure within half a unit of its last digit.
  static func adds(_ parts: [Int], to total: Int, _ rows: [[CellToken]], columns: [Int]) -> Bool {
    var checked = 0
    for c in columns {
      guard let t = exact(rows[total][c]) else { continue }
      let values = parts.compactMap { exact(rows[$0][c]) }
      guard values.count == parts.count else { return false }
      let sum = values.reduce(Int128(0)) { $0 + $1.value }
      let slack = values.reduce(t.unit) { $0 + $1.unit }
      if 2 * abs(sum - t.value) > slack { return false }
      checked += 1
    }
    return checked > 0
  }

  /// Whether the total's ratio is its amount over the sum of the parts' implied bases
  /// (amount / ratio), every figure within its rounding; nil when a figure is missing.
  static func holds(_ group: Group, amount c: Int, ratio q: Int, _ rows: [[CellToken]]) -> Bool? {
    let scale: Int128 = 1_000_000
    var low: Int128 = 0
    var high: Int128 = 0
    for r in group.parts {
      guard let b = exact(rows[r][c]), let (m, s) = ratio(rows[r][q]), b.value > 0, m > 1 else {
        return nil
      }
      // base ∈ [(2b − u)·10ˢ / (2m + 1), (2b + u)·10ˢ / (2m − 1)]
      let ten = pow10(s)
      low += (2 * b.value - b.unit) * ten * scale / (2 * m + 1)
      high += ((2 * b.value + b.unit) * ten * scale + (2 * m - 2)) / (2 * m - 1)
    }
    guard let b = exact(rows[group.total][c]), let (m, s) = ratio(rows[group.total][q]), low > 0
    else { return nil }
    let ten = pow10(s)
    // The total's ratio ± half a unit reaches the range (2b ∓ u) / (2 · base).
    let reachesLow = (2 * m + 1) * high >= (2 * b.value - b.unit) * ten * scale
    let reachesHigh = (2 * m - 1) * low <= (2 * b.value + b.unit) * ten * scale
    return reachesLow && reachesHigh
  }

  /// A ratio's digits and scale (`0.96` → (96, 2)).
  static func ratio(_ cell: CellToken) -> (Int128, Int)? {
    guard let d = cell.decimal, d.significand > 0 else { return nil }
    return (Int128(d.significand), d.scale)
  }

  /// An amount cell as an exact integer: its parts (`1兆6,965億円`) by the powers of ten the
  /// numeral units name; nil for a unit of no known power.
  static func exact(_ cell: CellToken) -> Exact? {
    guard let amount = cell.figure.amount, !amount.parts.isEmpty else { return nil }
    var value: Int128 = 0
    var unit: Int128 = 0
    for part in amount.parts {
      guard let power = power(of: part.unit), power + 6 - part.number.scale >= 0 else {
        return nil
      }
      let weight = pow10(power + 6 - part.number.scale)
      value += Int128(part.number.significand) * weight
      unit = weight
    }
    return Exact(value: amount.isNegative ? -value : value, unit: unit)
  }

  /// The power of ten of a unit as the numeral words name it (`兆` 12, `億` 8, `百万` 6,
  /// `万` 4, `千` 3, `円` or none 0).
  static func power(of unit: String?) -> Int? {
    guard let unit else { return 0 }
    for (word, power) in [("兆", 12), ("億", 8), ("百万", 6), ("万", 4), ("千", 3), ("円", 0)]
    where unit.hasPrefix(word) {
      return power
    }
    return nil
  }

  static func pow10(_ n: Int) -> Int128 {
    var v: Int128 = 1
    for _ in 0..<max(n, 0) { v *= 10 }
    return v
  }
}

extension TableArithmetic {
  /// The header's relations, and the sums that confirm a ratio column with no earlier
  /// amount printed (`RatioSums`).
  static func checkWithSums(_ meanings: [ColumnMeaning], rows: [[CellToken]]) -> Verdict {
    if let settled = SettlementHeader.check(meanings, rows: rows) { return settled }
    var verdict = check(meanings, rows: rows)
    let sums = RatioSums.check(meanings, rows: rows)
    verdict.held += sums.held
    verdict.failedRows = Array(Set(verdict.failedRows + sums.failedRows)).sorted()
    verdict.contradicted = verdict.contradicted || sums.contradicted
    return verdict
  }
}
