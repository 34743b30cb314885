import BudgetModel

extension GenericReader {
  /// A text line outside tables: a title while no table has been read, else a caption. A
  /// section heading (`【特別会計】`, `第2 …`) ends the scope of the unit stated before it.
  mutating func noteText(_ text: String, _ line: Line) {
    if Self.isSectionHeading(text) { unitScope = nil }
    updateContext(text)
    if Self.holdsFigure(text) {
      if takeParenthesizedSignedRow(line, text) || takeClauseLine(line, text) { return }
      if let caption = ClauseCaption.read(text) { return noteText(caption, line) }
      report(
        line, text: text,
        why: "figures in a line no rule reads (run together, or away from their labels)")
      return
    }
    if tables.isEmpty && amountLines.isEmpty || Self.namesDocument(text) {
      titles.append(TextRecord(text: text, span: line.span))
    } else if Self.namesBudgetOfYear(text) {
      budgetCaptions.append(TextRecord(text: text, span: line.span))
    }
    caption = text
    trackName(text, line)
    startListColumn(text)
  }

  /// A caption that names the budget of a year (`平成 29 年度租税及印紙収入予算額`): `年度`
  /// followed by a name and `予算額` at the end, with no figure.
  static func namesBudgetOfYear(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard let year = compact.range(of: "年度"), compact.hasSuffix("予算額") else { return false }
    return compact[year.upperBound...].count > "予算額".count
  }
}
