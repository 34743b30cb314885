/// What a change, rate or ratio column is computed from, as its header says: `result = lhs −
/// rhs` (a change), or `result = lhs / rhs · 100` (a rate of a change over its base, a ratio of
/// two amounts). Read from the formula letters (`(B−A)`, `(C/A)`), else from the order of the
/// amount columns before it, the later fiscal year first.
public struct ColumnRelation: Sendable, Hashable {
  public var result: Int
  public var lhs: Int
  public var rhs: Int
  public var isQuotient: Bool
  /// A rate with no change column to divide: `result = (lhs − rhs) / rhs · 100`.
  public var isGrowth: Bool

  public init(result: Int, lhs: Int, rhs: Int, isQuotient: Bool, isGrowth: Bool = false) {
    self.result = result
    self.lhs = lhs
    self.rhs = rhs
    self.isQuotient = isQuotient
    self.isGrowth = isGrowth
  }
}

extension ColumnMeaning {
  /// The relations a table's header claims between its columns.
  public static func relations(_ meanings: [ColumnMeaning]) -> [ColumnRelation] {
    var result: [ColumnRelation] = []
    func column(_ letter: String) -> Int? { meanings.firstIndex { $0.letter == letter } }
    for (k, m) in meanings.enumerated() where m.kind != .amount && m.kind != .other {
      let amounts = meanings[..<k].indices.filter { meanings[$0].kind == .amount }
      if m.formula.count == 2, let a = column(m.formula[0]), let b = column(m.formula[1]) {
        result.append(ColumnRelation(result: k, lhs: a, rhs: b, isQuotient: m.kind != .change))
        continue
      }
      // `(a-b)/b`: the growth of a over b, a rate of the change over its base.
      if m.formula.count == 3, m.kind == .ratePercent, m.formula[1] == m.formula[2],
        let a = column(m.formula[0]), let b = column(m.formula[1])
      {
        result.append(ColumnRelation(result: k, lhs: a, rhs: b, isQuotient: true, isGrowth: true))
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
      case .change:
        result.append(ColumnRelation(result: k, lhs: later, rhs: earlier, isQuotient: false))
      case .ratioPercent:
        result.append(ColumnRelation(result: k, lhs: later, rhs: earlier, isQuotient: true))
      case .ratePercent:
        if let change = meanings[..<k].lastIndex(where: { $0.kind == .change }) {
          // A rate of a change printed with its formula (`増減(C-A)`) is over that base.
          let formula = meanings[change].formula
          let base = formula.count == 2 ? column(formula[1]) ?? earlier : earlier
          result.append(ColumnRelation(result: k, lhs: change, rhs: base, isQuotient: true))
        } else {
          // `平成9年度当初予算額 平成10年度予算案 対前年度増減率%`: the growth of B over A.
          result.append(
            ColumnRelation(result: k, lhs: later, rhs: earlier, isQuotient: true, isGrowth: true))
        }
      default: break
      }
    }
    return result
  }

  /// A fiscal year label's era rank and number (`平成31年度` → (1, 31)); a bare `6年度` has
  /// rank -1 and compares only with another bare year; `前年度` and `本年度` compare with each
  /// other only (rank -2).
  public static func yearKey(_ label: String?) -> (era: Int, n: Int)? {
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
    guard let n = Int(rest.prefix { ("0"..."9").contains($0) }) else { return nil }
    return (rank, n)
  }
}
