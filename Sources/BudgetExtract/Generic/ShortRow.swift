import BudgetModel

/// A row printed one cell short of its header, on one line (naikakufu-r2-kotsu-anzen-yosan
/// line 18: `(1) 特定交通安全施設等整備事業(警察庁) 18,128 20,128 21,504 1,376` under
/// `平成30年度当初予算額 | 令和元年度当初予算額 | 令和2年度当初予算額 | 増減額 | 平成30年度決算`,
/// the 決算 not printed). The missing cell may be any column no relation of the header uses;
/// the row is read with that column empty only when exactly one such place makes every
/// relation the row can be checked on hold, and at least one can (21,504 − 20,128 = 1,376 with
/// the last column empty; with any other column empty, no relation is both checkable and
/// true). Two cells short (naikakufu-h20 line 21: `(1)港湾等の整備 23,851 18,057 ▲5,794`
/// under `平成18年度予算額 | 平成19年度予算額 | 平成20年度予算額 | 比較増減額 | 平成18年度決算額`):
/// read only when the printed cells are exactly the columns the relations use, so each one is
/// placed by a relation that holds, not by its order (18,057 − 23,851 = ▲5,794 with both 18年度
/// columns empty; every other pair of empty columns leaves no relation checkable). Any other
/// short row is left to the header's count (reported).
extension GenericReader {
  func shortRow(_ table: TableDraft, _ cells: [CellToken]) -> [CellToken]? {
    let n = table.meanings.count
    let relations = ColumnMeaning.relations(table.meanings)
    let used = Set(relations.flatMap { [$0.result, $0.lhs, $0.rhs] })
    let missing = n - cells.count
    guard n >= 4, missing == 1 || (missing == 2 && cells.count == used.count),
      table.pendingCells.isEmpty, !relations.isEmpty,
      cells.allSatisfy({ $0.figure.amount != nil && !$0.hasUnit && !$0.isDamaged })
    else { return nil }
    // Line 0: a column the row does not print (no figure, no finding).
    let absent = CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0)
    let fits = SettlementAccount.emptyPlacements(slots: n, missing: missing).compactMap {
      empty -> [CellToken]? in
      var row = cells
      for s in empty { row.insert(absent, at: s) }
      let verdict = TableArithmetic.check(table.meanings, rows: [row])
      return verdict.held > 0 && verdict.failedRows.isEmpty ? row : nil
    }
    guard fits.count == 1,
      fits[0].indices.allSatisfy({ fits[0][$0].line != 0 || !used.contains($0) })
    else { return nil }
    return fits[0]
  }
}
