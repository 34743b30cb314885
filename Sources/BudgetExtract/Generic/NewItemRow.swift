import BudgetModel

/// A new item in a table printed one cell per line (soumu-h27-point-seifuan lines 79-83:
/// `(うち番号関係経費(事項要求))` / `528` / `+528`): the earlier year's cell is not printed, so
/// the row has one cell fewer than the header. A cell with a `+` sign is a change (no amount
/// prints one); when it comes where the change column would be if the earlier year's cell
/// were missing, and equals the later year's amount printed before it, B − A = C holds with
/// A absent and no other reading does (with B absent, C would be −A). The row is then read
/// with the earlier cell empty; any other short row is left to the header's count.
extension GenericReader {
  func newItemRow(_ table: TableDraft, _ line: Line, _ cells: [CellToken]) -> [CellToken]? {
    let n = table.meanings.count
    guard cells.count == 1, table.pendingCells.count == n - 2,
      GenericLine.text(of: line).hasPrefix("+"),
      let relation = ColumnMeaning.relations(table.meanings).first(where: {
        !$0.isQuotient && table.meanings[$0.result].kind == .change && $0.result == n - 1
          && $0.rhs < $0.result && $0.lhs < $0.result
      }),
      let change = cells[0].decimal, change.significand > 0
    else { return nil }
    var row = table.pendingCells
    // Line 0: a column the row does not print (no figure, no finding).
    let absent = CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0)
    row.insert(absent, at: relation.rhs)
    guard row.count == n - 1, let later = row[relation.lhs].decimal,
      later.significand * TableArithmetic.pow10(change.scale)
        == change.significand * TableArithmetic.pow10(later.scale)
    else { return nil }
    return row + cells
  }
}
