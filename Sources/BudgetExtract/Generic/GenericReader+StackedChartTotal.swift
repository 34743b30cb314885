import BudgetModel

/// The total and the changes of a chart printed one cell per line (`+StackedChart`).
extension GenericReader {
  struct ChartTotal {
    var a: CellToken?
    var b: CellToken?
    /// The total's change and rate, then each item's.
    var changes: [(CellToken, CellToken)]
    var endLine: Int
    /// The filled index after the last change.
    var next: Int
  }

  /// After the unit statement (the `u`th filled line): the total's header naming the first
  /// year and a change (`増△減`), its two amounts, then `n + 1` changes with their rates.
  func chartTotal(
    _ lines: [Line], _ filled: [Int], after u: Int, n: Int, years: (String, String, digits: String)
  ) -> ChartTotal? {
    let text = { (k: Int) in Self.chartText(lines[filled[k]]) }
    var h = u + 1
    var header = ""
    while h < filled.count, h < u + 7, !Self.plainAmount(text(h)) {
      header += text(h)
      h += 1
    }
    let change = header.filter { !"△▲".contains($0) }
    guard h + 1 < filled.count, Self.plainAmount(text(h + 1)), header.contains(years.digits + "年度"),
      change.contains("増減")
    else { return nil }
    var joined: [Character] = []
    var starts: [(offset: Int, line: Int)] = []
    var k = h + 2
    while k < filled.count, k < h + 2 + 4 * (n + 1) {
      starts.append((joined.count, lines[filled[k]].number))
      joined += Array(text(k))
      k += 1
      guard let found = Self.changesAndRates(joined) else { continue }
      if found.count > n + 1 { return nil }
      guard found.count == n + 1 else { continue }
      let lineAt = { (offset: Int) in starts.last { $0.offset <= offset }?.line ?? 0 }
      var changes: [(CellToken, CellToken)] = []
      for (c, r) in found {
        guard
          let change = CellToken.parse(
            String(joined[c]), line: lineAt(c.lowerBound), parser: parser),
          let rate = CellToken.parse(String(joined[r]), line: lineAt(r.lowerBound), parser: parser),
          rate.isPercent, change.figure.amount != nil
        else { return nil }
        changes.append((change, rate))
      }
      return ChartTotal(
        a: cell(lines, filled[h]), b: cell(lines, filled[h + 1]), changes: changes,
        endLine: lines[filled[k - 1]].number, next: k)
    }
    return nil
  }

  /// `+10,031(+3.0%)+3,634(+3.1%)…`, a parenthesized group of words between (`(増△減)`):
  /// the ranges of each change and its rate, or nil when the text is not all such.
  static func changesAndRates(_ s: [Character]) -> [(Range<Int>, Range<Int>)]? {
    var found: [(Range<Int>, Range<Int>)] = []
    var i = 0
    func digits(_ i: inout Int) -> Int {
      let start = i
      while i < s.count, s[i].isASCIIDigitCharacter { i += 1 }
      return i - start
    }
    while i < s.count {
      if s[i] == "(", let close = s[i...].firstIndex(of: ")"),
        !s[i..<close].contains(where: \.isASCIIDigitCharacter)
      {
        i = close + 1
        continue
      }
      let c0 = i
      if "+-▲△".contains(s[i]) { i += 1 }
      guard (1...3).contains(digits(&i)) else { return nil }
      while i + 3 < s.count, s[i] == ",", s[i + 1].isASCIIDigitCharacter {
        i += 1
        guard digits(&i) == 3 else { return nil }
      }
      let c1 = i
      guard i < s.count, s[i] == "(" else { return nil }
      i += 1
      let r0 = i
      if i < s.count, "+-▲△".contains(s[i]) { i += 1 }
      guard digits(&i) > 0 else { return nil }
      if i < s.count, s[i] == "." {
        i += 1
        guard digits(&i) > 0 else { return nil }
      }
      guard i < s.count, s[i] == "%" else { return nil }
      i += 1
      found.append((c0..<c1, r0..<i))
      if i < s.count, s[i] == ")" { i += 1 }
    }
    return found
  }
}
