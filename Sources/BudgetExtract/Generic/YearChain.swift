import BudgetModel

/// `3259億円(平成17年度)→3331億円(平成18年度)→…`, a line continued by the next from `→`: a
/// series of amounts, each followed by its own fiscal year in parentheses (`AmountLine.yearMark`)
/// and nothing but arrows between them. Each amount is one year's: the year printed right after
/// it. A line with anything else (a word, an amount with no year or a year with words, a
/// negative mark) is no chain (nil), and is read as before.
enum YearChain {
  static let arrows: Set<Unicode.Scalar> = ["→", "⇒", "➡", "➔", "⇨"]

  struct Item {
    var amount: PrintedAmount
    var year: String
  }

  /// The items of a chain line: at least one amount with its year, at least one arrow, an
  /// arrow between every two amounts; an arrow may open the line (a chain continued) or end it.
  static func items(_ text: String, parser: FigureParser) -> [Item]? {
    let s = AmountLine.decimalDots(Array(text.unicodeScalars))
    var items: [Item] = []
    var arrowCount = 0
    var afterArrow = true
    var i = 0
    while i < s.count {
      if s[i] == " " || s[i] == "\u{3000}" {
        i += 1
      } else if arrows.contains(s[i]) {
        // Two arrows with no amount between them: not a chain.
        guard !afterArrow || items.isEmpty && arrowCount == 0 else { return nil }
        arrowCount += 1
        afterArrow = true
        i += 1
      } else {
        guard afterArrow, let (item, end) = item(s, from: i, parser: parser) else { return nil }
        items.append(item)
        afterArrow = false
        i = end
      }
    }
    return items.isEmpty || arrowCount == 0 ? nil : items
  }

  /// `3259億円(平成17年度)`, `594億9200万円(令和2年度)`: an amount printed with its unit (every
  /// part) and its year in parentheses right after it.
  static func item(_ s: [Unicode.Scalar], from start: Int, parser: FigureParser) -> (Item, Int)? {
    guard s[start].isASCIIDigit else { return nil }
    var cursor = Cursor(s, from: start)
    var parsed = try? parser.money(&cursor)
    if let amount = parsed,
      amount.parts.contains(where: { $0.unit == nil })
        || (cursor.i < s.count && "千百十".unicodeScalars.contains(s[cursor.i]))
    {
      guard let (whole, end) = KanjiAmount.read(s, from: start, units: parser.unitTexts) else {
        return nil
      }
      parsed = whole
      cursor.i = end
    }
    guard let amount = parsed, !amount.parts.isEmpty,
      amount.parts.allSatisfy({ $0.unit != nil }),
      let (year, end) = AmountLine.yearMark(s, from: cursor.i)
    else { return nil }
    return (Item(amount: amount, year: year), end)
  }
}
