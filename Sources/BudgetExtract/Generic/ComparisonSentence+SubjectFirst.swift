import BudgetModel

/// A sentence that names its subject, then the prior year's amount, the change with its rate
/// and the amount last (hunt7, blind set V):
/// `環境保全経費概算要求額の総額 対前年度当初予算額(2兆2,330億円)と比べ 4,052億円(+18.1%)増額の2兆6,382億円`.
/// Read as prior A, change B, budget C only when the document's own arithmetic holds
/// (C − A = B, and the printed rate B / A); the subject is the label. A subject replaced
/// (`(説明文)`) or wholly in parentheses gives no label, and a subject naming the whole
/// government (`政府全体`) is no ministry's: neither is read (the line is reported).
extension ComparisonSentence {
  static let endingsBeforeAmount: [(String, Bool)] = [("増額の", false), ("減額の", true)]

  static func readSubjectFirst(
    _ head: [Unicode.Scalar], _ tail: [Unicode.Scalar], parser: FigureParser
  )
    -> Reading?
  {
    guard let (subject, base) = subjectHead(head, parser: parser),
      let (change, rate, amount) = changeThenAmount(tail, parser: parser),
      holds(amount: amount, base: base, change: change, rate: rate)
    else { return nil }
    return Reading(
      amount: PrintedFigure(amount: amount.amount, label: subject), base: base, change: change,
      rate: rate)
  }

  /// `<subject> 対前年度当初予算額(A)`: the subject and the prior year's amount with its label.
  static func subjectHead(_ s: [Unicode.Scalar], parser: FigureParser) -> (String, PrintedFigure)? {
    var end = s.count
    while end > 0, s[end - 1] == " " { end -= 1 }
    guard end > 0, s[end - 1] == ")", let open = s[..<end].lastIndex(of: "("), open > 0 else {
      return nil
    }
    var k = open
    while k > 0, s[k - 1] != " " { k -= 1 }
    let label = String(String.UnicodeScalarView(s[k..<open]))
    let subject = String(String.UnicodeScalarView(s[..<k])).trimmingSpaces
    guard label.hasPrefix("対前年"), label.hasSuffix("予算額"),
      !["差", "増", "減", "比"].contains(where: label.contains),
      !subject.isEmpty, !subject.hasPrefix("("), !subject.contains("政府全体"),
      !subject.unicodeScalars.contains(where: \.isASCIIDigit)
    else { return nil }
    guard let base = wholeInside(s, open: open, end: end, parser: parser) else { return nil }
    return (subject, PrintedFigure(amount: base, label: label))
  }

  /// ` 4,052億円(+18.1%)増額の2兆6,382億円`: the change, its signed rate (printed), the word
  /// that signs both, and the amount.
  static func changeThenAmount(_ s: [Unicode.Scalar], parser: FigureParser)
    -> (PrintedFigure, DecimalNumber, PrintedFigure)?
  {
    var cursor = Cursor(s)
    cursor.skipSpaces()
    guard cursor.peek?.isASCIIDigit == true, var change = whole(&cursor, parser: parser),
      cursor.peek == "("
    else { return nil }
    cursor.i += 1
    let sign = cursor.peek
    if sign == "+" || sign == "▲" || sign == "-" { cursor.i += 1 }
    let start = cursor.i
    while let c = cursor.peek, c.isASCIIDigit || c == "." { cursor.i += 1 }
    guard cursor.i > start, cursor.peek == "%",
      var rate = DecimalNumber(codePoints: s[start..<cursor.i].map(\.value))
    else { return nil }
    cursor.i += 1
    guard cursor.peek == ")" else { return nil }
    cursor.i += 1
    let rest = String(String.UnicodeScalarView(s[cursor.i...]))
    guard let (word, decrease) = endingsBeforeAmount.first(where: { rest.hasPrefix($0.0) }),
      sign != (decrease ? "+" : "▲"), !(sign == "-" && !decrease)
    else { return nil }
    cursor.i += word.unicodeScalars.count
    cursor.skipSpaces()
    guard cursor.peek?.isASCIIDigit == true, let amount = whole(&cursor, parser: parser) else {
      return nil
    }
    cursor.skipSpaces()
    if cursor.peek == "。" { cursor.i += 1 }
    guard cursor.atEnd else { return nil }
    if decrease {
      change.isNegative = true
      rate = rate.negated()
    }
    return (PrintedFigure(amount: change), rate, PrintedFigure(amount: amount))
  }
}
