import BudgetModel

/// Confirms a table's column reading with its own rows: a change column equals the later
/// amount minus the earlier one (B − A = C), a rate is C / A in percent, a ratio B / A in
/// percent. Each relation is checked at the printed precision (one unit of the last printed
/// digit of each figure), in integers.
enum TableArithmetic {
  struct Verdict: Equatable {
    /// Relations that held, counted over rows.
    var held = 0
    /// Rows (indices) where a relation failed.
    var failedRows: [Int] = []
    /// A relation failed on most of the rows where it could be checked: the reading is wrong.
    var contradicted = false

    /// Counts one relation over the rows of the table's width: `holds` is nil where a cell it
    /// needs has no number.
    mutating func tally(_ rows: [[CellToken]], width: Int, _ holds: ([CellToken]) -> Bool?) {
      var failed: [Int] = []
      var held = 0
      for (r, cells) in rows.enumerated() where cells.count == width {
        guard let outcome = holds(cells) else { continue }
        if outcome { held += 1 } else { failed.append(r) }
      }
      self.held += held
      failedRows += failed
      if failed.count > held { contradicted = true }
    }
  }

  typealias Relation = ColumnRelation

  static func relations(_ meanings: [ColumnMeaning]) -> [Relation] {
    ColumnMeaning.relations(meanings)
  }

  static func check(_ meanings: [ColumnMeaning], rows: [[CellToken]]) -> Verdict {
    var verdict = Verdict()
    for relation in relations(meanings) {
      verdict.tally(rows, width: meanings.count) { holds(relation, $0) }
    }
    verdict.failedRows = Array(Set(verdict.failedRows)).sorted()
    return verdict
  }

  /// Whether the relation holds on a row; nil when a cell it needs has no number.
  static func holds(_ relation: Relation, _ cells: [CellToken]) -> Bool? {
    guard var x = cells[relation.lhs].decimal, let y = cells[relation.rhs].decimal,
      let z = cells[relation.result].decimal
    else { return nil }
    if relation.isGrowth {
      let scale = max(x.scale, y.scale)
      x = DecimalNumber(significand: x.scaled(to: scale) - y.scaled(to: scale), scale: scale)
    }
    if relation.isQuotient {
      // z ≈ 100 · x / y: |z·y − 100·x| ≤ |y|·unit(z) + |z|·unit(y) + 100·unit(x), all at one
      // scale: the base's own rounding counts too (1.2 → 7.5 printed `547%増`: 7.5 − 1.2 over
      // 1.2 is 525 %, over 1.15 it is 552 %).
      guard y.significand != 0 else { return nil }
      let scale = max(x.scale, y.scale)
      let xi = x.scaled(to: scale)
      let yi = y.scaled(to: scale)
      let lhs = z.significand.multipliedFullWidth(by: yi)
      let hundredX = Int64(100) * xi * pow10(z.scale)
      let diff = abs(Int64(truncatingIfNeeded: lhs.low) - hundredX)
      guard lhs.high == 0 || lhs.high == -1 else { return false }
      let tolerance =
        abs(yi) + abs(z.significand) * pow10(scale - y.scale)
        + 100 * pow10(z.scale) * pow10(scale - x.scale)
      return diff <= tolerance
    }
    let scale = max(x.scale, y.scale, z.scale)
    let diff = abs(x.scaled(to: scale) - y.scaled(to: scale) - z.scaled(to: scale))
    // One unit of the coarsest printed digit covers each figure's own rounding.
    let tolerance = pow10(scale - min(x.scale, y.scale, z.scale))
    return diff <= tolerance
  }

  static func pow10(_ n: Int) -> Int64 {
    var v: Int64 = 1
    for _ in 0..<max(n, 0) { v *= 10 }
    return v
  }
}

extension DecimalNumber {
  /// The significand at a larger scale (`1.5` at scale 2 → 150).
  func scaled(to target: Int) -> Int64 { significand * TableArithmetic.pow10(target - scale) }
}
