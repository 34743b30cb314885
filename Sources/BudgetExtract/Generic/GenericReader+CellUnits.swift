import BudgetModel

extension GenericReader {
  /// A table without its rows whose cells print a unit other than the one its unit statement
  /// gives (`(単位:億円、%)` over `(参考)円レート 118円 - 120円 - -`): such a row holds another
  /// quantity (an exchange rate, a unit price), not the table's amounts. It is reported, not
  /// exported; a cell printing the table's own unit (`1兆2,091億円` under `億円`) is kept.
  mutating func withoutOtherUnitRows(_ draft: TableDraft) -> TableDraft {
    guard let unit = draft.unit else { return draft }
    let other = draft.cells.indices.filter { r in
      draft.cells[r].contains { cell in
        guard let printed = cell.figure.amount?.parts.last?.unit else { return false }
        return printed != unit
      }
    }
    guard !other.isEmpty else { return draft }
    var table = draft
    for r in other.reversed() {
      let row = table.rows[r]
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "a row whose cells print a unit other than the table's (\(unit)) is not exported",
          text: row.label, span: row.span))
      table.rows.remove(at: r)
      table.cells.remove(at: r)
    }
    return table
  }
}
