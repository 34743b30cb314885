import BudgetModel

extension GenericReader {
  /// A text line outside tables: a title while no table has been read, else a caption. A
  /// section heading (`【特別会計】`, `第2 …`) ends the scope of the unit stated before it.
  mutating func noteText(_ text: String, _ line: Line) {
    if Self.isSectionHeading(text) { unitScope = nil }
    updateContext(text)
    if Self.holdsFigure(text) {
      report(
        line, text: text,
        why: "figures in a line no rule reads (run together, or away from their labels)")
      return
    }
    if tables.isEmpty && amountLines.isEmpty || Self.namesDocument(text) {
      titles.append(TextRecord(text: text, span: line.span))
    }
    caption = text
    trackName(text, line)
    startListColumn(text)
  }
}
