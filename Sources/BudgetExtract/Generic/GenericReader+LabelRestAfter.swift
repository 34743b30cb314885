import BudgetModel

/// The rest of a row's label printed on the line after its figures (kensain-r3 lines 7-9):
///
///     (項)会計検査院 17,021 16,847 △174 (うち要望額 98)
///     (項)会計検査院 78 75 △3
///     施 設 費
///
/// The last row's label is another row's of the table, word for word, and the words right
/// after its figures (then the table ends) name no row of their own: they are the rest of its
/// label (`(項)会計検査院施設費`). Without that, the row would be exported under another row's name.
extension GenericReader {
  func withLabelRestAfter(_ draft: TableDraft) -> TableDraft {
    guard draft.pendingLabel.count == 1, draft.pendingCells.isEmpty, draft.rows.count >= 2,
      let last = draft.rows.last, let rest = draft.pendingLabel.first,
      rest.line.number == last.span.endLine + 1, !Self.isNote(rest.text),
      !Self.holdsFigure(rest.text), !ColumnHeader.hasHeaderWord(rest.text)
    else { return draft }
    let compact = { (text: String) in text.filter { $0 != " " && $0 != "\u{3000}" } }
    guard draft.rows.dropLast().contains(where: { compact($0.label) == compact(last.label) })
    else { return draft }
    var table = draft
    let joined = Self.joinLabel([last.label, rest.text])
    table.rows[table.rows.count - 1].label = joined
    table.pendingLabel = []
    return table
  }
}
