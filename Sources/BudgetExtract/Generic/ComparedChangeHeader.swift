import BudgetModel

/// A header whose last column is named over two lines: the comparison on the first line, after
/// the amount columns, and what is compared (a change with its rate in parentheses) alone on
/// the second (national-h15 地球環境保全関係 概算要求, 表1):
///
///     14年度予算額 15年度要求額 対前年度比
///     増減額(率(%))
///
/// Read one line after the other the words made two columns, a ratio (`対前年度比`) and a
/// change; the second line is the first line's last column continued: one change column
/// against the prior year, whose rates are printed in parentheses beside its cells
/// (`21 (15.2%)`, `takesRowWithInlineRates`). Taken only when the first line ends with the
/// comparison and names two or more amount columns before it, nothing else, and the second
/// line is nothing but a change word and its rate in parentheses. The rows' arithmetic
/// (change = B − A, rate = change / A) then confirms the reading as any header's.
enum ComparedChangeHeader {
  static let comparisons = ["対前年度比", "対前年比", "前年度比"]
  static let changes = ["増減額", "増▲減額", "増△減額", "増減"]
  static let rates = ["(率(%))", "(率)", "(率%)", "(伸率)", "(伸び率)", "(増減率)"]

  static func meanings(_ texts: [String]) -> [ColumnMeaning]? {
    guard texts.count >= 2, changeWord(texts[texts.count - 1]) != nil else { return nil }
    let above = texts[..<(texts.count - 1)].joined(separator: " ").trimmingSpaces
    guard let comparison = comparisons.first(where: { above.hasSuffix($0) }) else { return nil }
    let amounts = ColumnHeader.meanings(String(above.dropLast(comparison.count)))
    guard amounts.count >= 2, amounts.allSatisfy({ $0.kind == .amount }) else { return nil }
    let change = ColumnHeader.meanings("対前年度増減額")
    guard change.count == 1, change[0].kind == .change else { return nil }
    var column = change[0]
    column.header = comparison + (texts[texts.count - 1].filter { $0 != " " })
    return amounts + [column]
  }

  /// The change word of a line that is a change and its rate in parentheses, nothing else.
  static func changeWord(_ line: String) -> String? {
    let compact = line.filter { $0 != " " && $0 != "\u{3000}" }
    for rate in rates where compact.hasSuffix(rate) {
      let word = String(compact.dropLast(rate.count))
      if changes.contains(word) { return word }
    }
    return nil
  }
}
