import BudgetModel

extension GenericReader {
  /// A table flattened one cell per line with a `|` after each cell prints an empty cell as a
  /// line holding nothing but `|` (`4,632 |` / ` |` / `111 |`): inside a row whose label and
  /// first cells have been read and which still lacks cells, that line is the empty cell (no
  /// figure), so the next cells keep their columns. Elsewhere (between rows, before a label) a
  /// `|` line is a blank. True when the line was taken as a cell.
  mutating func takeEmptyCell(_ table: inout TableDraft, _ line: Line) -> Bool {
    let n = table.meanings.count
    guard line.normalized.contains(where: { $0 == "|" }),
      !table.pendingLabel.isEmpty, !table.pendingCells.isEmpty, table.pendingCells.count < n,
      table.pendingCells.allSatisfy({ $0.line != line.number })
    else { return false }
    table.pendingCells.append(
      CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: line.number))
    if table.pendingCells.count == n {
      emit(&table, label: nil, cells: table.pendingCells, last: line)
    }
    return true
  }
}
