import BudgetModel

extension DocumentIdentifier {
  /// A column that prints no year and nothing but the settled amount's words (`支出済歳出額`,
  /// `収納済歳入額`) at the settlement stage: the settlement of the document's own year (the
  /// extract reads such a column only where a heading names it too,
  /// `GenericReader+LoneSettledColumn`). A title that names no stage takes the settlement's
  /// from it (`tableStage`, branch gapsx) as it takes `予算案` from `7年度予算案`.
  static func isYearlessSettled(_ meaning: ColumnMeaning) -> Bool {
    meaning.kind == .amount && meaning.fiscalYearLabel == nil && meaning.stage == .settlement
      && ["支出済歳出額", "収納済歳入額"].contains(meaning.header)
  }
}
