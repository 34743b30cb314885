import BudgetModel

extension ClauseProof {
  /// An entry whose rate against the prior year stands with no change
  /// (`平成5年度の文化庁予算(説明文)対前年度比8.7%増(説明文)538億9,681万円`) is proven by the
  /// amount of the year before printed in another clause of the document
  /// (`平成4年度(説明文)495億9,845万円`): B / A − 1 = rate at the printed precision (each amount
  /// off by half a unit of its last digit), both labels starting with an era year, A's the year
  /// right before B's and naming nothing after its year but B's own words, exactly one such A
  /// in the document. B's amount and rate are then proven, and A is B's prior year (not an
  /// entry of its own).
  static func provePriorYearRates(_ lines: [Line], _ verdicts: inout [[Verdict]]) {
    let all = lines.indices.flatMap { l in lines[l].entries.indices.map { (l, $0) } }
    for (l, k) in all {
      let entry = lines[l].entries[k]
      guard let rate = entry.rate, entry.change == nil, !verdicts[l][k].amount,
        let b = exact(entry.amount), let (year, subject) = yearAndSubject(entry.label)
      else { continue }
      let found = all.filter { l2, k2 in
        let other = lines[l2].entries[k2]
        guard l2 != l || k2 != k, other.rate == nil, other.change == nil,
          !verdicts[l2][k2].amount, let (y, words) = yearAndSubject(other.label),
          y == year - 1, words.isEmpty || words == subject, let a = exact(other.amount)
        else { return false }
        let c = RatioSums.Exact(value: b.value - a.value, unit: b.unit + a.unit)
        return ComparisonSentence.rateHolds(rate, change: c, base: a)
      }
      guard found.count == 1, let (l2, k2) = found.first else { continue }
      verdicts[l][k].amount = true
      verdicts[l][k].rate = true
      verdicts[l][k].priorLine = l2
      verdicts[l][k].priorEntry = k2
      verdicts[l2][k2].isPrior = true
    }
  }

  /// The era year a label starts with (`平成5年度の文化庁予算` → 1993) and its words after
  /// `年度` and `の` (`文化庁予算`); nil for a label not starting with a 平成 or 令和 year.
  static func yearAndSubject(_ label: String) -> (Int, String)? {
    let s = Array(compact(label).unicodeScalars)
    let eras: [[Unicode.Scalar]] = [Array("令和".unicodeScalars), Array("平成".unicodeScalars)]
    guard let found = EraYear.scan(s, at: 0, eras: eras), let n = found.year,
      found.end < s.count, s[found.end] == "度"
    else { return nil }
    var rest = String(String.UnicodeScalarView(s[(found.end + 1)...]))
    if rest.hasPrefix("の") { rest.removeFirst() }
    return (found.era == 0 ? 2018 + n : 1988 + n, rest)
  }
}
