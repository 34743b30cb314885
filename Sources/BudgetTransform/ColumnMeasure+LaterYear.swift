import BudgetModel

extension ColumnMeasure {
  /// The header of an amount column printing a year after the document's budget year, if any
  /// (`7年度 8年度` in 令和7年度's document): the table is of a later year's budget, or its
  /// years are not the ones the document's era gives them, so none of its columns is certain
  /// (the budget year's column would be the later year's prior; issue #20, hunt4).
  func columnAfterBudgetYear(_ meanings: [ColumnMeaning]) -> String? {
    meanings.first { meaning in
      guard meaning.kind == .amount, let label = meaning.fiscalYearLabel, let y = year(label)
      else { return false }
      return y > info.fiscalYear
    }?.header
  }
}
