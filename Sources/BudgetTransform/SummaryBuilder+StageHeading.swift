import BudgetModel

extension SummaryBuilder {
  /// The measure of an amount line under a heading that names a stage or an amount of the
  /// execution and no year (`決算額の推移`, `補正後予算額`, `執行額`; `MeasureHeading`): the label's year (or the budget year when it names none)
  /// with the heading's stage, so a series of settlements or revised budgets is never read as
  /// the budget and the prior year's initial budget (branch hunt3; issue #20). An amount of
  /// the execution (`執行額`, `予算現額`, `見込額`) has no measure. Nil (the outer optional) when
  /// the rule does not apply: no such heading, or a label that names its own stage.
  func measureUnderYearlessHeading(_ label: String, context: String?) -> Measure?? {
    guard let context, !context.contains("年度"), !Self.namesYearWord(context),
      MeasureHeading.names(context.filter { $0 != " " && $0 != "\u{3000}" }),
      ColumnMeaning.Stage.named(in: label).isEmpty
    else { return nil }
    if MeasureHeading.namesExecution(context)
      || Self.namesOtherAmount(context)
    {
      return .some(nil)
    }
    return .some(measure(ofLine: label + " " + context))
  }

  /// Whether the heading above names an amount of the execution or the budget in force
  /// (`執行額の推移`, `予算現額`, `現行予算`): a year series under it is none of the years'
  /// initial budgets, whatever the document's stage.
  func namesOtherAmountAbove(_ context: String?) -> Bool {
    guard let context else { return false }
    let compact = context.filter { $0 != " " && $0 != "\u{3000}" }
    return MeasureHeading.namesExecution(compact) || Self.namesOtherAmount(compact)
  }
}
