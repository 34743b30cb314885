import BudgetModel

extension SummaryBuilder {
  /// `8,700億円(870,044百万円)`, `870,044百万円(8,700億円)`: the figure in parentheses prints
  /// another unit and is the same amount at the coarser figure's precision: the amount
  /// restated, not the prior year's (it was exported as the prior year's initial budget).
  /// The parentheses are reported (branch hunt3).
  func restatesInOtherUnit(_ amount: PrintedFigure, _ other: PrintedFigure) -> Bool {
    let converter = builder.converter
    guard let a = amount.amount, let b = other.amount,
      let ua = a.parts.last.flatMap({ converter.units[$0.unit ?? converter.statedUnit] }),
      let ub = b.parts.last.flatMap({ converter.units[$0.unit ?? converter.statedUnit] }),
      ua != ub,
      let ya = try? converter.yen(a, source: "", line: 0),
      let yb = try? converter.yen(b, source: "", line: 0)
    else { return false }
    let half = max(converter.roundingHalfUnit(a), converter.roundingHalfUnit(b))
    return abs(ya - yb) <= half
  }
}
