import BudgetModel

/// The header of a table printed flat (`FlatTable`): its words as one line, or a header of two
/// lines run into one, each column's year (or `比較`, `対前年度`) on the first and its stage or
/// measure on the second: `平成28年度 平成29年度 比 較 当 初 予 算 額要 求 額増 △ 減 額` reads
/// `平成28年度当初予算額`, `平成29年度要求額`, `比較増△減額`. The two-line reading is taken when
/// exactly one place to cut the words gives two lines of as many columns (two or more years)
/// and each pair names exactly one column; the rows' arithmetic then confirms it.
enum FlatHeader {
  static func meanings(_ tokens: [String]) -> [ColumnMeaning] {
    var readings: [[ColumnMeaning]] = []
    for cut in 1..<max(tokens.count, 1) {
      if let reading = stacked(
        top: tokens[..<cut].joined(), bottom: tokens[cut...].joined(separator: " "))
      {
        readings.append(reading)
      }
    }
    if readings.count == 1 { return readings[0] }
    return ColumnHeader.meanings(tokens.joined(separator: " "))
  }

  static func stacked(top: String, bottom: String) -> [ColumnMeaning]? {
    guard let years = topWords(top), years.filter(\.isYear).count >= 2,
      let stages = StackedWordsHeader.stages(bottom), stages.count == years.count
    else { return nil }
    var columns: [ColumnMeaning] = []
    for (year, stage) in zip(years, stages) {
      let column = ColumnHeader.meanings(year.text + stage)
      guard column.count == 1 else { return nil }
      // A comparison word over an amount's stage is no column reading.
      if !year.isYear, column[0].kind == .amount { return nil }
      columns += column
    }
    return columns
  }

  /// The first line's words: years (perhaps after `対`), and the comparison words that head a
  /// change column (`比較`, `対前年度`, `差引`).
  static func topWords(_ text: String) -> [(text: String, isYear: Bool)]? {
    let chars = Array(text)
    var found: [(text: String, isYear: Bool)] = []
    var i = 0
    while i < chars.count {
      if let word = comparisonWords.first(where: { ColumnHeader.matches(chars, $0, at: i) }) {
        found.append((word, false))
        i += word.count
        continue
      }
      let compares = chars[i] == "対"
      let at = compares ? i + 1 : i
      guard at < chars.count, case .year(let label) = ColumnHeader.read(chars, at: at).0 else {
        return nil
      }
      found.append(((compares ? "対" : "") + label, true))
      i = at + label.count
    }
    return found
  }

  static let comparisonWords = ["比較", "差引"]
}
