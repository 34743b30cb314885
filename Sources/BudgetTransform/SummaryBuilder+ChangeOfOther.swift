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
      || reportsChangeAfterOtherPrior(lines, at: k, &result)
  }

  /// soumu-r2's headline block with `令和元年度 補正後予算額 16 兆 6,295 億円` above
  /// `比 較 増 減 額 00 兆 5,633 億円`: the change line right after a line of the prior year's
  /// budget after its supplements (or its supplementary budget, its settlement) is the change
  /// from that figure, not from the initial budget; it was exported as the change (hunt5).
  func reportsChangeAfterOtherPrior(
    _ lines: [AmountLineRecord], at k: Int, _ result: inout Result
  ) -> Bool {
    let record = lines[k]
    guard k > 0, record.prior == nil, lines[k - 1].span.line >= record.span.line - 2,
      measure(of: record) == .change
    else { return false }
    let before = lines[k - 1].label.filter { $0 != " " && $0 != "\u{3000}" }
    let stages = ColumnMeaning.Stage.named(in: before)
    guard stages.contains(where: { [.revised, .supplementary, .settlement].contains($0) })
    else { return false }
    result.findings.append(
      Finding.notExported(
        "\(record.label): a change printed under \(lines[k - 1].label) is a change from that figure; not exported",
        lines: [record.span.line]))
    return true
  }
}
