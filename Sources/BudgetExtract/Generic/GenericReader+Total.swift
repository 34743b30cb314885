import BudgetModel

extension GenericReader {
  /// Cells printed before the first row label (`343,064` / `347,929` / `4,865`, then the
  /// rows, the label `一 般 会 計` after them all): the table's total row when the rows below
  /// add up to them exactly in every column (all rows, or the rows without `うち`); reported
  /// otherwise, as figures whose label is not printed before them.
  mutating func withLeadingTotal(_ draft: TableDraft) -> TableDraft {
    var table = draft
    guard !table.leading.isEmpty else { return table }
    let leading = table.leading
    table.leading = []
    let n = table.meanings.count
    let all = table.cells.filter { $0.count == n }
    let whole = table.rows.indices.filter { !table.rows[$0].isPartOfAbove }.map { table.cells[$0] }
    let sums = [all, whole].filter { $0.count >= 2 }
    guard all.count == table.cells.count, leading.count == n,
      table.meanings.contains(where: { $0.kind == .amount }),
      sums.contains(where: { Self.addsUp($0, to: leading, meanings: table.meanings) })
    else {
      for line in Set(leading.map(\.line)).sorted() {
        diagnostics.append(
          Diagnostic(
            kind: .unrecognizedLine,
            message: "a table row whose label is not printed before its figures",
            text: "", span: SourceSpan(line: line)))
      }
      return table
    }
    let first = leading.map(\.line).min() ?? table.start
    var record = SummaryRowRecord(
      label: "計", cells: leading.map(\.figure),
      span: SourceSpan(line: first, endLine: leading.map(\.line).max() ?? first))
    record.cellLines = leading.map(\.line)
    table.rows.insert(record, at: 0)
    table.cells.insert(leading, at: 0)
    return table
  }

  /// Whether every amount and change column of `rows` sums exactly to `total`'s cell.
  static func addsUp(_ rows: [[CellToken]], to total: [CellToken], meanings: [ColumnMeaning])
    -> Bool
  {
    for (k, meaning) in meanings.enumerated()
    where meaning.kind == .amount || meaning.kind == .change {
      guard let sum = Self.sum(rows.map(\.[k].figure)), let target = Self.sum([total[k].figure])
      else {
        return false
      }
      let scale = max(sum.scale, target.scale)
      if sum.value * TableArithmetic.pow10(scale - sum.scale)
        != target.value * TableArithmetic.pow10(scale - target.scale)
      {
        return false
      }
    }
    return true
  }
}
