import BudgetModel

/// Clauses of white papers and press pages that sign a change with a word after its rate
/// (boei-h16-hakusho-keihi): `前年度と比べて501億円(1.0%)の減額`, `前年度と比べて500億円(1.0%)減額の
/// 4兆9,030億円となる`, and an amount with what it leaves out (`4兆8,764億円(SACO関係経費を除く。)`).
/// Still only readings: `ClauseProof` exports what the arithmetic proves.
extension ClauseFigures {
  /// An amount piece's words, amount, change, rate, qualifier and comparison base.
  static func amountParts(_ piece: Piece)
    -> (String, PrintedAmount, PrintedAmount?, DecimalNumber?, String, String?)?
  {
    switch piece {
    case .amount(let words, let amount, let change, let rate):
      return (words, amount, change, rate, "", nil)
    case .qualified(let words, let amount, let qualifier):
      return (words, amount, nil, nil, qualifier, nil)
    case .compared(let words, let amount, let change, let rate, let base):
      return (words, amount, change, rate, "", base)
    case .statedAmount(let amount, let change):
      return ("", amount, change, nil, "", nil)
    default:
      return nil
    }
  }

  /// What may follow an amount with its comparison: `(1.0%)の減額` (a change and its rate),
  /// `(1.0%)減額の4兆9,030億円となる` (the change and rate of the amount after `の`, which the
  /// sentence ends with), or `(SACO関係経費を除く。)` (what the amount leaves out). Nil for
  /// anything else.
  static func worded(
    _ words: String, _ amount: PrintedAmount, rest: String, parser: FigureParser
  ) -> Piece? {
    if let qualifier = exclusion(rest) { return .qualified(words, amount, qualifier: qualifier) }
    // The prior year's words only (`前年度と比べて`): a year printed in them (`平成14年度と比べて`)
    // may be any year's, and the rate holds against any base.
    let namesPrior = isComparison(words) && !words.contains(where: \.isASCIIDigitCharacter)
    if parenthesizedRate(rest) == nil, Self.namesPrior(words) {
      return statedChange(amount, rest: rest, parser: parser)
    }
    guard words.isEmpty || namesPrior, let (rate, after) = parenthesizedRate(rest),
      let (sign, tail) = signWord(after)
    else { return nil }
    var change = amount
    change.isNegative = sign
    let signed = sign ? rate.negated() : rate
    if tail.isEmpty { return .changeAndRate(change, signed) }
    // `…減額の4兆9,030億円となる`: the amount the change leads to.
    guard tail.hasPrefix("の") else { return nil }
    let s = Array(tail.dropFirst().unicodeScalars)
    guard let (start, end, found, foundRate) = firstFigure(s, parser: parser), let result = found,
      foundRate == nil, start == 0, endsSentence(String(String.UnicodeScalarView(s[end...])))
    else { return nil }
    return .amount("", result, change: change, rate: signed)
  }

  /// `(SACO関係経費を除く。)`: words in parentheses naming what the amount leaves out, no figure.
  static func exclusion(_ rest: String) -> String? {
    guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
    var inner = rest.dropFirst().dropLast()
    if inner.hasSuffix("。") { inner = inner.dropLast() }
    guard inner.hasSuffix("を除く"), inner.count > 3, !holdsNumber(String(inner)),
      !inner.contains("("), !inner.contains(")")
    else { return nil }
    return "(" + inner + ")"
  }

  /// `(1.0%)` at the start: the rate (unsigned) and the text after it.
  static func parenthesizedRate(_ text: String) -> (DecimalNumber, Substring)? {
    guard text.hasPrefix("("), let close = text.firstIndex(of: ")") else { return nil }
    let inner = text[text.index(after: text.startIndex)..<close]
    guard inner.hasSuffix("%"), let rate = DecimalNumber(ascii: inner.dropLast()),
      rate.significand >= 0, inner.dropLast().allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." })
    else { return nil }
    return (rate, text[text.index(after: close)...])
  }

  /// The sign word (`の減額`, `増`) the text starts with: whether it is a decrease, and the
  /// text after it. The longest word first, so that `の増額` is not read as `の増`.
  static func signWord(_ text: Substring) -> (Bool, Substring)? {
    let words = ParenthesizedChange.signWords.sorted { $0.0.count > $1.0.count }
    for (word, decrease) in words where text.hasPrefix(word) {
      let tail = text.dropFirst(word.count)
      // `減額の…`: the word, then `の` and the amount; `の減額` and nothing else.
      if tail.isEmpty || tail.hasPrefix("の") && !word.hasPrefix("の") { return (decrease, tail) }
    }
    return nil
  }

  /// `となる`, `となった`, `となっている` (perhaps a footnote's number glued after it: `となる1`),
  /// or nothing: the end of the sentence that states the amount.
  static func endsSentence(_ tail: String) -> Bool {
    var rest = Substring(tail)
    guard let verb = ["となっている", "となった", "となる", ""].first(where: rest.hasPrefix) else {
      return false
    }
    rest = rest.dropFirst(verb.count)
    if rest.hasSuffix("。") { rest = rest.dropLast() }
    // A footnote's number: one or two digits after the verb, nothing else.
    return rest.isEmpty
      || !verb.isEmpty && rest.count <= 2 && rest.allSatisfy(\.isASCIIDigitCharacter)
  }
}
