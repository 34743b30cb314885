import BudgetModel

/// Recognizes the numbered headings of the item hierarchy by their shape: `I ` (Roman
/// numerals, ASCII or `Ⅰ`…), `12.` or `4 .` (or `十二.` in kanji numerals), `(3)`, `(b)`.
/// Full-width forms (`１．`, `（１）`) arrive folded to these by `Line.fold`.
enum OutlineHeading {
  /// Level, number (normalized to ASCII) and the index where the title starts.
  static func parse(_ s: [Unicode.Scalar]) -> (
    level: OutlineLevel, number: String, titleStart: Int
  )? {
    guard let (level, number, length) = marker(s, at: 0) else { return nil }
    var k = length
    while k < s.count && s[k].isSpace { k += 1 }
    return (level, number, k)
  }

  static func markerLength(_ s: [Unicode.Scalar], at i: Int) -> Int? {
    marker(s, at: i)?.2
  }

  static let romanScalars: [Unicode.Scalar: String] = [
    "Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI", "Ⅶ": "VII",
    "Ⅷ": "VIII", "Ⅸ": "IX", "Ⅹ": "X", "Ⅺ": "XI", "Ⅻ": "XII",
  ]

  static func romanValue(_ text: String) -> Int? { RomanNumeral.value(text) }

  private static func marker(_ s: [Unicode.Scalar], at i: Int) -> (OutlineLevel, String, Int)? {
    guard i < s.count else { return nil }
    let ch = s[i]
    if ch == "(" { return parenthesized(s, at: i) }
    if ch.isASCIIDigit { return numbered(s, at: i) }
    // 十一. (kanji numerals, read like digits)
    if let (value, length) = KanjiNumeral.parse(s, at: i) {
      var m = i + length
      while m < s.count, s[m].isSpace { m += 1 }
      guard m < s.count, s[m] == "." || s[m] == "、" else { return nil }
      return (.item, String(value), m + 1 - i)
    }
    // Ⅳ
    if (0x2160...0x216B).contains(ch.value), let roman = romanScalars[ch] {
      return (.chapter, roman, 1)
    }
    // IV followed by a space and a non-Latin title
    if ch == "I" || ch == "V" || ch == "X" {
      var k = i
      var text = ""
      while k < s.count, s[k] == "I" || s[k] == "V" || s[k] == "X" {
        text.unicodeScalars.append(s[k])
        k += 1
      }
      guard k < s.count, s[k].isSpace, romanValue(text) != nil else { return nil }
      var m = k
      while m < s.count, s[m].isSpace { m += 1 }
      guard m < s.count, s[m].value > 0x7F else { return nil }
      return (.chapter, text, k - i)
    }
    return nil
  }

  /// `(1)`: a sub-item; `(a)`: a sub-sub-item.
  private static func parenthesized(_ s: [Unicode.Scalar], at i: Int) -> (
    OutlineLevel, String, Int
  )? {
    let (k, value) = digitRun(s, from: i + 1)
    if k > i + 1, k < s.count, s[k] == ")" {
      return (.subItem, String(value), k + 1 - i)
    }
    if k == i + 1, k + 1 < s.count, (0x61...0x7A).contains(s[k].value), s[k + 1] == ")" {
      return (.subSubItem, String(s[k]), k + 2 - i)
    }
    return nil
  }

  /// `12.` or `4 .`: an item (a digit after the dot makes it a decimal, not a heading).
  private static func numbered(_ s: [Unicode.Scalar], at i: Int) -> (OutlineLevel, String, Int)? {
    let (k, value) = digitRun(s, from: i)
    var m = k
    while m < s.count, s[m].isSpace { m += 1 }
    guard m < s.count, s[m] == "." else { return nil }
    let after = m + 1
    guard after < s.count, !s[after].isASCIIDigit else { return nil }
    return (.item, String(value), after - i)
  }

  /// The ASCII digits from `i`: where they end and their value (0 when it overflows `Int`, as
  /// `Int(String)` gives nil for it), without building a string.
  private static func digitRun(_ s: [Unicode.Scalar], from i: Int) -> (end: Int, value: Int) {
    var k = i
    var value = 0
    var overflow = false
    while k < s.count, s[k].isASCIIDigit {
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (sum, o2) = times.addingReportingOverflow(Int(s[k].value) - 0x30)
      overflow = overflow || o1 || o2
      value = sum
      k += 1
    }
    return (k, overflow ? 0 : value)
  }
}
