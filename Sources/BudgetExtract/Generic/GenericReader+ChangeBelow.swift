import BudgetModel

extension GenericReader {
  /// `一般会計(…)+特別会計 3,368億円` / (a blank line) / `(対前年度 531億円増 18.7%増)`
  /// (kankyo-h17-gaisan-yokyu-gaiyo lines 7-9): a line of nothing but a comparison with the
  /// prior year in parentheses, its change and its rate, under a line that gave exactly one
  /// amount (only blank lines between). Read as that amount's comparison only when the
  /// amount, the change and the rate hold together (`ParenthesizedChange`: C / (B − C) is the
  /// rate at its printed precision); a change alone or a rate that fails proves nothing. True
  /// when the line was taken.
  mutating func acceptChangeBelow(_ line: Line, _ text: String) -> Bool {
    guard let previous, previous.amountCount == 1, line.number - previous.line.number <= 2,
      let record = amountLines.last, record.span.line == previous.line.number,
      record.prior == nil, record.change == nil, record.changeRatePercent == nil,
      record.isPart != true, let b = record.amount.amount,
      let reading = ParenthesizedChange.read(
        previous.text + text, unit: nil, parser: parser),
      reading.prior == nil, let change = reading.change, let rate = reading.rate,
      reading.amount == b
    else { return false }
    attachComparison(to: record, change: change, rate: rate, on: line)
    return true
  }

  /// The last amount line, `record`, takes the change and rate printed on `line` below it.
  mutating func attachComparison(
    to record: AmountLineRecord, change: PrintedFigure, rate: DecimalNumber, on line: Line
  ) {
    var record = record
    record.change = change
    record.changeLine = line.number
    record.changeRatePercent = rate
    record.span.endLine = max(record.span.endLine, line.endNumber)
    amountLines[amountLines.count - 1] = record
  }
}
