import BudgetModel

extension GenericReader {
  /// `247 億円 ⇒` / `283 億円 (+14.7%)` under `令和4年度` / `令和5年度`: the prior year's amount,
  /// an arrow, the budget year's amount and its rate. Taken only when the printed rate agrees
  /// with the two amounts at their printed precision, and the years above (if printed) go
  /// forward; named by the text line above the years.
  mutating func acceptArrowPair(_ record: AmountLineRecord, line: Line, text: String) -> Bool {
    guard let previous, previous.amountCount == 0, previous.line.number < line.number,
      previous.text.hasSuffix("⇒") || previous.text.hasSuffix("→"),
      let before = AmountLine.parse(
        previous.line, text: String(previous.text.dropLast()), parser: parser),
      before.count == 1, before[0].label.isEmpty, before[0].prior == nil,
      let name = lists.name, let rate = Self.printedRate(text),
      Self.rateAgrees(rate, from: before[0].amount, to: record.amount),
      lists.years.isEmpty || Self.goForward(lists.years)
    else { return false }
    diagnostics.removeAll { $0.span.line == previous.line.number && $0.kind == .unrecognizedLine }
    var pair = record
    pair.label = name.text
    pair.amount.label = name.text
    pair.scope = .item
    pair.prior = before[0].amount
    pair.priorLine = previous.line.number
    pair.changeRatePercent = rate
    pair.span = SourceSpan(line: line.number, endLine: line.endNumber)
    // Under `令和4年度` / `令和5年度` the right-hand amount is the later year's.
    pair.context = lists.years.last ?? context
    amountLines.append(pair)
    contextHasAmounts = true
    lists.name = nil
    return true
  }

  /// `(+14.7%)`, `(▲3.2%)`, `(-3.2%)` after the amount.
  static func printedRate(_ text: String) -> DecimalNumber? {
    guard let open = text.lastIndex(of: "("), text.hasSuffix("%)") else { return nil }
    var inner = text[text.index(after: open)..<text.index(text.endIndex, offsetBy: -2)]
    var negative = false
    if let first = inner.first, "+-▲".contains(first) {
      negative = first != "+"
      inner = inner.dropFirst()
    }
    guard let value = DecimalNumber(ascii: inner) else { return nil }
    return negative ? value.negated() : value
  }

  /// Whether 100 + rate ≈ 100 · B / A, each figure within half a unit of its last digit.
  static func rateAgrees(_ rate: DecimalNumber, from a: PrintedFigure, to b: PrintedFigure) -> Bool
  {
    guard let x = sum([a]), let y = sum([b]), x.unit != nil, x.unit == y.unit, x.value > 0 else {
      return false
    }
    let scale = max(x.scale, y.scale)
    let ai = x.value * TableArithmetic.pow10(scale - x.scale)
    let bi = y.value * TableArithmetic.pow10(scale - y.scale)
    let zs = rate.scale
    let zi = rate.significand + 100 * TableArithmetic.pow10(zs)
    // |z·A − 100·B·10^zs| ≤ (A + 100·10^zs + |z|) / 2, all at A's and B's scale.
    let (lhs, o1) = zi.multipliedReportingOverflow(by: ai)
    let (rhs, o2) = (100 * TableArithmetic.pow10(zs)).multipliedReportingOverflow(by: bi)
    guard !o1, !o2 else { return false }
    return 2 * abs(lhs - rhs) <= ai + 100 * TableArithmetic.pow10(zs) + abs(zi)
  }

  /// `令和4年度`, `令和5年度`: two years, the second after the first, in one era.
  static func goForward(_ years: [String]) -> Bool {
    guard years.count == 2 else { return false }
    func split(_ y: String) -> (String, Int)? {
      let era = String(y.prefix { !$0.isASCIIDigitCharacter })
      return Int(y.dropFirst(era.count).dropLast(2)).map { (era, $0) }
    }
    guard let a = split(years[0]), let b = split(years[1]) else { return false }
    return a.0 == b.0 && b.1 == a.1 + 1
  }

  /// `※4年度補正 1,642 億円` after an item's amount: that item's amount of the year and stage
  /// the mark names. True when the line was taken.
  mutating func acceptMarkedAmount(_ line: Line, _ text: String) -> Bool {
    let body = String(text.dropFirst()).trimmingSpaces
    guard let previous, previous.amountCount >= 1, let parent = amountLines.last,
      parent.span.line == previous.line.number,
      let records = AmountLine.parse(line, text: body, parser: parser), records.count == 1,
      records[0].prior == nil
    else { return false }
    let words = records[0].label
    guard words.contains("年度"), ["補正", "当初", "要求", "予算"].contains(where: words.contains),
      !["年度", "補正", "当初", "要求", "要望", "案"].contains(where: parent.label.contains)
    else { return false }
    var record = records[0]
    record.label = "\(parent.label)(\(words))"
    record.amount.label = record.label
    record.scope = parent.scope
    record.context = nil
    amountLines.append(record)
    contextHasAmounts = true
    return true
  }
}
