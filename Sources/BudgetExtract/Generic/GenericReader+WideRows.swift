import BudgetModel

/// Rows wider than their header, one per line, under a two-level header printed on lines of
/// its own: `平成30年度 平成31年度 増△減` / `通常分 臨時・特別の措置 うち、通常分` over
/// `一般会計歳出(A) 977,128 1,014,571 994,291 20,280 37,443 17,163` (the sub-columns under
/// 平成31年度 and 増△減 are not placed by the header). The rows are held until the table ends
/// or a row of another width comes, then read as a flattened one is (`FlatRows.layout`): the
/// header's columns placed among the cells by every row's arithmetic (exactly one placement,
/// two rows at least), the cells between them parts (`FlatRows.provenParts`: named by the
/// header's part words, proven by their sums and differences, else reported). Rows no
/// placement explains are reported as before.
extension GenericReader {
  /// Holds a labelled row wider than the header at the start of a table; false when the row
  /// is no such row.
  mutating func holdsWideRow(
    _ table: inout TableDraft, _ line: Line, label: String, cells: [CellToken]
  ) -> Bool {
    let n = table.meanings.count
    guard !label.isEmpty, table.rows.isEmpty, table.pendingCells.isEmpty,
      table.pendingLabel.isEmpty, cells.count > n, cells.count <= 12,
      !cells.contains(where: \.isPercent),
      table.meanings.filter({ $0.kind == .amount }).count >= 2,
      table.meanings.contains(where: { $0.kind == .change }),
      table.wide.allSatisfy({ $0.cells.count == cells.count })
    else { return false }
    table.wide.append((label, line, cells))
    return true
  }

  /// The held wide rows read, or reported when no single placement explains them.
  mutating func resolveWide(_ table: inout TableDraft) {
    let wide = table.wide
    guard !wide.isEmpty else { return }
    table.wide = []
    let pending = table.pendingLabel
    table.pendingLabel = []
    defer { table.pendingLabel = pending }
    let segments = wide.map {
      FlatRows.Segment(
        words: [FlatTable.Token(text: $0.label, range: 0..<0)], rates: [],
        run: $0.cells.map { ("", $0) })
    }
    guard wide.count >= 2, let layout = FlatRows.layout(table.meanings, segments),
      layout.count == wide[0].cells.count, layout.contains(where: { $0.kind == .other })
    else {
      for row in wide {
        table.pendingLabel = [(row.label, row.line)]
        mismatch(&table, row.line, count: row.cells.count)
      }
      return
    }
    let tokens = table.header.joined(separator: " ").split(separator: " ").map(String.init)
    table.meanings = FlatRows.provenParts(
      layout, words: FlatRows.partWords(tokens, table.meanings), rows: wide.map(\.cells))
    for row in wide { emit(&table, label: row.label, cells: row.cells, last: row.line) }
  }

  /// The table with its held wide rows read (at its close).
  mutating func resolvingWide(_ draft: TableDraft) -> TableDraft {
    var table = draft
    resolveWide(&table)
    return table
  }
}
