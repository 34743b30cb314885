import BudgetModel

extension GenericReader {
  /// `(2兆2,777億円)` on the line after an amount: that amount's prior-year figure.
  mutating func attachPriorLine(_ records: [AmountLineRecord], line: Line, compact: String) -> Bool
  {
    guard compact.hasPrefix("("), compact.hasSuffix(")"), records.count == 1,
      let previous, previous.amountCount == 1, amountLines.last?.prior == nil,
      AmountLine.isPlainPrior(compact.dropFirst())
    else { return false }
    var prior = records[0].amount
    prior.label = nil
    amountLines[amountLines.count - 1].prior = prior
    amountLines[amountLines.count - 1].priorLine = line.number
    return true
  }
}
