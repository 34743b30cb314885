extension GenericReader {
  /// `2016(平成28)年度`: four digits, then an era year in parentheses and `年`; a year, not a
  /// figure (the transform reads the year only when both name the same one).
  static func eraYearFollows(_ chars: [Character], _ j: Int, digits: Int) -> Bool {
    guard digits == 4, j < chars.count, chars[j] == "(" else { return false }
    guard let close = chars[j...].prefix(8).firstIndex(of: ")"), close + 1 < chars.count,
      chars[close + 1] == "年"
    else { return false }
    let inner = String(chars[(j + 1)..<close])
    guard let era = ["令和", "平成", "昭和"].first(where: inner.hasPrefix) else { return false }
    let number = inner.dropFirst(era.count)
    return (1...2).contains(number.count)
      && number.allSatisfy { $0.isASCIIDigitCharacter || $0 == "元" }
  }
}
