import BudgetModel

extension GenericReader {
  /// `決算額の推移`, `【補正後予算額】`, `○執行額`, `概算要求額の推移`: a heading with no figure
  /// and no year that names a stage or an amount of the execution (`MeasureHeading`). The
  /// amounts below (a year series, items) are of what it names, not of the document's stage:
  /// it is their context, as a heading naming a year is (branch hunt3; issue #20). Before,
  /// only a line with `年度` became a context, and `決算額の推移` over `令和2年度 594億円` /
  /// `平成31年度 607億円` / … exported the settlements as the budget and the prior year's
  /// initial budget.
  /// A heading that only restates the stage of the context in force (a heading naming a
  /// year and that stage) leaves it.
  func takesMeasureHeading(_ compact: String) -> Bool {
    MeasureHeading.names(compact) && !MeasureHeading.restates(compact, context: context)
  }
}
