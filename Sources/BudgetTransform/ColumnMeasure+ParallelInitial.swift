import BudgetModel

extension ColumnMeasure {
  /// `令和元年度予算(当初) 令和2年度予算(当初) 増減額` in a 予算(案) document: when the prior
  /// year's column and the budget year's print the same words but their years (both `当初`),
  /// `当初` tells the initial budget from the supplementary ones, and the budget year's initial
  /// budget in a proposal document is the proposal itself: its column is the budget. A
  /// budget-year `当初` printed beside no such prior-year column stays reported.
  func withParallelInitial(_ outcomes: [Outcome], _ meanings: [ColumnMeaning]) -> [Outcome] {
    guard documentStage == .proposal else { return outcomes }
    func rest(_ meaning: ColumnMeaning) -> String? {
      guard meaning.kind == .amount, meaning.stage == .initial, meaning.header.contains("当初"),
        let label = meaning.fiscalYearLabel, let range = meaning.header.range(of: label)
      else { return nil }
      var rest = meaning.header
      rest.removeSubrange(range)
      return rest
    }
    var result = outcomes
    for (k, meaning) in meanings.enumerated() where k < outcomes.count {
      guard case .unsupported = outcomes[k], let words = rest(meaning),
        meaning.fiscalYearLabel.flatMap(year) == info.fiscalYear
      else { continue }
      let parallel = meanings.indices.contains { j in
        guard
          case .measure(.priorInitial, let y, _)? = outcomes.indices.contains(j) ? outcomes[j] : nil
        else { return false }
        return y == info.fiscalYear - 1 && rest(meanings[j]) == words
      }
      if parallel {
        result[k] = .measure(.budget, year: info.fiscalYear, label: info.fiscalYearLabel)
      }
    }
    return result
  }
}
