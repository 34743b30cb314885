import BudgetModel

/// Amounts printed one per line and, right after them, as many comparison lines, each holding
/// only a change and rate against the prior year in parentheses (soumu-r4-shobo-hakusho-yosan,
/// a chart page in drawing order):
///
///     ○一般会計 126.2億円
///     ○復興特別会計 3.5億円
///     (対前年度比1.2億円、53.2%増)
///     (対前年度比 0.0億円、0.0%増)
///
/// Printed order does not say which comparison is which amount's. Each comparison is tried on
/// each amount with the arithmetic of `ParenthesizedChange` (the rate is the change over the
/// amount less the change, at the printed precision of both): the comparisons are paired only
/// when exactly one assignment of them to the amounts holds on every pair (+1.2 on 126.2 is not
/// 53.2%, so it is 3.5's, and 0.0 is 126.2's). Otherwise none is paired.
enum ChangeRun {
  typealias Comparison = (lead: String, tokens: [ParenthesizedChange.Token])

  /// The most amounts (and comparisons) a run may hold: the assignments tried are k!.
  static let longest = 5

  /// `(対前年度比 0.0億円、0.0%増)`: parentheses holding words that compare with the prior year
  /// and two or three figures, each amount with its unit, and nothing else on the line.
  static func comparison(_ text: String, parser: FigureParser) -> Comparison? {
    var s = Array(text.unicodeScalars)
    while let last = s.last, last.isSpace { s.removeLast() }
    while let first = s.first, first.isSpace { s.removeFirst() }
    guard s.first == "(", s.last == ")", s.count > 2,
      !s[1..<(s.count - 1)].contains(where: { $0 == "(" || $0 == ")" }),
      let (lead, tokens) = ParenthesizedChange.inside(
        Array(s[1..<(s.count - 1)]), parser: parser),
      lead.contains("前年"), (2...3).contains(tokens.count),
      tokens.allSatisfy({ $0.isRate || $0.amount.parts.allSatisfy { $0.unit != nil } })
    else { return nil }
    return (lead, tokens)
  }

  /// For each amount, the index of its comparison and the reading of the two, when exactly one
  /// assignment of the comparisons to the amounts makes every pair's arithmetic hold; nil when
  /// none or several do, or the counts differ.
  static func assignment(amounts: [PrintedAmount], comparisons: [Comparison])
    -> [(Int, ParenthesizedChange.Reading)]?
  {
    let k = amounts.count
    guard k == comparisons.count, (1...longest).contains(k) else { return nil }
    // fits[i][j]: comparison j read on amount i.
    let fits: [[ParenthesizedChange.Reading?]] = amounts.map { amount in
      comparisons.map {
        ParenthesizedChange.reading(label: "", amount: amount, lead: $0.lead, tokens: $0.tokens)
      }
    }
    var found: [[Int]] = []
    var chosen: [Int] = []
    func search(_ i: Int) {
      guard found.count < 2 else { return }
      if i == k {
        found.append(chosen)
        return
      }
      for j in 0..<k where !chosen.contains(j) && fits[i][j] != nil {
        chosen.append(j)
        search(i + 1)
        chosen.removeLast()
      }
    }
    search(0)
    guard found.count == 1, let only = found.first else { return nil }
    return only.enumerated().compactMap { i, j in fits[i][j].map { (j, $0) } }
  }
}
