import BudgetModel

/// Rates printed in parentheses under change cells (`+38` / `(+0.7%)`, or `+10,524` /
/// `+3,821` / `(+43.0%) (+12.3%)`): each is the rate of the change cell printed right before
/// it, in column order. They become a rate column after their change column, so the row
/// arithmetic checks them (rate = change / base · 100, the base the change's formula names)
/// and the transform exports only the rate of the change it exports.
extension GenericReader {
  /// Takes the rates of a parentheses line for the change cells printed just before it (the
  /// row being read, or the row just ended); false when they do not fall under change cells.
  func attachRates(
    _ table: inout TableDraft, _ line: Line, _ text: String, onTheRowsLine: Bool = false
  ) -> Bool {
    let rates = text.split(separator: " ").compactMap {
      CellToken.parse(String($0.dropFirst().dropLast()), line: line.number, parser: parser)
    }
    let cells: [CellToken]
    if !table.pendingCells.isEmpty {
      cells = table.pendingCells
    } else if table.pendingLabel.isEmpty, let last = table.cells.last {
      cells = last
    } else {
      return false
    }
    guard !rates.isEmpty, rates.count <= cells.count, let lastLine = cells.last?.line,
      lastLine < line.number || (onTheRowsLine && lastLine == line.number)
    else { return false }
    let columns = Array((cells.count - rates.count)..<cells.count)
    guard
      columns.allSatisfy({
        $0 < table.meanings.count && table.meanings[$0].kind == .change
          && cells[$0].figure.amount != nil
      }),
      !table.rates.contains(where: { rate in
        columns.contains { rate.column == $0 && rate.line == cells[$0].line }
      })
    else { return false }
    for (column, rate) in zip(columns, rates) {
      table.rates.append((cells[column].line, column, rate))
    }
    return true
  }

  /// The table with a rate column after each change column that has rates under it; a row
  /// without one has an empty cell there. Rates whose row was not read are reported.
  mutating func withParenthesizedRates(_ table: TableDraft) -> TableDraft {
    guard !table.rates.isEmpty else { return table }
    var placed = Set<Int>()
    let columns = Set(table.rates.map(\.column))
    var out = table
    out.meanings = []
    for (k, meaning) in table.meanings.enumerated() {
      out.meanings.append(meaning)
      if columns.contains(k) {
        out.meanings.append(ColumnMeaning(kind: .ratePercent, header: "(\(meaning.header)の率%)"))
      }
    }
    for r in table.rows.indices {
      var cells: [CellToken] = []
      for (k, cell) in table.cells[r].enumerated() {
        cells.append(cell)
        guard columns.contains(k) else { continue }
        if let i = table.rates.indices.first(where: {
          table.rates[$0].column == k && table.rates[$0].line == cell.line
        }) {
          placed.insert(i)
          cells.append(table.rates[i].cell)
        } else {
          cells.append(
            CellToken(figure: PrintedFigure(amount: nil), isPercent: true, line: cell.line))
        }
      }
      out.cells[r] = cells
      out.rows[r].cells = cells.map(\.figure)
      let first = out.rows[r].span.line
      if !out.rows[r].cellLines.isEmpty || cells.contains(where: { $0.line != first }) {
        out.rows[r].cellLines = cells.map(\.line)
      }
      let end = max(out.rows[r].span.endLine, cells.map(\.line).max() ?? first)
      out.rows[r].span = SourceSpan(line: first, endLine: end)
    }
    for (i, rate) in table.rates.enumerated() where !placed.contains(i) {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message: "a rate in parentheses under a change whose row is not read is not exported",
          text: "", span: SourceSpan(line: rate.cell.line)))
    }
    return out
  }
}
