/// A Japanese era year as printed — an era name, the year in digits or `元`, then `年`
/// (`令和6年`, `令和 元 年`, `平成３１年`) — and the one scanner that finds it, shared by the
/// extract stage (budget labels, the publication date) and the transform (`EraCalendar`).
/// Spaces (ASCII or ideographic) may stand around the number; digits may be ASCII or
/// full-width.
public struct EraYear: Sendable, Hashable {
  /// The index of the era in the list that was scanned for.
  public var era: Int
  /// The year of the era (1 for `元`); nil when printed with more than four digits.
  public var year: Int?
  /// The year is printed `元` (the first year).
  public var isFirstYearWord: Bool
  /// The index just after `年`.
  public var end: Int

  public init(era: Int, year: Int?, isFirstYearWord: Bool, end: Int) {
    self.era = era
    self.year = year
    self.isFirstYearWord = isFirstYearWord
    self.end = end
  }

  /// The era year that starts at `start` of `s` and ends by `end` (the end of `s` when nil),
  /// trying the eras in order (the first that reads as a year wins); a year printed with more
  /// than `digitLimit` digits does not read.
  public static func scan(
    _ s: [Unicode.Scalar], at start: Int, end: Int? = nil, eras: [[Unicode.Scalar]],
    digitLimit: Int = .max
  ) -> EraYear? {
    let end = Swift.min(end ?? s.count, s.count)
    guard start >= 0, start < end else { return nil }
    for (index, era) in eras.enumerated() where era.isEmpty || s[start] == era[0] {
      guard start + era.count <= end, s[start..<(start + era.count)].elementsEqual(era) else {
        continue
      }
      if let found = year(s[..<end], from: start + era.count, digitLimit: digitLimit) {
        return EraYear(era: index, year: found.year, isFirstYearWord: found.first, end: found.end)
      }
    }
    return nil
  }

  /// The year after an era name: spaces, digits or `元`, spaces, `年`.
  static func year(_ s: ArraySlice<Unicode.Scalar>, from start: Int, digitLimit: Int) -> (
    year: Int?, first: Bool, end: Int
  )? {
    var j = skipSpaces(s, from: start)
    var digits = 0
    var value = 0
    var first = false
    if j < s.endIndex, s[j] == "元" {
      first = true
      value = 1
      j += 1
    } else {
      while j < s.endIndex, let digit = s[j].decimalDigitValue {
        guard digits < digitLimit else { return nil }
        if digits < 4 { value = value * 10 + digit }
        digits += 1
        j += 1
      }
      guard digits > 0 else { return nil }
    }
    j = skipSpaces(s, from: j)
    guard j < s.endIndex, s[j] == "年" else { return nil }
    return (digits > 4 ? nil : value, first, j + 1)
  }

  @inline(__always)
  static func skipSpaces(_ s: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
    var j = start
    while j < s.endIndex, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
    return j
  }
}
