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
  }

  /// A relation between columns: `result = lhs − rhs`, or `result = lhs / rhs · 100`.
  struct Relation {
    var result: Int
    var lhs: Int
    var rhs: Int
    var isQuotient: Bool
  }

  /// The relations the header claims (by letters, else by order: the two amount columns
  /// before a change, rate or ratio column).
  static func relations(_ meanings: [ColumnMeaning]) -> [Relation] {
    var result: [Relation] = []
    func column(_ letter: String) -> Int? { meanings.firstIndex { $0.letter == letter } }
    for (k, m) in meanings.enumerated() where m.kind != .amount && m.kind != .other {
      let amounts = meanings[..<k].indices.filter { meanings[$0].kind == .amount }
      if m.formula.count == 2, let a = column(m.formula[0]), let b = column(m.formula[1]) {
        result.append(Relation(result: k, lhs: a, rhs: b, isQuotient: m.kind != .change))
        continue
      }
      guard amounts.count >= 2 else { continue }
      var (earlier, later) = (amounts[amounts.count - 2], amounts[amounts.count - 1])
      // The later fiscal year is B whatever the printed order (`令和6年度(A) 令和5年度(B)`).
      if let a = yearKey(meanings[earlier].fiscalYearLabel),
        let b = yearKey(meanings[later].fiscalYearLabel), a.era == b.era ? a.n > b.n : a.era > b.era
      {
        swap(&earlier, &later)
      }
      switch m.kind {
      case .change: result.append(Relation(result: k, lhs: later, rhs: earlier, isQuotient: false))
      case .ratioPercent:
        result.append(Relation(result: k, lhs: later, rhs: earlier, isQuotient: true))
      case .ratePercent:
        if let change = meanings[..<k].lastIndex(where: { $0.kind == .change }) {
          result.append(Relation(result: k, lhs: change, rhs: earlier, isQuotient: true))
        }
      default: break
      }
    }
    return result
  }

  static func check(_ meanings: [ColumnMeaning], rows: [[CellToken]]) -> Verdict {
    var verdict = Verdict()
    for relation in relations(meanings) {
      var failed: [Int] = []
      var held = 0
      for (r, cells) in rows.enumerated() where cells.count == meanings.count {
        guard let outcome = holds(relation, cells) else { continue }
        if outcome { held += 1 } else { failed.append(r) }
      }
      verdict.held += held
      verdict.failedRows += failed
      if failed.count > held { verdict.contradicted = true }
    }
    verdict.failedRows = Array(Set(verdict.failedRows)).sorted()
    return verdict
  }

  /// Whether the relation holds on a row; nil when a cell it needs has no number.
  static func holds(_ relation: Relation, _ cells: [CellToken]) -> Bool? {
    guard let x = cells[relation.lhs].decimal, let y = cells[relation.rhs].decimal,
      let z = cells[relation.result].decimal
    else { return nil }
    if relation.isQuotient {
      // z ≈ 100 · x / y: |z·y − 100·x| ≤ |y|·unit(z) + 100·unit(x), all at one scale.
      guard y.significand != 0 else { return nil }
      let scale = max(x.scale, y.scale)
      let xi = x.scaled(to: scale)
      let yi = y.scaled(to: scale)
      let lhs = z.significand.multipliedFullWidth(by: yi)
      let hundredX = Int64(100) * xi * pow10(z.scale)
      let diff = abs(Int64(truncatingIfNeeded: lhs.low) - hundredX)
      guard lhs.high == 0 || lhs.high == -1 else { return false }
      let tolerance = abs(yi) + 100 * pow10(z.scale) * pow10(scale - x.scale)
      return diff <= tolerance
    }
    let scale = max(x.scale, y.scale, z.scale)
    let diff = abs(x.scaled(to: scale) - y.scaled(to: scale) - z.scaled(to: scale))
    // One unit of the coarsest printed digit covers each figure's own rounding.
    let tolerance = pow10(scale - min(x.scale, y.scale, z.scale))
    return diff <= tolerance
  }

  /// A fiscal year label's era rank and number (`平成31年度` → (1, 31)); a bare `6年度` has
  /// rank -1 and compares only with another bare year; `前年度` and `本年度` compare with each
  /// other only (rank -2).
  static func yearKey(_ label: String?) -> (era: Int, n: Int)? {
    guard let label else { return nil }
    if label == "前年度" { return (-2, 0) }
    if label == "本年度" || label == "今年度" { return (-2, 1) }
    var rank = -1
    var rest = Substring(label)
    for (k, era) in ["昭和", "平成", "令和"].enumerated() where rest.hasPrefix(era) {
      rank = k
      rest = rest.dropFirst(era.count)
    }
    if rest.hasPrefix("元") { return (rank, 1) }
    guard let n = Int(rest.prefix { $0.isASCIIDigitCharacter }) else { return nil }
    return (rank, n)
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
