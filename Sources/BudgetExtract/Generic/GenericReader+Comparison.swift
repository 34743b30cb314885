import BudgetModel

extension GenericReader {
  /// A headline comparing its amount with an earlier one in words (`ComparisonSentence`),
  /// on this line or continued from it on the next: the amount with the earlier one as its
  /// prior, and the change as a record of its own with its rate. True when the line was taken
  /// (or kept for the next line, which finishes the sentence).
  mutating func takeComparison(_ line: Line, text: String) -> Bool {
    if takeRateSentence(line, text: text) { return true }
    if let reading = ComparisonSentence.read(text, parser: parser) {
      // `…関係予算 総額で1兆2128億円…に対し`: the words the reading found before its amount.
      guard let label = reading.amount.label ?? comparisonLabel(text, line: line) else {
        return false
      }
      addComparison(reading, label: label, first: line, last: line)
      return true
    }
    guard ComparisonSentence.endsInComparison(text), comparisonHead == nil,
      let label = comparisonLabel(text, line: line)
    else { return false }
    comparisonHead = (text, line, label)
    return true
  }

  /// The line after a comparison broken after `と比べ、`: read with it, or both reported.
  /// True when the line was taken.
  mutating func continueComparison(_ line: Line) -> Bool {
    guard let head = comparisonHead else { return false }
    comparisonHead = nil
    let text = GenericLine.text(of: line)
    if let reading = RateSentence.read(head.text + text, parser: parser) {
      addRateSentence(reading, first: head.line, last: line)
      previous = (text, line, 2)
      return true
    }
    if let reading = ComparisonSentence.read(head.text + text, parser: parser) {
      addComparison(reading, label: head.label, first: head.line, last: line)
      previous = (text, line, 2)
      return true
    }
    report(head.line, text: head.text, why: "an amount inside a sentence is not exported")
    return false
  }

  /// The words before the amount (`総額 3兆213億円 …`), or the label line right above it
  /// (`1.環境保全経費の総額`); nil when there is neither.
  func comparisonLabel(_ text: String, line: Line) -> String? {
    let before = AmountLine.clean(String(text.prefix { !$0.isASCIIDigitCharacter }))
    if !before.isEmpty { return before }
    guard let previous, previous.amountCount == 0, previous.line.number < line.number,
      Self.isLabel(previous.text)
    else { return nil }
    return Self.joinLabel([previous.text])
  }

  mutating func addComparison(
    _ reading: ComparisonSentence.Reading, label: String, first: Line, last: Line
  ) {
    var record = AmountLineRecord(
      scope: .headline, label: label, amount: reading.amount, prior: reading.base,
      span: SourceSpan(line: first.number, endLine: last.endNumber))
    record.amount.label = label
    record.change = reading.change
    record.changeLine = last.number
    record.changeRatePercent = reading.rate
    record.context = context
    amountLines.append(record)
    contextHasAmounts = true
    lists.name = nil
  }

  /// `2兆1,149億円(前年度当初予算比10.3%増、+1,972億円)`: a change whose label ends with the
  /// rate against the earlier amount takes that rate, when the amount printed right before it
  /// on the line agrees: rate ≈ C / (B − C).
  static func attachLabelRates(_ records: inout [AmountLineRecord]) {
    guard records.count >= 2 else { return }
    for k in 1..<records.count {
      let before = records[k - 1]
      guard let rate = labelRate(records[k].label), before.prior == nil, before.isPart != true,
        records[k].isPart != true,
        let b = ComparisonSentence.exact(before.amount),
        let c = ComparisonSentence.exact(records[k].amount)
      else { continue }
      // The earlier amount, B − C, is uncertain by half a unit of each.
      let a = RatioSums.Exact(value: b.value - c.value, unit: b.unit + c.unit)
      if ComparisonSentence.rateHolds(rate, change: c, base: a) {
        records[k].changeRatePercent = rate
      }
    }
  }

  /// `前年度当初予算比10.3%増`: the signed rate after `比` at the end of a label.
  static func labelRate(_ label: String) -> DecimalNumber? {
    var text = label.filter { $0 != " " }
    guard let (word, decrease) = ComparisonSentence.endings.first(where: { text.hasSuffix($0.0) })
    else { return nil }
    text.removeLast(word.count)
    if text.hasSuffix("の") { text.removeLast() }
    guard text.hasSuffix("%") else { return nil }
    text.removeLast()
    let digits = text.reversed().prefix { $0.isASCIIDigitCharacter || $0 == "." }
    text.removeLast(digits.count)
    guard text.hasSuffix("比"), let value = DecimalNumber(ascii: String(digits.reversed())) else {
      return nil
    }
    return decrease ? value.negated() : value
  }
}
