import BudgetModel

/// An amount with its unit in running text or an item list: `一般会計 18兆5,238億円`,
/// `(1) ○○の推進 123億円(110億円)`, `総額 2兆3,090億円(前年度 2兆2,900億円、比 +556億円)`,
/// `公 1兆8,353億円 + 非 397億円`, `【補正予算】 30億円`.
///
/// Only amounts that print their unit are read here: a bare number in running text has no
/// certain unit.
enum AmountLine {
  /// Marks that open an item-list entry.
  static let itemMarks: Set<Character> = [
    "○", "◯", "●", "・", "◆", "◇", "■", "□", "①", "②", "③",
    "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "★", "☆", "◎",
  ]

  /// The records a line holds, or nil when it holds no amount with a unit.
  static func parse(_ line: Line, text: String) -> [AmountLineRecord]? {
    let s = Array(text.unicodeScalars)
    var records: [AmountLineRecord] = []
    var labelStart = 0
    var i = 0
    while i < s.count {
      guard
        s[i].isASCIIDigit
          || ((s[i] == "▲" || s[i] == "+") && i + 1 < s.count && s[i + 1].isASCIIDigit)
      else {
        i += 1
        continue
      }
      var cursor = Cursor(s, from: s[i] == "+" ? i + 1 : i)
      guard let amount = try? FigureParser.money(&cursor),
        amount.parts.contains(where: { $0.unit != nil }), !startsInsideWord(s, at: i)
      else {
        i = max(cursor.i, i + 1)
        continue
      }
      let label = clean(String(String.UnicodeScalarView(s[labelStart..<i])))
      // A second amount after a bare number (`1兆6,965億円 0.96 1兆469億円`) is a table's
      // row, not running text.
      if !records.isEmpty, label.isEmpty || label.allSatisfy({ "0123456789.,%▲+-".contains($0) }) {
        return nil
      }
      var record = AmountLineRecord(
        scope: scope(of: label), label: label,
        amount: PrintedFigure(amount: amount, label: label.isEmpty ? nil : label),
        span: SourceSpan(line: line.number, endLine: line.endNumber))
      if let (prior, end) = parenthesized(s, from: cursor.i) {
        record.prior = prior
        cursor.i = end
      }
      records.append(record)
      labelStart = cursor.i
      i = cursor.i
    }
    return records.isEmpty ? nil : records
  }

  /// A number glued to the word before it (`第2号`, `R6`) is not an amount's start.
  static func startsInsideWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    guard i > 0 else { return false }
    let before = s[i - 1]
    return before.isASCIIDigit || before == "." || before == ","
      || (before.properties.isAlphabetic && before.value < 0x80)
  }

  /// `(110億円)`, `(前年度 2兆2,900億円、比 +556億円)`: the first amount in the parentheses
  /// right after an amount, with its label.
  static func parenthesized(_ s: [Unicode.Scalar], from start: Int) -> (PrintedFigure, Int)? {
    var k = start
    while k < s.count, s[k] == " " { k += 1 }
    guard k < s.count, s[k] == "(" else { return nil }
    guard let close = s[k...].firstIndex(of: ")") else { return nil }
    var j = k + 1
    while j < close, !s[j].isASCIIDigit, s[j] != "▲" { j += 1 }
    var cursor = Cursor(s, from: j, to: close)
    guard let amount = try? FigureParser.money(&cursor) else { return nil }
    // `(+14.7%)` is a rate, not an amount.
    if cursor.i < close, s[cursor.i] == "%" { return nil }
    if j > k + 1, s[j - 1] == "-" || s[j - 1] == "▲" {
      var negative = amount
      negative.isNegative = true
      return (PrintedFigure(amount: negative), close + 1)
    }
    let label = String(String.UnicodeScalarView(s[(k + 1)..<j])).trimmingSpaces
    return (PrintedFigure(amount: amount, label: label.isEmpty ? nil : label), close + 1)
  }

  /// The label without its list mark, spaces and joining punctuation.
  static func clean(_ label: String) -> String {
    var text = label.trimmingSpaces
    while let last = text.last, "+:、,・=".contains(last) || last == " " { text.removeLast() }
    return text.trimmingSpaces
  }

  static func scope(of label: String) -> AmountLineRecord.Scope {
    guard let first = label.first else { return .headline }
    if itemMarks.contains(first) || first == "(" || first.isASCIIDigitCharacter { return .item }
    return .headline
  }
}
