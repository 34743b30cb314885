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
    guard let tail = try figures.expenseTail(&c, line: seg.line), FigureParser.atLineEnd(c),
      tail.amount != nil || tail.supplementary != nil
    else { return false }
    appendExpense(
      ExpenseRecord(
        kind: .main, name: name.line.trimmedText(0..<name.s.count).trimmingColon,
        amount: tail.amount,
        supplementary: tail.supplementary, isNew: tail.isNew, detailIndex: currentDetailIndex,
        span: SourceSpan(line: name.number, endLine: seg.line.endNumber)))
    expenseListOpen = true
    return true
  }
}

extension ExtractionState {
  /// The rest of an expense's name wrapped after its figures, as a narrow cell prints it
  /// (`【主な経費】マイナンバーカード交付事業 253.9 億円` / `費補助金`). When the rest ends with a
  /// budget label (`援事業：令和5年度補正予算`), the figure is that budget's, not the document's.
  mutating func appendExpenseTail(_ index: Int, _ seg: Segment) throws -> Bool {
    let s = seg.s
    guard s.count <= Self.titleTailLimit, s.last != Self.sentenceEnd, s.last != ":", s.first != "[",
      s.first != "※",
      !carriesFigure(s)
    else { return false }
    // `(後掲)` on its own line is a marker of the figures, not a piece of the name.
    var probe = Cursor(s)
    var figure = PrintedFigure(amount: nil)
    var isNew = false
    if figures.marker(&probe, into: &figure, isNew: &isNew) { return false }
    var nameEnd = s.count
    var label: String?
    if let colon = s.firstIndex(of: ":") {
      var c = Cursor(s, from: colon + 1)
      c.skipSpaces()
      if let range = figures.budgetLabel(&c), FigureParser.atLineEnd(c) {
        nameEnd = colon
        label = seg.line.compactText(range)
      }
    }
    if label == nil {
      // Or the entry after it, wrapped before its figures: the next line tells.
      undoTail = (index, document.expenses[index])
      wrappedEntry = seg
    }
    document.expenses[index].name += seg.line.trimmedText(0..<nameEnd).trimmingColon
    document.expenses[index].span.endLine = seg.line.endNumber
    if let label, document.expenses[index].supplementary == nil,
      var figure = document.expenses[index].amount
    {
      figure.label = label
      document.expenses[index].supplementary = figure
      document.expenses[index].amount = nil
    } else {
      completedExpense = index
    }
    return true
  }
}
