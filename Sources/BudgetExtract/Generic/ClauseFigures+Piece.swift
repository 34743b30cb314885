import BudgetModel

extension ClauseFigures {
  /// One clause: words only; words and an amount, then nothing or its comparison in
  /// parentheses (`5兆4,158億円(4年度当初予算比+283億円、+0.5%)`); a change (`1億3300万円の増`,
  /// `前年比1500万円の減`, `+283億円`); a rate (`前年比1.9%増`). Anything else is unknown.
  static func parse(_ text: String, parser: FigureParser) -> Piece {
    let s = Array(text.unicodeScalars)
    guard let (start, end, amount, rate) = firstFigure(s, parser: parser) else {
      return text.contains("円") || text.contains("%") ? .unknown : .words(text)
    }
    var wordsEnd = start
    var sign: Bool?
    if start > 0, ParenthesizedChange.signs.contains(s[start - 1]) {
      wordsEnd -= 1
      sign = s[start - 1] == "+" || s[start - 1] == "＋" ? false : true
    }
    let words = String(String.UnicodeScalarView(s[..<wordsEnd]))
    let rest = String(String.UnicodeScalarView(s[end...]))
    let signWord = ParenthesizedChange.signWords.first { $0.0 == rest }.map(\.1)
    if var rate {
      guard sign == nil || signWord == nil, let negative = sign ?? signWord,
        words.isEmpty || isComparison(words)
      else { return .unknown }
      if negative { rate = rate.negated() }
      return .rate(rate)
    }
    guard var amount else { return .unknown }
    if sign != nil || signWord != nil {
      guard sign == nil || signWord == nil, words.isEmpty || isComparison(words) else {
        return .unknown
      }
      amount.isNegative = sign ?? signWord ?? false
      return .change(amount, stated: namesPrior(words))
    }
    // `5億8700万円を要求`: the verb that states the amount.
    if rest.isEmpty || verbs.contains(rest) {
      return .amount(words, amount, change: nil, rate: nil)
    }
    if let piece = worded(words, amount, rest: rest, parser: parser) { return piece }
    guard rest.hasPrefix("("), rest.hasSuffix(")"),
      let (change, rate, lead) = comparison(String(rest.dropFirst().dropLast()), parser: parser)
    else { return .unknown }
    if lead.contains(where: \.isASCIIDigitCharacter) {
      return .compared(words, amount, change: change, rate: rate, base: lead)
    }
    return .amount(words, amount, change: change, rate: rate)
  }

  /// Words after an amount that only state it (`…を要求`).
  static let verbs: Set<String> = ["を要求", "を計上", "を措置", "を確保"]

  /// The first figure of money (every part with its unit) or percentage: its scalar range,
  /// and the amount or the rate (unsigned).
  static func firstFigure(_ s: [Unicode.Scalar], parser: FigureParser)
    -> (Int, Int, PrintedAmount?, DecimalNumber?)?
  {
    var i = 0
    while i < s.count {
      guard s[i].isASCIIDigit else {
        i += 1
        continue
      }
      if FigureParser.mayStartFigure(s, at: i) {
        var cursor = Cursor(s, from: i)
        var parsed = try? parser.money(&cursor)
        // `56億7900万円`, `8,067億8千3百万円`: read only when every part is accounted for.
        if let amount = parsed, amount.parts.contains(where: { $0.unit != nil }),
          amount.parts.contains(where: { $0.unit == nil })
            || (cursor.i < s.count && "千百十".unicodeScalars.contains(s[cursor.i]))
        {
          let whole = KanjiAmount.read(s, from: i, units: parser.unitTexts)
          parsed = whole?.0
          cursor.i = whole?.1 ?? i
        }
        if let amount = parsed, !amount.isNegative, !amount.parts.isEmpty,
          amount.parts.allSatisfy({ $0.unit != nil }), cursor.i > i
        {
          return (i, cursor.i, amount, nil)
        }
        var k = i
        while k < s.count, s[k].isASCIIDigit || s[k] == "." { k += 1 }
        if k < s.count, s[k] == "%",
          let rate = DecimalNumber(ascii: String(String.UnicodeScalarView(s[i..<k])))
        {
          return (i, k + 1, nil, rate)
        }
      }
      while i < s.count, s[i].isASCIIDigit { i += 1 }
    }
    return nil
  }

  /// Words that compare with the prior year's amount (`前年比`, `対前年度で`,
  /// `前年度当初予算額と比較して`, `4年度当初予算比`), naming no stage but the initial budget.
  static func isComparison(_ words: String) -> Bool {
    guard words.contains("比") || words.contains("対"),
      ["前年", "昨年", "年度"].contains(where: words.contains), !words.contains("円"),
      words.count <= 20
    else { return false }
    return ParenthesizedChange.namesNoOtherStage(words)
  }

  /// `4年度当初予算比+283億円、+0.5%`, `前年度比1兆4,213億円(27.4%)増`, `4百万円増`: the
  /// comparison's signed change and rate (one of each at most, at least one), or nil. With no
  /// words naming the base it is still only a reading: the proof is the arithmetic's.
  static func comparison(_ inner: String, parser: FigureParser) -> (
    PrintedAmount?, DecimalNumber?, String
  )? {
    var text = inner
    // `1兆4,213億円(27.4%)増`: the word after the parentheses signs both figures.
    if let open = text.firstIndex(of: "("), let close = text.firstIndex(of: ")"), open < close {
      let after = String(text[text.index(after: close)...])
      guard let (word, _) = ParenthesizedChange.signWords.first(where: { $0.0 == after }) else {
        return nil
      }
      let rate = text[text.index(after: open)..<close]
      text = String(text[..<open]) + word + "、" + rate + word
    }
    guard
      let (lead, tokens) = ParenthesizedChange.inside(Array(text.unicodeScalars), parser: parser),
      lead.isEmpty || isComparison(lead), (1...2).contains(tokens.count),
      tokens.allSatisfy({ $0.isNegative != nil }), tokens.filter(\.isRate).count <= 1,
      tokens.filter({ !$0.isRate }).count <= 1
    else { return nil }
    var change: PrintedAmount?
    var rate: DecimalNumber?
    for token in tokens {
      if token.isRate {
        let value = token.amount.parts[0].number
        rate = token.isNegative == true ? value.negated() : value
      } else {
        guard token.amount.parts.allSatisfy({ $0.unit != nil }) else { return nil }
        change = token.amount
        change?.isNegative = token.isNegative == true
      }
    }
    return (change, rate, String(lead))
  }
}
