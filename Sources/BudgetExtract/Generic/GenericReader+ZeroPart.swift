import BudgetModel

extension GenericReader {
  /// `比較増減額 00兆5,633億円` under `17兆1,928億円` and `16兆6,295億円`: a leading part printed
  /// as zero (`00兆`, a conversion artefact or a fixed-width field) may have lost its digits,
  /// so the amount is read only when the document's own arithmetic gives it: it is the
  /// difference of the two amounts printed right above it, to the yen.
  func zeroPartIsConfirmed(_ record: AmountLineRecord) -> Bool {
    guard let amount = record.amount.amount, amount.parts.count > 1,
      amount.parts[0].number.significand == 0
    else { return true }
    guard amountLines.count >= 2, let value = Self.exactYen(record.amount),
      let a = Self.exactYen(amountLines[amountLines.count - 2].amount),
      let b = Self.exactYen(amountLines[amountLines.count - 1].amount)
    else { return false }
    return abs(a - b) == abs(value)
  }

  static func exactYen(_ figure: PrintedFigure) -> Int128? {
    guard let amount = figure.amount else { return nil }
    let cell = CellToken(figure: PrintedFigure(amount: amount), isPercent: false, line: 0)
    return RatioSums.exact(cell)?.value
  }
}
