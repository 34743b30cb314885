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
    scan(s, at: i)?.2
  }

  static let romanScalars: [Unicode.Scalar: String] = [
    "Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI", "Ⅶ": "VII",
    "Ⅷ": "VIII", "Ⅸ": "IX", "Ⅹ": "X", "Ⅺ": "XI", "Ⅻ": "XII",
  ]

  static func romanValue(_ text: String) -> Int? { RomanNumeral.value(text) }

  /// The number of a marker as `marker` finds it, before any string is made: the value of
  /// digits or kanji numerals, the range of a Roman numeral, or the letter of `(a)`.
  private enum Number {
    case value(Int)
    case roman(Range<Int>)
    case romanScalar(String)
    case letter(Unicode.Scalar)

    func text(_ s: [Unicode.Scalar]) -> String {
      switch self {
      case .value(let value): return String(value)
      case .roman(let range): return String(encoding: s[range])
      case .romanScalar(let text): return text
      case .letter(let scalar): return String(scalar)
      }
    }
  }

  private static func marker(_ s: [Unicode.Scalar], at i: Int) -> (OutlineLevel, String, Int)? {
    guard let (level, number, length) = scan(s, at: i) else { return nil }
    return (level, number.text(s), length)
  }

  /// What `marker` reads, without making the number's string (`markerLength` needs none).
  private static func scan(_ s: [Unicode.Scalar], at i: Int) -> (OutlineLevel, Number, Int)? {
    guard i < s.count else { return nil }
    let ch = s[i]
    if ch == "(" { return parenthesized(s, at: i) }
    if ch.isASCIIDigit { return numbered(s, at: i) }
    // 十一. (kanji numerals, read like digits)
    if let (value, length) = KanjiNumeral.parse(s, at: i) {
      var m = i + length
      while m < s.count, s[m].isSpace { m += 1 }
      guard m < s.count, s[m] == "." || s[m] == "、" else { return nil }
      return (.item, .value(value), m + 1 - i)
    }
    // Ⅳ
    if (0x2160...0x216B).contains(ch.value), let roman = romanScalars[ch] {
      return (.chapter, .romanScalar(roman), 1)
    }
    // IV followed by a space and a non-Latin title
    if ch == "I" || ch == "V" || ch == "X" {
      var k = i
      while k < s.count, s[k] == "I" || s[k] == "V" || s[k] == "X" { k += 1 }
      guard k < s.count, s[k].isSpace, romanValue(s[i..<k]) != nil else { return nil }
      var m = k
      while m < s.count, s[m].isSpace { m += 1 }
      guard m < s.count, s[m].value > 0x7F else { return nil }
      return (.chapter, .roman(i..<k), k - i)
    }
    return nil
  }

  /// `RomanNumeral.value` of scalars that are all `I`, `V` or `X`, without a string.
  static func romanValue(_ numeral: ArraySlice<Unicode.Scalar>) -> Int? {
    RomanNumeral.value(scalars: numeral)
  }

  /// `(1)`: a sub-item; `(a)`: a sub-sub-item.
  private static func parenthesized(_ s: [Unicode.Scalar], at i: Int) -> (
    OutlineLevel, Number, Int
  )? {
    let (k, value) = digitRun(s, from: i + 1)
    if k > i + 1, k < s.count, s[k] == ")" {
      return (.subItem, .value(value), k + 1 - i)
    }
    if k == i + 1, k + 1 < s.count, (0x61...0x7A).contains(s[k].value), s[k + 1] == ")" {
      return (.subSubItem, .letter(s[k]), k + 2 - i)
    }
    return nil
  }

  /// `12.` or `4 .`: an item (a digit after the dot makes it a decimal, not a heading).
  private static func numbered(_ s: [Unicode.Scalar], at i: Int) -> (OutlineLevel, Number, Int)? {
    let (k, value) = digitRun(s, from: i)
    var m = k
    while m < s.count, s[m].isSpace { m += 1 }
    guard m < s.count, s[m] == "." else { return nil }
    let after = m + 1
    guard after < s.count, !s[after].isASCIIDigit else { return nil }
    return (.item, .value(value), after - i)
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
