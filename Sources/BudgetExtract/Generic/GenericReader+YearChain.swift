import BudgetModel

extension GenericReader {
  /// A chain of yearly amounts (`YearChain`): each amount is read with its year as its label
  /// (`平成17年度`), and the caption above as its context (the words that say what the series
  /// is, `裁判所の当初予算`: the transform reads its stage from them). A caption naming another
  /// stage than `当初` (`補正後予算額の推移`, `概算要求額`) leaves the line unread: the years'
  /// labels alone would make the budget year's and the prior year's amounts the document's
  /// budget and the prior initial budget. True when the line was taken.
  mutating func acceptYearChain(_ line: Line, _ text: String) -> Bool {
    guard Set(ColumnMeaning.Stage.named(in: caption ?? "")).isSubset(of: [.initial]),
      let items = YearChain.items(text, parser: parser)
    else { return false }
    for item in items {
      var record = AmountLineRecord(
        scope: .headline, label: item.year,
        amount: PrintedFigure(amount: item.amount, label: item.year), span: line.span)
      record.context = caption
      amountLines.append(record)
    }
    contextHasAmounts = true
    lists.name = nil
    return true
  }
}
