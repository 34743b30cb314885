import BudgetModel

/// What the parentheses after an amount line's amount are, and the finding for a line with no
/// measure (issue #20).
extension SummaryBuilder {
  /// An amount line whose label (or heading) names no measure of the schema.
  static func unmeasured(_ record: AmountLineRecord) -> Finding {
    Finding.notExported(
      "\(record.label): the label\(record.context.map { " (or the heading \($0))" } ?? "") "
        + "names a year, stage or kind of amount the schema has no measure for; not exported",
      lines: [record.span.line])
  }

  /// Whether the figure in parentheses after a budget amount is the prior year's. In a
  /// supplementary budget's or a settlement's document, parentheses after an amount hold other
  /// figures (the budget before the supplement, the budget against the settlement) as often
  /// as the prior year's: never in the first, only when their words name it in the second.
  func isPriorYears(_ prior: PrintedFigure, stage: ColumnMeaning.Stage) -> Bool {
    switch stage {
    case .supplementary: return false
    case .settlement: return priorIsNamedAsPrior(prior, strictly: true)
    default: return priorIsNamedAsPrior(prior)
    }
  }

  /// Whether a prior figure's label, when it names a year (`平成10年度当初予算額`), names the
  /// prior year's initial or supplementary budget; a label with no year (`前年度`) does.
  /// A circled year (`㉖`) must be the prior year's.
  func priorIsNamedAsPrior(_ prior: PrintedFigure, strictly: Bool = false) -> Bool {
    if let label = prior.label, let circled = circledYearIsPrior(label) { return circled }
    guard let label = prior.label, label.contains("年度") else { return !strictly }
    let named = measure(ofLine: label)
    return named == .priorInitial || named == .priorSupplementary
  }

  /// A change whose words print the year it is compared with (`3年度当初予算比+283億円` in
  /// 令和5年度's document, a sentence's clause): a change against another year than the prior
  /// one is no change of the schema; reported. True when the change was reported.
  func reportsOtherBase(
    _ change: PrintedFigure, of record: AmountLineRecord, line: Int, _ result: inout Result
  ) -> Bool {
    guard let base = change.label else { return false }
    let years = yearsNamed(base)
    guard !years.isEmpty, years != [info.fiscalYear - 1] else { return false }
    result.findings.append(
      Finding.notExported(
        "\(record.label): a change against another year than the prior one (\(base)) is not exported",
        lines: [line]))
    return true
  }
}
