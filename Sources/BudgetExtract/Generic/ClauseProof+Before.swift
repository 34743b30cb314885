import BudgetModel

extension ClauseProof {
  /// Words that name an entry as a total of what was stated before it.
  static let totalWords = ["総額", "合計", "総計", "含めた"]

  /// A total printed after its parts (boei-h16-hakusho-keihi: `総額 4兆8,764億円(SACO関係経費を
  /// 除く。)` … `SACO関係経費 266億円 これを含めた防衛関係費の総額 … 4兆9,030億円`): an entry of a
  /// sentence whose label names a total (`totalWords`) and whose amount is the sum of the
  /// sentence entries right before it, for exactly one number (two or more) of them: the total
  /// and those parts are proven.
  static func proveTotalsAfterParts(_ lines: [Line], _ verdicts: inout [[Verdict]]) {
    let order = lines.indices.filter { !lines[$0].isItem }.flatMap { l in
      lines[l].entries.indices.map { (l, $0) }
    }
    for (position, (l, k)) in order.enumerated() where position >= 2 {
      let total = lines[l].entries[k]
      guard totalWords.contains(where: total.label.contains) else { continue }
      let before = Array(order[..<position].reversed())
      let fits = (2...before.count).filter { n in
        sums(total.amount, before.prefix(n).map { lines[$0.0].entries[$0.1].amount })
      }
      guard fits.count == 1,
        canBeParts(
          of: total.label, before.prefix(fits[0]).map { lines[$0.0].entries[$0.1].label })
      else { continue }
      verdicts[l][k].amount = true
      for (pl, pk) in before.prefix(fits[0]) {
        verdicts[pl][pk].amount = true
        verdicts[pl][pk].isPart = true
      }
    }
  }
}
