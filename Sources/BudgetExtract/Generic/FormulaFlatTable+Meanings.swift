import BudgetModel

extension FormulaFlatTable.Proof {
  /// A row's cells in the table's columns: a full row as printed (its ratios holding), a
  /// shorter one with its blank cells where exactly one placement satisfies every formula
  /// (a blank adds nothing) and every ratio; nil otherwise.
  func place(_ row: FormulaFlatTable.Row, width: Int, parser: FigureParser) -> [CellToken]? {
    let printed = row.run.map(\.cell)
    guard base == nil || row.ratios.count == targets.count else { return nil }
    let blank = CellToken(
      figure: PrintedFigure(amount: nil), isPercent: false, line: printed.first?.line ?? 0)
    var found: [[CellToken]] = []
    for gaps in FormulaFlatTable.combinations(width, width - printed.count) {
      var cells: [CellToken] = []
      var next = 0
      for k in 0..<width {
        if gaps.contains(k) {
          cells.append(blank)
        } else {
          cells.append(printed[next])
          next += 1
        }
      }
      guard sumsHold(cells), ratiosHold(row, cells) else { continue }
      found.append(cells)
    }
    return found.count == 1 ? found[0] : nil
  }

  func ratiosHold(_ row: FormulaFlatTable.Row, _ cells: [CellToken]) -> Bool {
    guard let base else { return true }
    return targets.indices.allSatisfy { i in
      let relation = ColumnRelation(
        result: cells.count, lhs: targets[i], rhs: base, isQuotient: true)
      return TableArithmetic.holds(relation, cells + [row.ratios[i]]) == true
    }
  }
}

extension FormulaFlatTable {
  /// The columns' meanings: the sum printed in the header before the unit run is the budget
  /// column its one stage word names (`概算決定額` is the government's proposal), its terms
  /// are its proven parts (named by the header words before it, `経常分`, `「臨時・特別の措置」`,
  /// when they are two), the ratios' base is the prior year; the rest are reported.
  static func meanings(
    _ proof: Proof, sum: Formula, header: [String], width: Int
  ) -> [ColumnMeaning]? {
    guard let result = sum.result, let x = proof.letters[result],
      let stage = stage(header.joined())
    else { return nil }
    let year = ColumnHeader.meanings(header.joined(separator: " ")).compactMap(\.fiscalYearLabel)
    guard year.count <= 1 else { return nil }
    // The ratios to the prior year divide the sum or its parts: those are the budget year's.
    let budgetColumns = Set([x] + sum.terms.compactMap { proof.letters[$0] })
    let thisYear =
      year.first
      ?? (proof.base != nil && Set(proof.targets).isSubset(of: budgetColumns) ? "本年度" : nil)
    var meanings = (0..<width).map { k in
      ColumnMeaning(
        kind: .other,
        header: proof.letters.first(where: { $0.value == k })?.key
          ?? proof.sums.first(where: { $0.column == k })?.printed ?? "")
    }
    let formulaWord = header.firstIndex { $0.hasSuffix(sum.printed) } ?? header.count
    let words = Array(header[..<formulaWord])
    meanings[x] = ColumnMeaning(
      kind: .amount,
      header: (words.last.map { stageWord($0) ? $0 : "" } ?? "") + header[formulaWord],
      fiscalYearLabel: thisYear, stage: stage)
    let names = partNames(words.last.map(stageWord) == true ? Array(words.dropLast()) : words)
    for (n, letter) in sum.terms.enumerated() {
      guard let k = proof.letters[letter] else { return nil }
      // A part column is `other` marked as a part: exported with its column's measure.
      var part = ColumnMeaning(kind: .other, header: names?[n] ?? letter)
      part.partOf = x
      meanings[k] = part
    }
    if let p = proof.base {
      meanings[p] = ColumnMeaning(kind: .amount, header: "前年度", fiscalYearLabel: "前年度")
    }
    return meanings
  }

  /// The one stage the header words name, `概算決定` read as the proposal.
  static func stage(_ text: String) -> ColumnMeaning.Stage? {
    var stages = Set(ColumnMeaning.Stage.named(in: text))
    if text.contains("概算決定") { stages.insert(.proposal) }
    return stages.count == 1 ? stages.first : nil
  }

  /// A word of a column header: a formula, a year, a stage, an amount (`追加額`) or a short
  /// word in parentheses (`(経常分)`).
  static func isHeaderWord(_ word: String) -> Bool {
    Formula.parse(word) != nil || word.hasSuffix("年度") || word.hasSuffix("額")
      || stageWord(word) || ["補正", "当初"].contains(word)
      || (word.hasPrefix("(") && word.hasSuffix(")") && word.count <= 8)
  }

  static func stageWord(_ word: String) -> Bool {
    stage(word) != nil
  }

  /// Two names of the parts: the header words before the sum, one bracketed (`「…」`) and the
  /// other not, in printed order; nil otherwise.
  static func partNames(_ words: [String]) -> [String]? {
    let text = words.joined()
    guard let open = text.firstIndex(of: "「"), let close = text.firstIndex(of: "」"),
      open < close, text.filter({ $0 == "「" }).count == 1
    else { return nil }
    let bracket = String(text[open...close])
    let before = String(text[..<open])
    let after = String(text[text.index(after: close)...])
    if !before.isEmpty, after.isEmpty { return [before, bracket] }
    if before.isEmpty, !after.isEmpty { return [bracket, after] }
    return nil
  }
}
