/// Kanji numerals as printed in outline markers and section headings (`第二`, `十一.`,
/// `二十三`): read like digits, up to 99.
public enum KanjiNumeral {
  public static let digits: [Unicode.Scalar: Int] = [
    "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]

  /// The value of one kanji digit (`digits`, without hashing: every line is tried).
  @inline(__always)
  static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇": return 0
    case "一": return 1
    case "二": return 2
    case "三": return 3
    case "四": return 4
    case "五": return 5
    case "六": return 6
    case "七": return 7
    case "八": return 8
    case "九": return 9
    default: return nil
    }
  }

  /// The value and length of the numeral at `i`, or nil when there is none.
  public static func parse(_ s: [Unicode.Scalar], at i: Int) -> (value: Int, length: Int)? {
    var k = i
    var tens = 0
    var units = 0
    if k < s.count, let d = digit(s[k]), k + 1 < s.count, s[k + 1] == "十" {
      tens = d
      k += 2
    } else if k < s.count, s[k] == "十" {
      tens = 1
      k += 1
    }
    if k < s.count, let d = digit(s[k]) {
      units = d
      k += 1
    }
    guard k > i, tens > 0 || units > 0 else { return nil }
    return (tens * 10 + units, k - i)
  }
}

extension KanjiNumeral {
  /// The number at the start of `text` (after `skipping` scalars), in ASCII or full-width
  /// digits or kanji numerals: `第2` → 2, `第二` → 2, `第１２` → 12.
  public static func leadingNumber(_ text: String, skipping: Int = 0) -> Int? {
    let s = Array(text.unicodeScalars.dropFirst(skipping))
    var digits = ""
    for scalar in s {
      guard let digit = scalar.decimalDigitValue else { break }
      digits.unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + digit)))
    }
    if let value = Int(digits) { return value }
    return parse(s, at: 0)?.value
  }
}
