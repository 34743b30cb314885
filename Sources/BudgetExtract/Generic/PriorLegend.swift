import BudgetModel

/// A legend line saying that the parentheses or brackets after an amount hold one earlier
/// year's initial budget, printed on its own (no unit statement) and wrapped in the note's
/// own brackets: `〔( )内 11年度当初予算額（注記）〕。` (national-h12-shogaisha),
/// `(〔 〕内 15年度当初予算額（注記）)` (national-h16-shogaisha). The words after the empty
/// pair (`( )内`, `〔 〕内`, `( )書き`, optionally `は`) must name one year's budget and nothing
/// else (`LegendItems.isPriorBudget`), and end the legend: the line's end, a closing bracket,
/// `。`/`、`, or a replaced note. Anything else is no such legend.
enum PriorLegend {
  struct Statement: Equatable {
    /// The legend is of brackets (`〔 〕`), not of parentheses.
    var brackets: Bool
    /// What they hold, spaces removed (`11年度当初予算額`).
    var words: String
    var line: Int
  }

  static let openers: [(mark: String, brackets: Bool)] = [
    ("()内", false), ("()書き", false), ("[]内", true), ("[]書き", true),
  ]

  /// The legend a line states (its text as normalized), or nil.
  static func read(_ text: String, line: Int) -> Statement? {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    for opener in openers {
      guard let range = compact.range(of: opener.mark) else { continue }
      var rest = compact[range.upperBound...]
      if rest.hasPrefix("は") { rest = rest.dropFirst() }
      let words = rest.prefix { !"()[]。、".contains($0) }
      let after = rest.dropFirst(words.count)
      guard endsLegend(after), LegendItems.isPriorBudget(String(words)) else { return nil }
      return Statement(brackets: opener.brackets, words: String(words), line: line)
    }
    return nil
  }

  /// What may follow the legend's words: nothing, a closing bracket, `。`/`、`, or a note
  /// the fixture's words replaced (`(注記)`).
  static func endsLegend(_ after: Substring) -> Bool {
    guard let first = after.first else { return true }
    if ")]。、".contains(first) { return true }
    return after.hasPrefix("(注記)") || after.hasPrefix("(説明文)")
  }

  /// `196百万円[220百万円]` under a legend of brackets: the bracket glued after an amount's
  /// `円`, holding one number with its unit and nothing else, written as parentheses so that
  /// the amount line reads it as the figure the legend names; nil when the line has no such
  /// bracket, or a bracket of any other shape.
  static func parenthesized(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    var result = s
    var changed = false
    var k = 0
    while k < s.count {
      defer { k += 1 }
      guard s[k] == "[" else { continue }
      guard k > 0, s[k - 1] == "円", let close = s[(k + 1)...].firstIndex(of: "]") else {
        return nil
      }
      let inner = s[(k + 1)..<close]
      guard inner.last == "円", inner.first?.isASCIIDigit == true,
        inner.allSatisfy({ $0.isASCIIDigit || ",.兆億万千百円".unicodeScalars.contains($0) })
      else { return nil }
      result[k] = "("
      result[close] = ")"
      changed = true
      k = close
    }
    return changed ? result : nil
  }
}
