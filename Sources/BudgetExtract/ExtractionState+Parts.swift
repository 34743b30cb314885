import BudgetModel

extension ExtractionState {
  /// The outline read so far as the overview list turns out to be the detail sections: a
  /// document without an overview list (「主要事項」) starts its details right after the
  /// summary tables. What only details have — a 【主な経費】 line, a bullet, a prior-year
  /// figure in parentheses — moves the records over; the outline is then built from the
  /// details alone.
  mutating func overviewWasDetails() {
    guard mode == .overview, document.details.isEmpty else { return }
    document.details = document.overview
    document.overview = []
    mode = .detail
    maxOverviewChapter = 0
    func moved(_ ref: (inDetail: Bool, index: Int)?) -> (inDetail: Bool, index: Int)? {
      ref.map { (true, $0.index) }
    }
    pendingHeading = moved(pendingHeading)
    completedHeading = moved(completedHeading)
    unpairedHeadings = unpairedHeadings.map { (true, $0.index) }
  }
}

extension ExtractionState {
  /// An entry of a 【主な経費】 list wrapped before its figures (`…海外展開の推進` / `0.4 億円`):
  /// when `seg` is nothing but an expense's figures, the entry is `name` with them and the
  /// list goes on.
  mutating func completeWrappedEntry(_ name: Segment, _ seg: Segment) throws -> Bool {
    var c = Cursor(seg.s)
    guard let tail = try FigureParser.expenseTail(&c, line: seg.line), FigureParser.atLineEnd(c),
      tail.amount != nil || tail.supplementary != nil
    else { return false }
    appendExpense(
      ExpenseRecord(
        kind: .main, name: name.line.text(0..<name.s.count).trimmingSpaces.trimmingColon, amount: tail.amount,
        supplementary: tail.supplementary, isNew: tail.isNew, detailIndex: currentDetailIndex,
        span: SourceSpan(line: name.number, endLine: seg.line.endNumber)))
    expenseListOpen = true
    return true
  }
}
