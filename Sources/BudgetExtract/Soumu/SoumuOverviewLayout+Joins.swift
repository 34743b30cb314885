import BudgetModel

extension SoumuOverviewLayout {
  /// A 【主な経費】 line's budget label cut from its amount, which the shared rules of
  /// `LogicalLines` do not know: the era cut from its year (`：令和` / `5年度補正予算 0.4 億円`),
  /// the amount on the next line (`：令和5年度補正予算` / `10.2 億円`), or the label cut inside
  /// (`令和5年度補正` / `予算 19.4 億円`).
  public func continues(
    _ line: [Unicode.Scalar], end: Int, in next: [Unicode.Scalar], from r: Int, lexicon: Lexicon
  ) -> Bool {
    let first = next[r]
    if first.isASCIIDigit,
      lexicon.eras.contains(where: { $0.count <= end && line.matches($0, at: end - $0.count) })
    {
      return true
    }
    guard Self.endsInBudgetLabel(line, end: end, eras: lexicon.eras) else { return false }
    if first.isASCIIDigit { return true }
    if let digit = next[r..<min(r + 6, next.count)].firstIndex(where: \.isASCIIDigit),
      next[r..<digit].allSatisfy({ InputHygiene.isCJK($0) || $0 == " " })
    {
      return true
    }
    return false
  }

  /// `…：令和5年度補正予算` at the end of a line (its scalars before `end`): a label whose amount
  /// follows.
  static func endsInBudgetLabel(_ s: [Unicode.Scalar], end: Int, eras: [[Unicode.Scalar]])
    -> Bool
  {
    // The last `度` before `end`, read backwards: a digit, space, `]` or `)` after it rules the
    // label out (checked below as well), so the scan stops at the first of them (most lines).
    var found: Int?
    var back = end - 1
    while back >= 0 {
      let ch = s[back]
      if ch == "度" {
        found = back
        break
      }
      if ch.isASCIIDigit || ch == " " || ch == "]" || ch == ")" { return false }
      back -= 1
    }
    guard let yearWord = found, yearWord > 0, s[yearWord - 1] == "年" else {
      return false
    }
    var k = yearWord - 2
    while k >= 0, s[k].isASCIIDigit || s[k] == " " { k -= 1 }
    guard k >= 1,
      eras.contains(where: { k - 1 + $0.count <= end && s.matches($0, at: k - 1) })
    else {
      return false
    }
    return !s[(yearWord + 1)..<end].contains {
      $0.isASCIIDigit || $0 == " " || $0 == "]" || $0 == ")"
    }
  }
}
