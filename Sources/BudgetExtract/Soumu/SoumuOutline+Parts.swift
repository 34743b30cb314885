import BudgetModel

extension SoumuOutline {
  /// The outline read so far as the overview list turns out to be the detail sections: a
  /// document without an overview list (「主要事項」) starts its details right after the
  /// summary tables. What only details have — a 【主な経費】 line, a bullet, a prior-year
  /// figure in parentheses — moves the records over; the outline is then built from the
  /// details alone.
  mutating func overviewWasDetails() {
    guard kind == .overview, out.details.isEmpty else { return }
    out.details = out.overview
    out.overview = []
    kind = .detail
    maxOverviewChapter = 0
    func moved(_ ref: (inDetail: Bool, index: Int)?) -> (inDetail: Bool, index: Int)? {
      ref.map { (true, $0.index) }
    }
    pendingHeading = moved(pendingHeading)
    completedHeading = moved(completedHeading)
    unpairedHeadings = unpairedHeadings.map { (true, $0.index) }
  }
}

extension SoumuOutline {
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

extension SoumuOutline {
  /// The rest of an expense's name wrapped after its figures, as a narrow cell prints it
  /// (`【主な経費】マイナンバーカード交付事業 253.9 億円` / `費補助金`). When the rest ends with a
  /// budget label (`援事業：令和5年度補正予算`), the figure is that budget's, not the document's.
  mutating func appendExpenseTail(_ index: Int, _ seg: Segment) throws -> Bool {
    let s = seg.s
    guard s.count <= Self.titleTailLimit, s.last != Self.sentenceEnd, s.last != ":", s.first != "[",
      s.first != "※",
      !figures.carriesFigure(s)
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
    let text = seg.line.trimmedText(0..<nameEnd).trimmingColon
    guard let label else {
      // Or the entry after it, wrapped before its figures: the next line tells, so the line
      // waits in the state and is added to the name only then.
      tentativeTail = (index, text, seg.line.endNumber)
      wrappedEntry = seg
      completedExpense = index
      return true
    }
    addTail((index, text, seg.line.endNumber))
    if out.expenses[index].supplementary == nil,
      var figure = out.expenses[index].amount
    {
      figure.label = label
      out.expenses[index].supplementary = figure
      out.expenses[index].amount = nil
    } else {
      completedExpense = index
    }
    return true
  }
}

extension SoumuOutline {
  /// Adds a line to an expense's name (and its span), once it is known to be the name's.
  mutating func addTail(_ tail: (index: Int, text: String, endLine: Int)?) {
    guard let tail else { return }
    out.expenses[tail.index].name += tail.text
    out.expenses[tail.index].span.endLine = tail.endLine
  }
}
