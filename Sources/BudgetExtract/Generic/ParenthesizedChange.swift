import BudgetModel

/// An amount whose comparison with the prior year closes its line in parentheses:
/// `予算(案)合計 2,644億円(対前年度126億円減 △4.6%)`, `1,392億円(前年度比 +97億円、+7.5%)`,
/// or a bare number under a unit statement, `347,933 (令和6年度は330,979+16,954 5.1%増)`.
///
/// The parentheses name the prior year (`対前年度`, `前年度比`, `前年比`, or a year followed by
/// `は` and its amount) and hold two or three of: the prior year's amount, the change (signed by
/// `+`/`▲` or by `増`/`減` after it) and the rate (`%`, signed the same ways). Read only when
/// the document's own arithmetic holds: B − A = C within one unit of the coarsest printed
/// digit, and the rate C / A at its printed precision (A = B − C when the prior is not
/// printed, uncertain by the rounding of both). A comparison with one figure only, an unsigned
/// change or rate, or words naming another stage (`前年度補正後比`) is not read.
enum ParenthesizedChange {
  struct Reading: Equatable {
    /// The words before the amount (list mark and spaces trimmed); empty when there are none.
    var label: String
    var amount: PrintedAmount
    /// The prior year's amount, labelled with the words naming its year (`令和6年度`).
    var prior: PrintedFigure?
    /// The change, labelled with the comparison words (`対前年度`) when printed.
    var change: PrintedFigure?
    var rate: DecimalNumber?
  }

  /// One figure inside the parentheses: an amount or a rate, and its sign if printed.
  struct Token {
    var amount: PrintedAmount
    var isRate: Bool
    /// nil when the figure is printed with no sign and no `増`/`減` after it.
    var isNegative: Bool?
    /// Where the figure (its sign) starts in the scalars read.
    var offset = 0
  }

  static let signs: Set<Unicode.Scalar> = ["+", "＋", "▲", "△", "-", "−"]
  static let separators: Set<Unicode.Scalar> = [" ", "、", ",", "，", "\u{3000}"]
  /// Words after a figure that sign it, longest first.
  static let signWords: [(String, Bool)] = [
    ("の増額", false), ("の減額", true), ("の増加", false), ("の減少", true), ("増額", false),
    ("減額", true), ("増加", false), ("減少", true), ("の増", false), ("の減", true), ("増", false),
    ("減", true),
  ]

  /// The reading of a line, or nil when it is not such an amount or its arithmetic fails.
  /// `unit` is the unit stated for the text in scope: a bare amount takes it (and so must
  /// every amount in its parentheses); without it a bare amount is not read.
  static func read(_ text: String, unit: String?, parser: FigureParser) -> Reading? {
    var s = Array(text.unicodeScalars)
    while let last = s.last, last.isSpace { s.removeLast() }
    guard s.last == ")", let open = s.lastIndex(of: "("), open > 0,
      !s[(open + 1)..<(s.count - 1)].contains(where: { $0 == "(" || $0 == ")" })
    else { return nil }
    guard let (label, amount, bare) = head(Array(s[..<open]), unit: unit, parser: parser),
      let (lead, tokens) = inside(Array(s[(open + 1)..<(s.count - 1)]), parser: parser),
      tokens.allSatisfy({ $0.isRate || isBare($0.amount) == bare })
    else { return nil }
    let scoped = tokens.map { token -> Token in
      guard bare, !token.isRate, let unit else { return token }
      var scopedToken = token
      scopedToken.amount.parts[0].unit = unit
      return scopedToken
    }
    return reading(label: label, amount: amount, lead: lead, tokens: scoped)
  }

