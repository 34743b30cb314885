import BudgetModel

/// An amount printed with its sign after another amount and words that name no change
/// (`科学技術振興費 13,788億円 対前年度 +191億円`, `… 前年度 ▲191億円`): the sign says it is a
/// difference, the words say neither against what nor that it is one (the figure was exported
/// as the prior year's amount, or as the budget year's). Reported; a sign after the words the
/// transform reads as a change (`前年度比 +191億円`, `増減額 ▲5億円`), inside parentheses, before a
/// rate, or joining two amounts (`3.0億円 + 3.0億円`) is left to the other rules.
extension GenericReader {
  /// Words that make a signed amount a change (as the transform reads an amount line's label).
  static let changeWords = ["増減", "増▲減", "増△減", "比較", "差引", "予算比", "年度比", "年比"]

  /// True when the line was reported.
  mutating func reportSignedAfterWords(_ records: [AmountLineRecord], line: Line, text: String)
    -> Bool
  {
    guard records.count >= 2, Self.signedAfterWords(text) else { return false }
    report(
      line, text: text,
      why: "a signed amount after words that name no change is not exported")
    return true
  }

  /// Whether a `+` (or, after words naming the prior year, a `▲`/`△`) before an amount's digits
  /// follows another amount and words that name no change, outside parentheses.
  static func signedAfterWords(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    var depth = 0
    for j in s.indices {
      if "(（[【〔".unicodeScalars.contains(s[j]) { depth += 1 }
      if ")）]】〕".unicodeScalars.contains(s[j]) { depth = max(0, depth - 1) }
      guard depth == 0, "+＋▲△".unicodeScalars.contains(s[j]), j + 1 < s.count,
        s[j + 1].isASCIIDigit
      else { continue }
      // A rate (`+1.4%`) is no amount.
      let rest = s[(j + 1)...].prefix { $0.isASCIIDigit || $0 == "," || $0 == "." }
      if j + 1 + rest.count < s.count, s[j + 1 + rest.count] == "%" { continue }
      // The words since the amount before, without its unit.
      guard let last = s[..<j].lastIndex(where: \.isASCIIDigit) else { continue }
      let words = String(String.UnicodeScalarView(s[(last + 1)..<j])).filter {
        !" \u{3000}、,円兆億万千百".contains($0)
      }
      guard !words.isEmpty, !changeWords.contains(where: words.contains) else { continue }
      if s[j] == "+" || s[j] == "＋" || words.contains("前年") { return true }
    }
    return false
  }
}
