/// Roman numerals as chapter numbers (`I` … `XII`), shared by the stages that read and
/// write them.
public enum RomanNumeral {
  /// The value of a numeral written with I, V and X; nil for anything else.
  public static func value(_ text: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
    var total = 0
    var previous = 0
    for ch in text.reversed() {
      guard let v = values[ch] else { return nil }
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
