import BudgetModel

extension GenericReader {
  /// A line under a unit statement: an item with its change (`ChangeItem`), a bare item
  /// (`acceptBareItem`) or a bare amount with its comparison in parentheses.
  mutating func acceptScopedItem(_ line: Line, _ text: String) -> Bool {
    acceptChangeItem(line, text) || acceptBareItem(line, text)
      || acceptParenthesizedChange(line, text)
  }

  /// A text line that is no header line: an amount with its unit, or, right after a unit
  /// statement, a bare amount with its comparison in parentheses.
  func endsHeaderDraft(_ draft: HeaderDraft, _ line: Line, _ text: String) -> Bool {
    AmountLine.parse(line, text: text, parser: parser) != nil
      || (draft.lines.isEmpty && unitScope != nil
        && ParenthesizedChange.read(text, unit: unitScope, parser: parser) != nil)
  }

  /// A line whose amount is followed by words: a comparison sentence, or an amount with its
  /// comparison in parentheses.
  mutating func takeSentenceAmount(_ line: Line, text: String) -> Bool {
    takeComparison(line, text: text) || acceptParenthesizedChange(line, text)
      || attachWrappedChange(line, text) || attachChangeRun(line, text)
      || takeTotalAfterRun(line, text)
  }

  /// `○ 廃棄物対策 1,603億円` / `(対前年度 ▲109億円、▲6.4%)`: the comparison wrapped onto the
  /// line right after the amount it compares, that line holding nothing else. Read as the two
  /// lines printed as one (`ParenthesizedChange`, the same arithmetic), only when the line
  /// above gave exactly that one amount, with nothing in parentheses of its own. True when the
  /// line was taken.
  mutating func attachWrappedChange(_ line: Line, _ text: String) -> Bool {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard compact.hasPrefix("("), compact.hasSuffix(")"), !Self.isNote(text),
      let previous, previous.amountCount == 1, previous.line.number == line.number - 1,
      let last = amountLines.last, last.span.line == previous.line.number,
      last.span.endLine == previous.line.number, last.prior == nil, last.change == nil,
      last.changeRatePercent == nil, last.supplementary == nil, last.isPart != true,
      !previous.text.trimmingSpaces.hasSuffix(")"),
      let reading = ParenthesizedChange.read(
        previous.text + text, unit: unitScope, parser: parser),
      reading.amount == last.amount.amount
    else { return false }
    var record = last
    record.prior = reading.prior
    record.priorLine = reading.prior == nil ? nil : line.number
    record.change = reading.change
    record.changeLine = reading.change == nil ? nil : line.number
    record.changeRatePercent = reading.rate
    record.span = SourceSpan(line: last.span.line, endLine: line.endNumber)
    amountLines[amountLines.count - 1] = record
    return true
  }

  /// `予算(案)合計 2,644億円(対前年度126億円減 △4.6%)`, or a bare `347,933 (令和6年度は330,979
  /// +16,954 5.1%増)` under a unit statement: the amount with its prior year's amount, change
  /// and rate, once their arithmetic holds (`ParenthesizedChange`). The label is the words
  /// before the amount, or the label line right above it; a headline with neither, before any
  /// other figure of the document and with its prior printed, is the total of the document its
  /// title names. True when the line was taken.
  mutating func acceptParenthesizedChange(_ line: Line, _ text: String) -> Bool {
    guard !Self.isNote(text),
      let reading = ParenthesizedChange.read(text, unit: unitScope, parser: parser)
    else {
      return false
    }
    var label = reading.label
    if label.isEmpty {
      if let above = comparisonLabel(text, line: line) {
        label = above
      } else if reading.prior != nil, amountLines.isEmpty, tables.isEmpty,
        let title = titles.last?.text
      {
        label = title
      } else {
        return false
      }
    }
    var record = AmountLineRecord(
      scope: AmountLine.scope(of: label), label: AmountLine.clean(label),
      amount: PrintedFigure(amount: reading.amount, label: label), prior: reading.prior,
      span: SourceSpan(line: line.number, endLine: line.endNumber))
    // A comparison joined from the lines below (`OpenComparison`): each figure's own line.
    let lines = OpenComparison.figureLines(line, hasPrior: reading.prior != nil, parser: parser)
    record.priorLine = lines?.prior
    record.change = reading.change
    record.changeLine = reading.change == nil ? nil : lines?.change ?? line.number
    record.changeRatePercent = reading.rate
    record.context = context.flatMap { Self.holdsFigure($0) ? nil : $0 }
    amountLines.append(record)
    contextHasAmounts = true
    lists.name = nil
    return true
  }
}
