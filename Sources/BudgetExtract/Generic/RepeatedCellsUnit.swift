import BudgetModel

/// The unit of a table that states none, proven by a sentence right after it that repeats its
/// cells with a unit (kodomo-r6-shahosho-yosan-wic lines 17-48: `令和4年度` / `令和5年度` /
/// `令和6年度` / `R5→R6の増額`, rows one cell per line, then `令和6年度のこども家庭庁予算 52,832
/// 億円 …` / `… 令和4年度のこども家庭庁予算(46,871 億円)`).
///
/// Each amount of the sentence printed with a unit that equals an amount cell of the table
/// must be preceded, since the amount before it, by words naming that cell's column year
/// (`令和6年度の…` before the 令和6年度 column's 52,832); at least two cells of two columns must
/// be repeated so, all in one unit. Then that is the table's unit. A repeated figure whose
/// words name no year or another one, or units that differ, prove nothing: nil.
enum RepeatedCellsUnit {
  struct Printed {
    var value: Int64
    var unit: String
    var words: String
  }

  struct Repeat {
    var line: Int
    var printed: Printed
    var column: Int
    /// How many amounts with a unit the line prints.
    var amountsOnLine: Int
  }

  /// The unit the texts (with their line numbers) prove for the table's cells (`years[k]` the
  /// year label of the amount column `k`, nil for any other column), and the figures that
  /// repeat cells; nil when they prove none.
  static func proof(
    _ texts: [(text: String, line: Int)], rows: [[CellToken]], years: [String?], units: [String]
  ) -> (unit: String, repeats: [Repeat])? {
    var found = Set<String>()
    var repeats: [Repeat] = []
    for (text, line) in texts {
      let printedAmounts = amounts(in: text, units: units)
      for printed in printedAmounts {
        var places: [(row: Int, column: Int)] = []
        for (r, cells) in rows.enumerated() {
          for (k, cell) in cells.enumerated() where k < years.count && years[k] != nil {
            guard let d = cell.decimal, d.scale == 0, d.significand == printed.value else {
              continue
            }
            places.append((r, k))
          }
        }
        guard let first = places.first else { continue }
        // Every cell the figure equals must be of one column, whose year its words name.
        guard places.allSatisfy({ $0.column == first.column }),
          namesYear(printed.words, years[first.column]!)
        else { return nil }
        found.insert(printed.unit)
        repeats.append(
          Repeat(
            line: line, printed: printed, column: first.column,
            amountsOnLine: printedAmounts.count))
      }
    }
    guard found.count == 1, let unit = found.first, Set(repeats.map(\.column)).count >= 2 else {
      return nil
    }
    return (unit, repeats)
  }

  /// Whether the words print the year label (`令和6年度`, `6年度`) with no digit right before.
  static func namesYear(_ words: String, _ label: String) -> Bool {
    let label = label.filter { $0 != " " }
    var rest = Substring(words)
    while let range = rest.range(of: label) {
      if range.lowerBound == words.startIndex
        || !words[words.index(before: range.lowerBound)].isASCIIDigitCharacter
      {
        return true
      }
      rest = rest[range.upperBound...]
    }
    return false
  }

  /// The amounts printed with a unit in a text (spaces removed): digits with their commas
  /// right before a unit word, not part of a larger figure (`5兆8,380億円` is none), each
  /// with the words since the amount before it.
  static func amounts(in text: String, units: [String]) -> [Printed] {
    let chars = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
    let longest = units.sorted { $0.count > $1.count }
    var result: [Printed] = []
    var wordsStart = 0
    var i = 0
    while i < chars.count {
      guard chars[i].isASCIIDigitCharacter else {
        i += 1
        continue
      }
      var k = i
      while k < chars.count, chars[k].isASCIIDigitCharacter || chars[k] == "," { k += 1 }
      let before = i > 0 ? chars[i - 1] : " "
      let digits = String(chars[i..<k]).filter { $0 != "," }
      let rest = String(chars[k...])
      if !"兆億万.．".contains(before), let value = Int64(digits),
        let unit = longest.first(where: { rest.hasPrefix($0) })
      {
        result.append(Printed(value: value, unit: unit, words: String(chars[wordsStart..<i])))
        wordsStart = k + unit.count
        i = wordsStart
        continue
      }
      i = k
    }
    return result
  }
}

extension GenericReader {
  static let repeatedTotalTrim: Set<Character> = ["(", ")", "（", "）", "、", "。", ",", " "]

  /// The sentence's repeats of the latest year's column (`令和6年度のこども家庭庁予算 52,832 億円`
  /// over the 令和6年度 column): a headline amount, the words before it its label, on a line
  /// that prints no other amount. The repeats of earlier years stay reported (their stage is
  /// printed nowhere).
  mutating func acceptRepeatedTotals(
    _ repeats: [RepeatedCellsUnit.Repeat], meanings: [ColumnMeaning], unit: String
  ) {
    let amounts = meanings.indices.filter { meanings[$0].kind == .amount }
    guard
      let latest = amounts.max(by: { a, b in
        let x = ColumnMeaning.yearKey(meanings[a].fiscalYearLabel)
        let y = ColumnMeaning.yearKey(meanings[b].fiscalYearLabel)
        return (x?.era ?? -9, x?.n ?? -9) < (y?.era ?? -9, y?.n ?? -9)
      })
    else { return }
    for repeated in repeats where repeated.column == latest {
      var label = Substring(repeated.printed.words)
      while let last = label.last, Self.repeatedTotalTrim.contains(last) {
        label = label.dropLast()
      }
      while let first = label.first, Self.repeatedTotalTrim.contains(first) {
        label = label.dropFirst()
      }
      guard repeated.amountsOnLine == 1, !label.isEmpty,
        let cell = CellToken.parse(
          "\(repeated.printed.value)\(unit)", line: repeated.line, parser: parser)
      else { continue }
      amountLines.append(
        AmountLineRecord(
          scope: .headline, label: String(label), amount: cell.figure,
          span: SourceSpan(line: repeated.line)))
      diagnostics.removeAll { $0.span.line == repeated.line }
    }
  }
}
