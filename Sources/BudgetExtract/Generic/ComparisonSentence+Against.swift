import BudgetModel

/// A headline that names the earlier amount after its own and compares them with `に対し`:
/// `平成12年度の障害者施策関係予算 総額で1兆2128億円（説明文）平成11年度の関係当初予算1兆1491億円に対し
/// 637億円(5.5%)の増（説明文）` (national-h12-shogaisha line 10). The amount is the sentence's first
/// (its words before it are its label), the earlier one the amount right before `に対し` (its
/// label the words glued before it, naming a year), nothing with a digit between them; the
/// change and its rate follow, signed by the word after them. Read only when the document's
/// own arithmetic holds (B − A = C, and the rate, which must be printed, C / A): the amounts
/// may stand apart in the sentence, the arithmetic ties them.
extension ComparisonSentence {
  static let againstVerbs = ["に対して", "に対し"]

  static func readAgainst(_ text: String, parser: FigureParser) -> Reading? {
    guard let verb = againstVerbs.first(where: text.contains), let range = text.range(of: verb)
    else { return nil }
    let head = Array(text[..<range.lowerBound].unicodeScalars)
    var tail = String(text[range.upperBound...]).filter { $0 != " " }
    // The prose replaced after the sentence's last word (`…の増（説明文）`).
    if tail.hasSuffix("(説明文)") { tail.removeLast(5) }
    guard let (amount, base) = againstHead(head, parser: parser),
      let (change, rate) = readTail(Array(tail.unicodeScalars), parser: parser), let rate,
      holds(amount: amount, base: base, change: change, rate: rate)
    else { return nil }
    return Reading(amount: amount, base: base, change: change, rate: rate)
  }

  /// The sentence's first amount (labelled with the words before it) and the amount ending
  /// the head (labelled with the words glued before it).
  static func againstHead(_ s: [Unicode.Scalar], parser: FigureParser)
    -> (PrintedFigure, PrintedFigure)?
  {
    guard let (first, start, end) = firstAmount(s, from: 0, parser: parser),
      let (last, lastStart, lastEnd) = firstAmount(s, from: end, parser: parser),
      lastEnd == s.count
    else { return nil }
    var k = lastStart
    while k > end, !" ),、。".unicodeScalars.contains(s[k - 1]) { k -= 1 }
    let label = String(String.UnicodeScalarView(s[k..<lastStart]))
    let between = s[end..<k]
    guard label.contains("年度"), !between.contains(where: \.isASCIIDigit) else { return nil }
    let words = String(String.UnicodeScalarView(s[..<start])).trimmingSpaces
    guard !words.isEmpty else { return nil }
    return (PrintedFigure(amount: first, label: words), PrintedFigure(amount: last, label: label))
  }

  /// The first amount with its unit from `from` (a year or a count is passed over), where it
  /// starts and ends.
  static func firstAmount(_ s: [Unicode.Scalar], from: Int, parser: FigureParser)
    -> (PrintedAmount, Int, Int)?
  {
    var i = from
    while i < s.count {
      if s[i].isASCIIDigit, FigureParser.mayStartFigure(s, at: i) {
        var cursor = Cursor(s, from: i)
        if let amount = whole(&cursor, parser: parser) { return (amount, i, cursor.i) }
      }
      i += 1
    }
    return nil
  }
}
