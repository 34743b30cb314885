import BudgetModel

/// A header whose column words stand over each other on two lines, each column its year (or
/// `対前年度`) on the first line and its stage or measure on the second (national-r2:
/// `令 和 元 年 度 令 和 2 年 度 対 前 年 度` / `予 算 額 予 算 額 増 ▲ 減 額`). Read one after the
/// other the words run into each other (`対前年度` + `予算額` looked like a prior-year column);
/// read column by column they name `令和元年度予算額`, `令和2年度予算額`, `対前年度増▲減額`.
///
/// Taken only when the first line is nothing but years (each perhaps after `対`), the second
/// nothing but stage and measure words, both name the same number of columns (two or more),
/// each pair names exactly one column, and the lines before them name none. The rows'
/// arithmetic then confirms the reading as any header's.
enum StackedWordsHeader {
  static func meanings(_ texts: [String]) -> [ColumnMeaning]? {
    guard texts.count >= 2, let top = years(texts[texts.count - 2]),
      let bottom = stages(texts[texts.count - 1]), top.count == bottom.count, top.count >= 2,
      ColumnHeader.meanings(texts[..<(texts.count - 2)].joined(separator: " ")).isEmpty
    else { return nil }
    var columns: [ColumnMeaning] = []
    for (year, stage) in zip(top, bottom) {
      let column = ColumnHeader.meanings(year + stage)
      guard column.count == 1 else { return nil }
      columns += column
    }
    return columns
  }

  /// The years of a line of nothing but years (`対` kept before the year it compares with).
  static func years(_ line: String) -> [String]? {
    let text = Array(line.filter { $0 != " " })
    var found: [String] = []
    var i = 0
    var compares = false
    while i < text.count {
      let (word, length, printed) = ColumnHeader.read(text, at: i)
      switch word {
      case .year:
        found.append((compares ? "対" : "") + printed)
        compares = false
      case .other where printed == "対" && !compares:
        compares = true
      default:
        return nil
      }
      i += length
    }
    return compares ? nil : found
  }

  /// The stage and measure words of a line of nothing else.
  static func stages(_ line: String) -> [String]? {
    let text = Array(line.filter { $0 != " " }.map { $0 == "△" ? "▲" : $0 })
    var found: [String] = []
    var i = 0
    while i < text.count {
      let (word, length, printed) = ColumnHeader.read(text, at: i)
      switch word {
      case .stage, .kind: found.append(printed)
      default: return nil
      }
      i += length
    }
    return found
  }
}

extension GenericReader {
  /// A text line with figures inside a table (`【うち…】 7,152 5,673 1,478▲`, its last cell not
  /// read): reported with its line, never kept as the label of the cells that come next.
  mutating func reportsFigureText(_ line: Line, _ kind: GenericLine) -> Bool {
    guard case .text(let text) = kind, Self.holdsFigure(text), !Self.isNote(text),
      !isParenthesizedRates(text), AmountLine.parse(line, text: text, parser: parser) == nil
    else { return false }
    report(
      line, text: text,
      why: "figures in a line no rule reads (run together, or away from their labels)")
    return true
  }
}
