import BudgetModel

extension SummaryBuilder {
  /// A row whose label names a stage its column's header does not print (`当初+前年度補正` under
  /// `4年度`, `補正後` under `令和6年度予算額`: a 予算額 column is the initial budget only by
  /// default), or an amount of the execution (`法務省所管(執行額)`): its amounts are no measure
  /// the column names (hunt6: `補正後 806,140 870,264` under `令和6年度予算額 令和7年度予算額` was
  /// exported as 令和6年度's initial budget).
  /// A row naming the request (kankyo-h13's `1.要求額` under `平成12年度予算額`) is the group of
  /// requested items, whose prior year is the column's: only a supplementary, revised or
  /// settled stage contradicts a `予算額` column.
  static func rowNamesOtherAmount(_ label: String, _ meaning: ColumnMeaning) -> Bool {
    if meaning.stage == nil { return ColumnMeasure.namesOtherStage(label) || namesExecution(label) }
    let byDefault = meaning.stage == .initial && !meaning.header.contains("当初")
    let later: Set<ColumnMeaning.Stage> = [.supplementary, .revised, .settlement]
    return (byDefault && !later.isDisjoint(with: ColumnMeaning.Stage.named(in: label)))
      || namesExecution(label)
  }

  /// `法務省所管(執行額)`: a row of the execution, whose amounts and change are none of the
  /// schema's measures.
  static func namesExecution(_ label: String) -> Bool {
    ["執行額", "残額", "不用額", "実績額", "見込額", "決算見込"].contains(where: label.contains)
  }

  /// The change of an execution row, reported.
  static func executionChange(_ label: String, line: Int) -> Finding? {
    guard namesExecution(label) else { return nil }
    return Finding.notExported(
      "\(label): the change of an execution amount is no change of the budget; not exported",
      lines: [line])
  }
}
