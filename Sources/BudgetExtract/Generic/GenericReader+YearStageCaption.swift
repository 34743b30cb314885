import BudgetModel

extension GenericReader {
  /// `令和3年度` / `補正予算` / `159.9億円`: an amount alone on its line right under a line that
  /// is only a year and, above it, a line that is only a stage of the budget cycle's words —
  /// the two lines are the amount's caption, printed in two. The caption joined
  /// (`令和3年度補正予算`), or nil when the two lines before are anything else (a word beside
  /// the stage, a figure, a blank line between them).
  func yearStageCaption(before line: Line) -> String? {
    let earlier = idleLog.lines.filter { $0.line.number < line.number }
    guard earlier.count >= 2 else { return nil }
    let stageLine = earlier[earlier.count - 1]
    let yearLine = earlier[earlier.count - 2]
    guard stageLine.line.number == line.number - 1, yearLine.line.number == line.number - 2,
      !amountLines.contains(where: { $0.span.endLine >= yearLine.line.number })
    else { return nil }
    let year = GenericLine.text(of: yearLine.line).filter { $0 != " " && $0 != "\u{3000}" }
    let stage = GenericLine.text(of: stageLine.line).filter { $0 != " " && $0 != "\u{3000}" }
    guard !year.isEmpty, !stage.isEmpty, Self.isBareYear(year), Self.isStageOnly(stage) else {
      return nil
    }
    return year + stage
  }

}