  /// The label and the amount before the parentheses; the amount must end the text, be
  /// unsigned, and have a unit in every part, or be one bare number grouped by commas when a
  /// unit is in scope (then it takes that unit). The flag tells a bare amount.
  static func head(_ s: [Unicode.Scalar], unit: String?, parser: FigureParser)
    -> (String, PrintedAmount, Bool)?
  {
    var end = s.count
    while end > 0, s[end - 1].isSpace { end -= 1 }
    for i in 0..<end where s[i].isASCIIDigit && FigureParser.mayStartFigure(s, at: i) {
      var cursor = Cursor(s, from: i, to: end)
      guard let amount = try? parser.money(&cursor), cursor.i == end else { continue }
      let label = AmountLine.clean(String(String.UnicodeScalarView(s[..<i])))
      if i > 0, signs.contains(s[i - 1]) { return nil }
      guard !label.contains("円"), !label.contains("%"), !GenericReader.holdsFigure(label)
      else { return nil }
      if amount.parts.allSatisfy({ $0.unit != nil }) { return (label, amount, false) }
      guard let unit, isBare(amount),
        GenericReader.isGrouped(Substring(String(String.UnicodeScalarView(s[i..<end]))))
      else { return nil }
      return (label, PrintedAmount(amount.parts[0].number, unit: unit), true)
    }
    return nil
  }

  static func isBare(_ amount: PrintedAmount) -> Bool {
    amount.parts.count == 1 && amount.parts[0].unit == nil && amount.parts[0].number.scale == 0
  }

  /// The words before the first figure and the figures, or nil when anything else is printed
  /// between or after them.
  static func inside(_ s: [Unicode.Scalar], parser: FigureParser) -> (String, [Token])? {
    // `令和6年度は`: digits that a year word follows are words, not a figure.
    var first = 0
    while first < s.count {
      if s[first].isASCIIDigit {
        var end = first
        while end < s.count, s[end].isASCIIDigit { end += 1 }
        guard end < s.count, s[end] == "年" else { break }
        first = end
      } else if signs.contains(s[first]),
        let next = s[(first + 1)...].first(where: { !$0.isSpace }),
        next.isASCIIDigit, s[first] != "-" && s[first] != "−" || s[first + 1].isASCIIDigit
      {
        break
      } else {
        first += 1
      }
    }
    guard first < s.count else { return nil }
    let lead = String(String.UnicodeScalarView(s[..<first])).filter {
      $0 != " " && $0 != "\u{3000}"
    }
    var cursor = Cursor(s, from: first)
    var tokens: [Token] = []
    while !cursor.atEnd {
      let start = cursor.i
      guard var token = figure(&cursor, parser: parser) else { return nil }
      token.offset = start
      tokens.append(token)
      while let c = cursor.peek, separators.contains(c) { cursor.i += 1 }
    }
    return (lead, tokens)
  }

  /// `+16,954`, `126億円減`, `▲4.6%`, `5.1%増`: a figure with its sign, if any (both a sign
  /// before it and a word after it: nil).
  static func figure(_ cursor: inout Cursor, parser: FigureParser) -> Token? {
    var negative: Bool?
    if let c = cursor.peek, signs.contains(c) {
      negative = c == "▲" || c == "△" || c == "-" || c == "−"
      cursor.i += 1
      // `+ 6.4%`, `▲ 0.8%`: a sign set apart by a space (a dash never: a range or a rule).
      if c != "-" && c != "−" { cursor.skipSpaces() }
    }
    guard cursor.peek?.isASCIIDigit == true, let amount = try? parser.money(&cursor),
      !amount.isNegative
    else { return nil }
    var isRate = false
    if cursor.peek == "%" {
      guard isBare(amount) || amount.parts.count == 1 && amount.parts[0].unit == nil else {
        return nil
      }
      isRate = true
      cursor.i += 1
    } else if !(amount.parts.allSatisfy { $0.unit != nil } || isBare(amount)) {
      return nil
    }
    // `13.6 % 減`: the word may follow after spaces.
    let mark = cursor.i
    cursor.skipSpaces()
    var worded = false
    for (word, decrease) in signWords where cursor.consume(Array(word.unicodeScalars)) {
      guard negative == nil else { return nil }
      negative = decrease
      worded = true
      break
    }
    if !worded { cursor.i = mark }
    return Token(amount: amount, isRate: isRate, isNegative: negative)
  }
}
