import BudgetModel

/// A piece of a sentence cut at its amounts is no label (blind set V, hunt7):
///
///     (説明文) 対前年当初予算額(3,819億円)と比べ810億円(+21.2%)増額の4,629億円
///
/// was split into `(説明文) 対前年当初予算額(` → 3,819億円, `)と比べ` → 810億円 and
/// `(+21.2%)増額の` → 4,629億円, the last exported as a budget under that fragment. A label that
/// begins with `)` (it closes parentheses opened before the amount before it), that begins with
/// a parenthesized rate or amount followed by words (`(+21.2%)増額の`), or that ends with `(`
/// after words (`対前年当初予算額(`: the amount is printed inside the sentence's parentheses)
/// makes the line a sentence: it is reported unless a sentence rule proves it.
/// `事業名(41億円)` alone is an item with its amount: a label ending with `(` cuts a sentence only
/// when words follow the amount's closing parenthesis.
extension AmountLine {
  static func cutsSentence(
    _ s: [Unicode.Scalar], from start: Int, to end: Int, amountEnd: Int
  ) -> Bool {
    let printed = String(String.UnicodeScalarView(s[start..<end]))
    if isSentenceFragment(printed) { return true }
    let words = compact(printed)
    guard words.last == "(", words.dropLast().contains(where: { !"()【[".contains($0) }) else {
      return false
    }
    let after = compact(String(String.UnicodeScalarView(s[min(amountEnd, s.count)...])))
    return after.first == ")" && after.count > 1
  }

  static func compact(_ printed: String) -> [Character] {
    printed.filter { $0 != " " && $0 != "\u{3000}" }.map { $0 == "（" ? "(" : $0 == "）" ? ")" : $0 }
  }

  static func isSentenceFragment(_ printed: String) -> Bool {
    let words = compact(printed)
    guard let first = words.first else { return false }
    if first == ")" { return true }
    guard first == "(", let close = words.firstIndex(of: ")"), close + 1 < words.count else {
      return false
    }
    let inside = words[1..<close]
    guard let lead = inside.first, inside.contains(where: \.isASCIIDigitCharacter) else {
      return false
    }
    return "+-▲△±".contains(lead) || inside.contains("%") || inside.contains("円")
  }
}
