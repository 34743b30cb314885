/// A heading cut out of replaced prose that names a fiscal year, printed with its Gregorian
/// year and a footnote mark: `(説明文)令和5(2023)年度防衛関係費1(説明文)` is the caption
/// `令和5年度防衛関係費`. The Gregorian year must be the era year's (2023 = 令和5); one digit
/// glued after the words is a footnote mark. Anything else is no caption (nil).
enum ClauseCaption {
  static let eras: [(String, Int)] = [("令和", 2018), ("平成", 1988)]

  static func read(_ text: String) -> String? {
    guard ClauseFigures.prose.contains(where: text.contains) else { return nil }
    let pieces = ClauseFigures.split(text).map(\.1)
    guard pieces.count == 1, let piece = pieces.first else { return nil }
    for (era, base) in eras where piece.hasPrefix(era) {
      var rest = piece.dropFirst(era.count)
      let digits = rest.prefix { $0.isASCIIDigitCharacter }
      guard let year = Int(digits), digits.count <= 2 else { return nil }
      rest = rest.dropFirst(digits.count)
      if rest.hasPrefix("(") {
        let gregorian = rest.dropFirst().prefix { $0.isASCIIDigitCharacter }
        guard gregorian.count == 4, Int(gregorian) == base + year,
          rest.dropFirst(5).hasPrefix(")")
        else { return nil }
        rest = rest.dropFirst(6)
      }
      guard rest.hasPrefix("年度") else { return nil }
      var words = String(rest.dropFirst(2))
      if let last = words.last, last.isASCIIDigitCharacter,
        let before = words.dropLast().last, !before.isASCII
      {
        words.removeLast()
      }
      guard words.count >= 2, !words.contains(where: \.isASCIIDigitCharacter),
        !words.contains("円"), !words.contains("%")
      else { return nil }
      return era + digits + "年度" + words
    }
    return nil
  }
}

extension ClauseCaption {
  /// `平成29(2017)年度の防衛関係費` as `平成29年度の防衛関係費`: a Gregorian year in parentheses
  /// after an era's year is dropped when it is that year (2017 = 平成29); the text unchanged
  /// otherwise.
  static func withoutGregorian(_ text: String) -> String {
    for (era, base) in eras {
      guard let eraRange = text.range(of: era) else { continue }
      let rest = text[eraRange.upperBound...]
      let digits = rest.prefix { $0.isASCIIDigitCharacter }
      guard let year = Int(digits), digits.count <= 2 else { continue }
      let after = rest.dropFirst(digits.count)
      guard after.hasPrefix("("), after.dropFirst(5).hasPrefix(")年度"),
        Int(after.dropFirst().prefix(4)) == base + year
      else { continue }
      return String(text[..<after.startIndex]) + after.dropFirst(6)
    }
    return text
  }
}
