import BudgetModel

/// An amount whose last part is written with kanji multipliers: `8,067億8千3百万円`,
/// `1億7千2百万円`, `600億9千3百万円`. Read only when every part is accounted for: one or more
/// `兆`/`億` parts, then single digits before `千`, `百`, `十` (each multiplier at most once,
/// larger first), an optional last digit, and `万円`. Anything else is not read (nil), so the
/// line is refused rather than read wrong.
enum KanjiAmount {
  static let multipliers: [(Unicode.Scalar, Int)] = [("千", 1000), ("百", 100), ("十", 10)]

  /// The amount starting at `start` and where it ends; the kanji part is given in 百万円
  /// (`8千3百万円` = 8,300万円 = 83 百万円), a unit of the lexicon, so the sum stays exact.
  static func read(_ s: [Unicode.Scalar], from start: Int, units: [String]) -> (
    PrintedAmount, Int
  )? {
    guard units.contains("百万円") else { return nil }
    var parts: [PrintedAmount.Part] = []
    var i = start
    var lastBig = Int.max
    // `8,067億`, `1兆2,000億`: numbers with a larger unit, larger first.
    while i < s.count, s[i].isASCIIDigit {
      var j = i
      while j < s.count, s[j].isASCIIDigit || s[j] == "," { j += 1 }
      guard j < s.count, let power = ["兆": 12, "億": 8][String(s[j])], power < lastBig else {
        break
      }
      guard let number = DecimalNumber(codePoints: s[i..<j].lazy.map(\.value)) else { return nil }
      parts.append(.init(number: number, unit: String(s[j])))
      lastBig = power
      i = j + 1
    }
    guard !parts.isEmpty,
      let (tenThousands, end) = smallPart(s, from: i) ?? groupedTenThousands(s, from: i)
        ?? (lastBig == 8 ? paddedTenThousands(s, from: i) : nil)
    else { return nil }
    var small = DecimalNumber(significand: Int64(tenThousands), scale: 2)
    while small.scale > 0, small.significand % 10 == 0 {
      small = DecimalNumber(significand: small.significand / 10, scale: small.scale - 1)
    }
    parts.append(.init(number: small, unit: "百万円"))
    return (PrintedAmount(parts: parts), end)
  }

  /// `7,900万円`, `400万円` after a `億` part (`1,398億7,900万円`): a number grouped by threes
  /// (or of three digits or fewer) below 1億 (1 to 9,999 万), then `万円`; nil for anything
  /// else (`79,00万円`, `12,000万円`, a number with no `万円`).
  static func groupedTenThousands(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
    var j = start
    while j < s.count, s[j].isASCIIDigit || s[j] == "," { j += 1 }
    guard j > start, j + 1 < s.count, s[j] == "万", s[j + 1] == "円", s[start] != "0" else {
      return nil
    }
    let printed = String(String.UnicodeScalarView(s[start..<j]))
    guard GenericReader.isGrouped(Substring(printed)),
      let value = Int(printed.filter { $0 != "," }),
      (1...9_999).contains(value)
    else { return nil }
    return (value, j + 2)
  }

  /// `0300万円` after a `億` part (`568億0300万円`, a page printing the 万 part as four
  /// digits): exactly four digits, zero-padded (`0001` to `0999`), then `万円`; the padding
  /// fills the four places below 億, so the value is certain. Nil for any other width
  /// (`030万円`, `00300万円`), a comma, or a number with no `万円`.
  static func paddedTenThousands(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
    let end = start + 4
    guard end + 1 < s.count, s[start] == "0", s[end] == "万", s[end + 1] == "円",
      s[start..<end].allSatisfy(\.isASCIIDigit),
      let value = Int(String(String.UnicodeScalarView(s[start..<end]))), value > 0
    else { return nil }
    return (value, end + 2)
  }

  /// `8千3百万円` → 8,300 (in 万円), `5百万円` → 500, `7千2百5十3万円` → 7,253; nil when a
  /// digit has no multiplier where one is needed, a multiplier repeats or comes out of order,
  /// or `万円` does not end it.
  static func smallPart(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
    var i = start
    var value = 0
    var allowed = multipliers[...]
    var sawMultiplier = false
    while i < s.count, s[i].isASCIIDigit, s[i] != "0" {
      let d = Int(s[i].value - 0x30)
      guard i + 1 < s.count else { return nil }
      if let k = allowed.firstIndex(where: { $0.0 == s[i + 1] }) {
        value += d * allowed[k].1
        allowed = allowed[(k + 1)...]
        sawMultiplier = true
        i += 2
        continue
      }
      // The last digit, in 万: only directly before `万円`.
      guard sawMultiplier, s[i + 1] == "万" else { return nil }
      value += d
      i += 1
      break
    }
    guard sawMultiplier, i + 1 < s.count, s[i] == "万", s[i + 1] == "円" else { return nil }
    return (value, i + 2)
  }
}
