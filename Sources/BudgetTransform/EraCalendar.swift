import Foundation

/// Converts Japanese era years (`令和6年度`, `令和元年`, `平成31年`) to Gregorian years.
public struct EraCalendar: Sendable {
  /// Era name → Gregorian year of its first year.
  public var eras: [String: Int]

  public init(eras: [String: Int]) {
    self.eras = eras
  }

  /// An era year found in a text: where, the Gregorian year, and the label as printed.
  public struct Match: Sendable, Hashable {
    public var year: Int
    /// The label without spaces, e.g. `令和6年度` or `令和5年`.
    public var label: String
    public var isFiscalYear: Bool
    /// The month, when printed right after the year (`令和5年12月`).
    public var month: Int?
  }

  /// All era years in `text`, in order.
  public func matches(in text: String) -> [Match] {
    let scalars = Array(text.unicodeScalars.map { s -> Unicode.Scalar in
      (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0)! : s
    })
    var result: [Match] = []
    var i = 0
    while i < scalars.count {
      var matched = false
      for (era, first) in eras.sorted(by: { $0.key < $1.key }) {
        let e = Array(era.unicodeScalars)
        guard i + e.count <= scalars.count, Array(scalars[i..<(i + e.count)]) == e else { continue }
        var j = i + e.count
        while j < scalars.count, scalars[j] == " " || scalars[j] == "　" { j += 1 }
        var n = 0
        var digits = 0
        if j < scalars.count, scalars[j] == "元" {
          n = 1
          digits = 1
          j += 1
        } else {
          while j < scalars.count, (0x30...0x39).contains(scalars[j].value) {
            guard digits < 4 else { n = -1; break }  // no era lasts 10,000 years (and no overflow)
            n = n * 10 + Int(scalars[j].value - 0x30)
            digits += 1
            j += 1
          }
        }
        while j < scalars.count, scalars[j] == " " || scalars[j] == "　" { j += 1 }
        guard digits > 0, n >= 0, j < scalars.count, scalars[j] == "年" else { continue }
        j += 1
        let fiscal = j < scalars.count && scalars[j] == "度"
        if fiscal { j += 1 }
        var month: Int?
        if !fiscal {
          var m = 0
          var k = j
          while k < scalars.count, k - j < 3, (0x30...0x39).contains(scalars[k].value) {
            m = m * 10 + Int(scalars[k].value - 0x30)
            k += 1
          }
          if k > j, k < scalars.count, scalars[k] == "月", (1...12).contains(m) { month = m }
        }
        let label = "\(era)\(n == 1 && scalars[i + e.count..<j].contains("元") ? "元" : String(n))年\(fiscal ? "度" : "")"
        result.append(Match(year: first - 1 + n, label: label, isFiscalYear: fiscal, month: month))
        i = j
        matched = true
        break
      }
      if !matched { i += 1 }
    }
    return result
  }
}
