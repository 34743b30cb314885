import BudgetModel

/// Converts Japanese era years (`令和6年度`, `令和元年`, `平成31年`) to Gregorian years.
public struct EraCalendar: Sendable {
  /// Era name → Gregorian year of its first year.
  public var eras: [String: Int] {
    didSet { ordered = Self.ordered(eras) }
  }
  /// The eras in the order they are tried (by name), with their scalars, built once.
  private var ordered: (names: [String], scalars: [[Unicode.Scalar]], firstYears: [Int])

  public init(eras: [String: Int]) {
    self.eras = eras
    self.ordered = Self.ordered(eras)
  }

  private static func ordered(_ eras: [String: Int]) -> (
    names: [String], scalars: [[Unicode.Scalar]], firstYears: [Int]
  ) {
    let sorted = eras.sorted { $0.key < $1.key }
    return (sorted.map(\.key), sorted.map { Array($0.key.unicodeScalars) }, sorted.map(\.value))
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

  /// All era years in `text`, in order (`EraYear` reads each; years of more than four digits
  /// are not years).
  public func matches(in text: String) -> [Match] {
    let scalars = Array(text.unicodeScalars)
    var result: [Match] = []
    var i = 0
    while i < scalars.count {
      guard let found = EraYear.scan(scalars, at: i, eras: ordered.scalars, digitLimit: 4),
        let n = found.year
      else {
        i += 1
        continue
      }
      var j = found.end
      let fiscal = j < scalars.count && scalars[j] == "度"
      if fiscal { j += 1 }
      var month: Int?
      if !fiscal {
        var m = 0
        var k = j
        while k < scalars.count, k - j < 3, let digit = scalars[k].decimalDigitValue {
          m = m * 10 + digit
          k += 1
        }
        if k > j, k < scalars.count, scalars[k] == "月", (1...12).contains(m) { month = m }
      }
      let era = ordered.names[found.era]
      let label = "\(era)\(n == 1 && found.isFirstYearWord ? "元" : String(n))年\(fiscal ? "度" : "")"
      result.append(
        Match(
          year: ordered.firstYears[found.era] - 1 + n, label: label, isFiscalYear: fiscal,
          month: month))
      i = j
    }
    return result
  }
}
