/// Roman numerals as chapter numbers (`I` … `XII`), shared by the stages that read and
/// write them.
public enum RomanNumeral {
  /// The value of a numeral written with I, V and X; nil for anything else.
  public static func value(_ text: String) -> Int? {
    value(scalars: text.unicodeScalars)
  }

  /// The value of a numeral given as scalars (the extract stage's lines), without a string.
  @inlinable
  public static func value<Scalars: BidirectionalCollection>(scalars: Scalars) -> Int?
  where Scalars.Element == Unicode.Scalar {
    var total = 0
    var previous = 0
    // A switch, not a dictionary made on every call (the extract stage asks at every line
    // that starts with I, V or X).
    for ch in scalars.reversed() {
      let v: Int
      switch ch {
      case "I": v = 1
      case "V": v = 5
      case "X": v = 10
      default: return nil
      }
      if v < previous {
        total -= v
      } else {
        total += v
        previous = v
      }
    }
    return total > 0 ? total : nil
  }

  /// The numeral for 1…39.
  public static func text(_ value: Int) -> String {
    let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var n = value
    var out = ""
    for (v, s) in table {
      while n >= v {
        out += s
        n -= v
      }
    }
    return out
  }
}
