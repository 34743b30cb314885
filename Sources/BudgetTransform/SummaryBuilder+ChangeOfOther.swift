import BudgetModel

extension SummaryBuilder {
  /// `平成31年度 607億円(前年度比 +39億円)` in 令和2年度's document: a change printed after an
  /// amount that is not the budget year's budget (a prior year's, a series' year, an amount
  /// with no measure) is that amount's change from its own prior year, never the budget
  /// year's change (the schema's `change` is the budget year's against the prior year). It was
  /// exported as the budget year's. Reported; true when the record was (branch hunt3).
  func reportsChangeOfOtherAmount(
    _ lines: [AmountLineRecord], at k: Int, series: [Int: (year: Int, label: String)],
    _ result: inout Result
  ) -> Bool {
    let record = lines[k]
    guard k > 0, lines[k - 1].span.line == record.span.line, measure(of: record) == .change
    else { return false }
    let before = lines[k - 1]
    let isBudgetYears =
      series[k - 1].map { $0.year == info.fiscalYear } ?? (measure(of: before) == .budget)
    guard !isBudgetYears else { return false }
    result.findings.append(
      Finding.notExported(
        "\(record.label): a change printed after an amount that is not the budget year's (\(before.label)) is that amount's change; not exported",
        lines: [record.span.line]))
    return true
  }

  /// `reportsUncertainChange` or `reportsChangeOfOtherAmount`: true when the record was
  /// reported.
  func reportsUnreadChange(
    _ lines: [AmountLineRecord], at k: Int, series: [Int: (year: Int, label: String)],
    stage: ColumnMeaning.Stage, _ result: inout Result
  ) -> Bool {
    reportsUncertainChange(of: lines[k], stage: stage, &result)
      || reportsChangeOfOtherAmount(lines, at: k, series: series, &result)
  }
}
