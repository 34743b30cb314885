import BudgetModel

/// A headline that compares the budget year's amount with an earlier one in words:
/// `3兆213億円 --- 平成10年度当初予算額(2兆7,222億円)と比べ、2,991億円、11.0%の増額`
/// (the comparison may go on on the next line). Read only when the document's own arithmetic
/// holds: the amount minus the earlier one is the change (one unit of the coarsest printed
/// digit), and the rate, when printed, is the change over the earlier amount at its printed
/// precision.
/// The earlier amount's label (`平成10年度当初予算額`) is kept: the transform gives it a
/// measure only when it names the prior year's budget.
enum ComparisonSentence {
  struct Reading: Equatable {
    /// The amount the sentence is about (the budget year's).
    var amount: PrintedFigure
    /// The amount it is compared with, labelled as printed.
    var base: PrintedFigure
    /// The printed change, negative for a decrease.
    var change: PrintedFigure
    /// The printed rate, negative for a decrease; nil when the sentence prints none.
    var rate: DecimalNumber?
  }

  static let verbs = ["と比べて", "と比べ", "に比べて", "に比べ", "と比較して", "に比較して"]
  /// The words that end the sentence and whether they name a decrease.
  static let endings: [(String, Bool)] = [
    ("の増額", false), ("の減額", true), ("の増加", false), ("の減少", true), ("増額", false),
    ("減額", true), ("増加", false), ("減少", true), ("の増", false), ("の減", true), ("増", false),
    ("減", true),
  ]
  /// What may stand between the amount and the label of the earlier one.
  static let leaders: Set<Unicode.Scalar> = [
    " ", "-", "－", "―", "ー", "—", "‐", "−", "・", "…", "‥", ".", ":", "：", "、", ",",
  ]

  /// Whether a line ends where such a sentence breaks (`…(3兆420億円)と比べ、`): the rest of the
  /// comparison is on the next line.
  static func endsInComparison(_ text: String) -> Bool {
    var compact = text.filter { $0 != " " }
    while let last = compact.last, "、,".contains(last) { compact.removeLast() }
    return verbs.contains(where: compact.hasSuffix) && compact.contains(")")
  }

  static func read(_ text: String, parser: FigureParser) -> Reading? {
    guard let verb = verbs.first(where: text.contains), let range = text.range(of: verb) else {
      return readAgainst(text, parser: parser)
    }
    let head = Array(text[..<range.lowerBound].unicodeScalars)
    let tail = Array(text[range.upperBound...].unicodeScalars)
    if let reading = readSubjectFirst(head, tail, parser: parser) { return reading }
    guard let (amount, base) = readHead(head, parser: parser),
      let (change, rate) = readTail(tail, parser: parser),
      holds(amount: amount, base: base, change: change, rate: rate)
    else { return nil }
    return Reading(amount: amount, base: base, change: change, rate: rate)
  }

  /// `3兆213億円 --- 平成10年度当初予算額(2兆7,222億円)`: the amount, then the earlier
  /// amount with its label.
  static func readHead(_ s: [Unicode.Scalar], parser: FigureParser)
    -> (PrintedFigure, PrintedFigure)?
  {
    var end = s.count
    while end > 0, s[end - 1] == " " { end -= 1 }
    guard end > 0, s[end - 1] == ")", let open = s[..<end].lastIndex(of: "(") else { return nil }
    var cursor = Cursor(s)
    cursor.skipSpaces()
    guard cursor.peek?.isASCIIDigit == true, let amount = whole(&cursor, parser: parser) else {
      return nil
    }
    var k = cursor.i
    while k < open, leaders.contains(s[k]) { k += 1 }
    let label = String(String.UnicodeScalarView(s[k..<open])).filter { $0 != " " }
    guard label.contains("年度"), !label.contains("("), !label.contains(")")
    else { return nil }
    guard let base = wholeInside(s, open: open, end: end, parser: parser) else { return nil }
    return (PrintedFigure(amount: amount), PrintedFigure(amount: base, label: label))
  }

