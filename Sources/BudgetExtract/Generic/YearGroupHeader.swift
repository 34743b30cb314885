import BudgetModel

/// A header printed on two levels the other way round from `TwoLevelHeader`: a line of fiscal
/// years (`平成10年度 平成11年度`) over a line of the columns each year groups
/// (`予算額 伸率 予算額 増減額 伸率`).
///
/// Plain text does not keep how many columns a year spans; the columns' own words do: each
/// year's group holds one amount of that year (`予算額`) and starts with it, the change and rate
/// columns that follow belong to it. The reading is taken only when the lower line prints
/// exactly one amount column per year, an amount first, and no column that names a year of its
/// own; the years then take their amounts in printed order. The change and rate columns keep no
/// year: `ColumnMeaning.relations` pairs them with the amounts before them, and the rows'
/// arithmetic (B − A = C, C / A) confirms the reading (a rate in the first group, of a year
/// before the table's, has no amount to be checked against and is reported).
enum YearGroupHeader {
  /// The columns of such a header (its last two lines; the lines before them name no column),
  /// or nil when the header is not of that shape.
  static func meanings(_ texts: [String]) -> [ColumnMeaning]? {
    printedMeanings(texts) ?? respaced(texts).flatMap(printedMeanings)
  }

  /// The two lines with the spaces PDF justification puts between characters
  /// (`平 成 10 年 度 平 成 11 年 度` / `予 算 額 伸 率 予 算 額 増 減 額 伸 率`) set back to one
  /// space between words: the years and the column words each read whole, nothing else on
  /// either line (`StackedWordsHeader`'s word reading); nil when they are not such lines.
  static func respaced(_ texts: [String]) -> [String]? {
    let n = texts.count
    guard n >= 2, let years = StackedWordsHeader.years(texts[n - 2]),
      !years.contains(where: { $0.hasPrefix("対") }),
      let words = StackedWordsHeader.stages(texts[n - 1])
    else { return nil }
    let respaced =
      Array(texts[..<(n - 2)]) + [
        years.joined(separator: " "), words.joined(separator: " "),
      ]
    return respaced == texts ? nil : respaced
  }

  static func printedMeanings(_ texts: [String]) -> [ColumnMeaning]? {
    guard texts.count >= 2, let years = TwoLevelHeader.yearColumns(texts[texts.count - 2]),
      ColumnHeader.meanings(texts[..<(texts.count - 2)].joined(separator: " ")).isEmpty
    else { return nil }
    let columns = ColumnHeader.meanings(texts[texts.count - 1])
    let amounts = columns.indices.filter { columns[$0].kind == .amount }
    let keys = years.compactMap { ColumnMeaning.yearKey($0.fiscalYearLabel) }
    guard years.count >= 2, amounts.count == years.count, amounts.first == 0,
      keys.count == years.count, Set(keys.map { $0.era * 1000 + $0.n }).count == keys.count,
      columns.allSatisfy({ $0.fiscalYearLabel == nil && $0.kind != .other }),
      amounts.allSatisfy({ columns[$0].stage != nil })
    else { return nil }
    var result = columns
    var group = -1
    for k in result.indices {
      if result[k].kind == .amount {
        group += 1
        result[k].fiscalYearLabel = years[group].fiscalYearLabel
      }
      result[k].header = years[group].header + result[k].header
    }
    return result
  }
}
