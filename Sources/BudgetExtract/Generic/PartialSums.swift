import BudgetModel

extension GenericReader {
  /// Rows printed right under a row that add up to it in one amount column and not in another
  /// (keisan-h30-yosan-an-gaiyo: エネルギー対策特別会計 7,798 = 5,966 + 1,770 + 61, but 8,074 ≠
  /// 6,410 + 1,795 + 69): the rows are its parts, and one figure of the column that does not
  /// add up is not what the others say. Reported; the figures are exported as printed, never
  /// corrected.
  mutating func reportPartialSums(_ table: TableDraft) {
    let rows = table.cells.filter { $0.count == table.meanings.count }
    guard rows.count == table.cells.count else { return }
    let amounts = table.meanings.indices.filter { table.meanings[$0].kind == .amount }
    guard amounts.count >= 2 else { return }
    for total in rows.indices {
      for length in 2...8 where total + length < rows.count {
        let parts = Array((total + 1)...(total + length))
        // A sum of zeros (new items: `0 0 0`) shows nothing.
        let adding = amounts.filter { c in
          ([total] + parts).allSatisfy { (RatioSums.exact(rows[$0][c])?.value ?? 0) != 0 }
            && RatioSums.adds(parts, to: total, rows, columns: [c])
        }
        guard !adding.isEmpty else { continue }
        let failing = amounts.filter { !RatioSums.adds(parts, to: total, rows, columns: [$0]) }
        for column in failing {
          diagnostics.append(
            Diagnostic(
              kind: .tableUnconfirmed,
              message:
                "the \(length) rows under it add up to it in \(table.meanings[adding[0]].header) but not in \(table.meanings[column].header); its figures are exported as printed",
              text: table.rows[total].label, span: table.rows[total].span))
        }
        break
      }
    }
  }
}