  /// `、2,991億円、11.0%の増額`, `2,991億円(11.0%)の増`, `2,991億円の増額`: the change, then
  /// the rate if printed, and the word that signs both.
  static func readTail(_ s: [Unicode.Scalar], parser: FigureParser)
    -> (PrintedFigure, DecimalNumber?)?
  {
    var cursor = Cursor(s)
    func skipSeparators() {
      while let c = cursor.peek, c == " " || c == "、" || c == "," { cursor.i += 1 }
    }
    skipSeparators()
    guard cursor.peek?.isASCIIDigit == true, var change = whole(&cursor, parser: parser) else {
      return nil
    }
    skipSeparators()
    let enclosed = cursor.peek == "("
    if enclosed { cursor.i += 1 }
    let start = cursor.i
    while let c = cursor.peek, c.isASCIIDigit || c == "." { cursor.i += 1 }
    var rate: DecimalNumber?
    if cursor.i > start {
      guard cursor.peek == "%" else { return nil }
      rate = DecimalNumber(codePoints: s[start..<cursor.i].map(\.value))
      guard rate != nil else { return nil }
      cursor.i += 1
      if enclosed {
        guard cursor.peek == ")" else { return nil }
        cursor.i += 1
      }
    } else if enclosed {
      return nil
    }
    let rest = String(String.UnicodeScalarView(s[cursor.i...])).filter { $0 != " " }
    let words = rest.hasSuffix("。") ? String(rest.dropLast()) : rest
    guard let (_, decrease) = endings.first(where: { $0.0 == words }) else { return nil }
    if decrease {
      change.isNegative = true
      rate = rate?.negated()
    }
    return (PrintedFigure(amount: change), rate)
  }

  /// An amount with its unit, every part with a unit, unsigned.
  /// `(3,819億円)`: the one whole amount between the parentheses at `open` and `end - 1`, with
  /// nothing else inside but spaces.
  static func wholeInside(_ s: [Unicode.Scalar], open: Int, end: Int, parser: FigureParser)
    -> PrintedAmount?
  {
    var inner = Cursor(s, from: open + 1, to: end - 1)
    inner.skipSpaces()
    guard inner.peek?.isASCIIDigit == true, let amount = whole(&inner, parser: parser) else {
      return nil
    }
    inner.skipSpaces()
    return inner.atEnd ? amount : nil
  }

  static func whole(_ cursor: inout Cursor, parser: FigureParser) -> PrintedAmount? {
    guard let amount = try? parser.money(&cursor), !amount.isNegative, !amount.parts.isEmpty,
      amount.parts.allSatisfy({ $0.unit != nil })
    else { return nil }
    return amount
  }

  /// B − A = C within one unit of the coarsest printed digit, and the rate C / A.
  static func holds(
    amount: PrintedFigure, base: PrintedFigure, change: PrintedFigure, rate: DecimalNumber?
  ) -> Bool {
    guard let b = exact(amount), let a = exact(base), let c = exact(change), a.value > 0 else {
      return false
    }
    guard abs(b.value - a.value - c.value) <= max(a.unit, b.unit, c.unit) else { return false }
    return rate.map { rateHolds($0, change: c, base: a) } ?? true
  }

  /// rate ≈ 100 · C / A, each figure within half a unit of its last printed digit:
  /// |R·A − 100·10^s·C| ≤ (|R|·u(A) + 100·10^s·u(C) + A) / 2, R the rate's digits at scale s.
  static func rateHolds(_ rate: DecimalNumber, change c: RatioSums.Exact, base a: RatioSums.Exact)
    -> Bool
  {
    guard a.value > 0, (rate.significand >= 0) == (c.value >= 0) || rate.significand == 0 else {
      return false
    }
    let r = Int128(rate.significand)
    let hundred = 100 * RatioSums.pow10(rate.scale)
    let diff = abs(r * a.value - hundred * c.value)
    return 2 * diff <= abs(r) * a.unit + hundred * c.unit + a.value
  }

  static func exact(_ figure: PrintedFigure) -> RatioSums.Exact? {
    guard let amount = figure.amount else { return nil }
    return RatioSums.exact(
      CellToken(figure: PrintedFigure(amount: amount), isPercent: false, line: 0))
  }
}
