import BudgetModel

extension FormulaFlatTable {
  /// A formula printed in a header: `C=A+B` (a column named C, the sum of A and B) or `C+D` (a
  /// column printed as the sum of C and D).
  struct Formula: Equatable {
    var result: String?
    var terms: [String]
    var printed: String

    /// The formulas of the words, each once: a word that is one, or ends with a named one
    /// (`概算決定額C=A+B`).
    static func all(in words: [String]) -> [Formula] {
      var found: [Formula] = []
      for word in words {
        let text = String(word.map { $0 == "＋" ? "+" : $0 == "＝" ? "=" : $0 })
        guard let formula = parse(text), !found.contains(formula) else { continue }
        found.append(formula)
      }
      return found
    }

    static func parse(_ text: String) -> Formula? {
      let chars = Array(text)
      // The formula is the word's tail of letters, `+` and one `=`.
      var start = chars.count
      while start > 0, chars[start - 1].isUppercaseASCIILetter || "+=".contains(chars[start - 1]) {
        start -= 1
      }
      let tail = String(chars[start...])
      let sides = tail.split(separator: "=", omittingEmptySubsequences: false)
      guard sides.count <= 2, let right = sides.last else { return nil }
      let terms = right.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
      guard terms.count >= 2, terms.allSatisfy({ $0.count == 1 }) else { return nil }
      if sides.count == 2 {
        guard sides[0].count == 1 else { return nil }
        return Formula(result: String(sides[0]), terms: terms, printed: tail)
      }
      // An unnamed sum is a word of its own.
      guard start == 0 else { return nil }
      return Formula(result: nil, terms: terms, printed: tail)
    }
  }

  /// The columns the formulas and ratios are proven to name.
  struct Proof {
    var letters: [String: Int]
    /// Each formula as columns: the sum's column and its terms' columns.
    var sums: [(column: Int, terms: [Int], printed: String)]
    /// The column the printed ratios divide by, and the column each ratio divides.
    var base: Int?
    var targets: [Int] = []

    static func find(
      _ formulas: [Formula], rows: [Row], width: Int, parser: FigureParser
    ) -> Proof? {
      let letters = Array(Set(formulas.flatMap { $0.terms + ($0.result.map { [$0] } ?? []) }))
        .sorted()
      let unnamed = formulas.filter { $0.result == nil }.count
      let full = rows.filter { $0.run.count == width }.map { $0.run.map(\.cell) }
      guard full.count >= 2, letters.count + unnamed <= width else { return nil }
      var found: [Proof] = []
      for columns in combinations(width, letters.count) {
        let map = Dictionary(uniqueKeysWithValues: zip(letters, columns))
        let free = (0..<width).filter { !columns.contains($0) }
        for extra in arrangements(free, unnamed) {
          var sums: [(column: Int, terms: [Int], printed: String)] = []
          var e = 0
          for formula in formulas {
            let terms = formula.terms.compactMap { map[$0] }
            if let r = formula.result, let c = map[r] {
              sums.append((c, terms, formula.printed))
            } else {
              sums.append((extra[e], terms, formula.printed))
              e += 1
            }
          }
          let proof = Proof(letters: map, sums: sums)
          if full.allSatisfy({ proof.sumsHold($0) }) { found.append(proof) }
        }
      }
      guard found.count == 1, var proof = found.first else { return nil }
      proof.findBase(rows.filter { $0.run.count == width })
      return proof
    }

    func sumsHold(_ cells: [CellToken]) -> Bool {
      sums.allSatisfy { sum in
        guard let total = cells[sum.column].decimal else { return false }
        let terms = sum.terms.map { cells[$0].decimal ?? DecimalNumber(significand: 0, scale: 0) }
        let scale = ([total] + terms).map(\.scale).max() ?? 0
        let diff = total.scaled(to: scale) - terms.reduce(0) { $0 + $1.scaled(to: scale) }
        // Each figure is rounded at its last digit: n terms and their sum differ by at most
        // (n + 1) / 2 units.
        let unit = TableArithmetic.pow10(scale - (([total] + terms).map(\.scale).min() ?? 0))
        return abs(diff) <= Int64((terms.count + 1) / 2) * unit
      }
    }

    /// The one column outside the formulas that every row's ratios divide by, each ratio
    /// dividing one column of the formulas; none when not exactly one.
    mutating func findBase(_ full: [Row]) {
      guard let count = full.first?.ratios.count, count > 0,
        full.allSatisfy({ $0.ratios.count == count })
      else { return }
      let used = Set(sums.flatMap { [$0.column] + $0.terms })
      var found: [(Int, [Int])] = []
      for p in 0..<(full[0].run.count) where !used.contains(p) {
        var targets: [Int] = []
        for i in 0..<count {
          let t = used.filter { t in full.allSatisfy { Self.ratioHolds($0, i, t, p) } }
          if t.count == 1 { targets.append(t.first!) }
        }
        if targets.count == count { found.append((p, targets)) }
      }
      guard found.count == 1 else { return }
      (base, targets) = found[0]
    }

    static func ratioHolds(_ row: Row, _ i: Int, _ t: Int, _ p: Int) -> Bool {
      let cells = row.run.map(\.cell) + [row.ratios[i]]
      let relation = ColumnRelation(result: cells.count - 1, lhs: t, rhs: p, isQuotient: true)
      return TableArithmetic.holds(relation, cells) == true
    }
  }

  static func combinations(_ n: Int, _ k: Int) -> [[Int]] {
    guard k > 0 else { return [[]] }
    guard n >= k else { return [] }
    return combinations(n - 1, k) + combinations(n - 1, k - 1).map { $0 + [n - 1] }
  }

  static func arrangements(_ pool: [Int], _ k: Int) -> [[Int]] {
    guard k > 0 else { return [[]] }
    return pool.flatMap { x in
      arrangements(pool.filter { $0 != x }, k - 1).map { [x] + $0 }
    }
  }
}

extension Character {
  fileprivate var isUppercaseASCIILetter: Bool { isASCII && isUppercase && isLetter }
}
