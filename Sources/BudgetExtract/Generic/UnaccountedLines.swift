import BudgetModel

/// The last check of the generic layout: a line that holds a figure and that no record, no
/// title and no diagnostic accounts for is reported with its number, so that no rule that
/// skips a line can lose its figures without a word.
extension GenericReader {
  mutating func reportUnaccounted(_ lines: [Line]) {
    var covered = Set<Int>()
    func cover(_ span: SourceSpan) {
      covered.formUnion(span.line...max(span.line, span.endLine))
    }
    for table in tables {
      cover(table.span)
      for row in table.rows {
        cover(row.span)
        covered.formUnion(row.cellLines)
      }
    }
    for record in amountLines {
      cover(record.span)
      if let prior = record.priorLine { covered.insert(prior) }
    }
    for title in titles { cover(title.span) }
    for diagnostic in diagnostics { cover(diagnostic.span) }
    for line in lines where !covered.contains(line.number) {
      let text = GenericLine.text(of: line)
      guard Self.holdsFigure(text) else { continue }
      report(line, text: text, why: "figures that no rule of the reader placed")
    }
  }
}
