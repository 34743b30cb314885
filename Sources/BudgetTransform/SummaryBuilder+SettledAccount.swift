import BudgetModel

extension SummaryBuilder {
  /// The settled line of a bulleted account its identities prove (`GenericReader+
  /// BulletedAccount`): the settlement of the document's year, only in a settlement's document
  /// and when the heading above names no other year; otherwise reported.
  func settledAccountMeasure(_ record: AmountLineRecord) -> Measure? {
    guard ColumnMeasure(info: info, eras: eras).documentStage == .settlement,
      (record.context.map(yearsNamed) ?? []).allSatisfy({ $0 == info.fiscalYear }),
      !namesYearOrStage(record.label)
    else { return nil }
    return .budget
  }
}
