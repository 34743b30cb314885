import BudgetModel

extension ParenthesizedChange {
  /// The figures' meanings from the words before them, kept only when their arithmetic holds.
  static func reading(label: String, amount: PrintedAmount, lead: String, tokens: [Token])
    -> Reading?
  {
    guard (2...3).contains(tokens.count), tokens.filter(\.isRate).count <= 1,
      tokens.allSatisfy({ !$0.isRate || $0.isNegative != nil })
    else { return nil }
    var rest = tokens
    var prior: PrintedFigure?
    if let first = rest.first, !first.isRate, first.isNegative == nil {
      if let label = priorLabel(lead) {
        prior = PrintedFigure(amount: first.amount, label: label)
        rest.removeFirst()
      } else if let signed = signedLikeRate(rest, lead: lead) {
        rest = signed
      } else {
        return nil
      }
    } else if !lead.contains("前年") {
      return nil
    }
    guard namesNoOtherStage(lead), rest.allSatisfy({ $0.isNegative != nil }),
      rest.filter({ !$0.isRate }).count <= 1
    else { return nil }
    var change: PrintedFigure?
    var rate: DecimalNumber?
    for token in rest {
      if token.isRate {
        let value = token.amount.parts[0].number
        rate = token.isNegative == true ? value.negated() : value
      } else {
        var signed = token.amount
        signed.isNegative = token.isNegative == true
        change = PrintedFigure(amount: signed, label: prior == nil ? lead : nil)
      }
    }
    guard holds(amount: amount, prior: prior, change: change, rate: rate) else { return nil }
    return Reading(label: label, amount: amount, prior: prior, change: change, rate: rate)
  }

  /// `(対前年度比1.2億円、53.2%増)`: an unsigned change beside a signed rate after words
  /// comparing with the prior year. A change and its rate over a positive base share their
  /// sign, so the change takes the rate's (`増` after the rate closes the whole comparison);
  /// the arithmetic is checked after as for any comparison. nil for any other shape.
  static func signedLikeRate(_ tokens: [Token], lead: String) -> [Token]? {
    guard tokens.count == 2, !tokens[0].isRate, tokens[0].isNegative == nil, tokens[1].isRate,
      let negative = tokens[1].isNegative, lead.contains("前年"),
      ["対", "比"].contains(where: lead.contains)
    else { return nil }
    var signed = tokens
    signed[0].isNegative = negative
    return signed
  }

  /// `令和6年度は`, `前年度:`, `前年度予算額`: the words naming the prior amount's year; nil
  /// when they name no year, or name a comparison (`対前年度`, `前年度比`, `増減`): an unsigned
  /// figure after those is no prior amount.
  static func priorLabel(_ lead: String) -> String? {
    // `(㉖16兆8,855億円、…)`: a circled era year (平成26年度) alone; transform checks its year.
    if isCircledYear(lead) { return lead }
    var words = lead
    if let last = words.last, "は:：".contains(last) { words.removeLast() }
    guard words.contains("年度") || words.contains("前年"),
      !["対", "比", "増", "減", "差"].contains(where: words.contains)
    else { return nil }
    return words
  }

  /// The comparison names the prior year's budget, not another stage (`前年度補正後比`).
  static func namesNoOtherStage(_ lead: String) -> Bool {
    ColumnMeaning.Stage.named(in: lead).allSatisfy { $0 == .initial }
  }

  /// B − A = C (one unit of the coarsest printed digit) when both are printed, and the rate
  /// C / A at its printed precision; with two of the three figures only, the third is
  /// implied (uncertain by the rounding of both) and the printed rate must agree with it.
  static func holds(
    amount: PrintedAmount, prior: PrintedFigure?, change: PrintedFigure?, rate: DecimalNumber?
  ) -> Bool {
    guard let b = ComparisonSentence.exact(PrintedFigure(amount: amount)) else { return false }
    let a = prior.flatMap(ComparisonSentence.exact)
    let c = change.flatMap(ComparisonSentence.exact)
    guard (prior == nil) == (a == nil), (change == nil) == (c == nil) else { return false }
    switch (a, c, rate) {
    case (let a?, let c?, _):
      guard a.value > 0, abs(b.value - a.value - c.value) <= max(a.unit, b.unit, c.unit)
      else { return false }
      return rate.map { ComparisonSentence.rateHolds($0, change: c, base: a) } ?? true
    case (let a?, nil, let rate?):
      let implied = RatioSums.Exact(value: b.value - a.value, unit: b.unit + a.unit)
      return a.value > 0 && ComparisonSentence.rateHolds(rate, change: implied, base: a)
    case (nil, let c?, let rate?):
      let implied = RatioSums.Exact(value: b.value - c.value, unit: b.unit + c.unit)
      return implied.value > 0 && ComparisonSentence.rateHolds(rate, change: c, base: implied)
    default:
      return false
    }
  }
}

extension ParenthesizedChange {
  /// `(対前年度比 8.2%増)`, `(前年度比 +8.2%)`: a line holding nothing but words naming the
  /// prior year and one signed rate; its rate, or nil.
  static func rateOnly(_ text: String, parser: FigureParser) -> DecimalNumber? {
    var s = Array(text.unicodeScalars)
    while let last = s.last, last.isSpace { s.removeLast() }
    while let first = s.first, first.isSpace { s.removeFirst() }
    guard s.first == "(", s.last == ")", s.count > 2,
      !s[1..<(s.count - 1)].contains(where: { $0 == "(" || $0 == ")" }),
      let (lead, tokens) = inside(Array(s[1..<(s.count - 1)]), parser: parser),
      lead.contains("前年"), namesNoOtherStage(lead), tokens.count == 1, tokens[0].isRate,
      let negative = tokens[0].isNegative
    else { return nil }
    let value = tokens[0].amount.parts[0].number
    return negative ? value.negated() : value
  }
}

extension ParenthesizedChange {
  /// A circled number alone (① … ⑳, ㉑ … ㉟, ㊱ … ㊿), as an era year is printed before an
  /// amount (`㉖`: 平成26年度).
  static func isCircledYear(_ lead: String) -> Bool {
    guard lead.unicodeScalars.count == 1, let c = lead.unicodeScalars.first else { return false }
    return (0x2460...0x2473).contains(c.value) || (0x3251...0x325F).contains(c.value)
      || (0x32B1...0x32BF).contains(c.value)
  }
}
