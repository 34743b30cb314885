import BudgetModel

/// A row with a cell the converter damaged (`… 2,703,603 2,049,584 2,15,16 2,403,739`: digits
/// grouped other than in threes, naikakufu-h25). The damaged token is no figure, so the line
/// has one cell too few and its figures were taken into the label. When the label's trailing
/// figures, the damaged token counted as one cell, and the cells make exactly the header's
/// columns, each cell's column is certain; the damaged cell is read as nothing, and the row's
/// other figures are kept only when the rows' sums confirm them (`confirmingDamaged`).
extension GenericReader {
  /// The row's label and cells with each damaged token as an empty cell in its place, or nil
  /// when the count does not come out at exactly `n` columns.
  func damagedRow(_ label: String, _ cells: [CellToken], line: Line, n: Int)
    -> (label: String, cells: [CellToken])?
  {
    var tokens = label.split(separator: " ").map(String.init)
    var leading: [CellToken] = []
    while let last = tokens.last, leading.count + cells.count < n {
      if let cell = CellToken.parse(last, line: line.number, parser: parser) {
        leading.insert(cell, at: 0)
      } else if Self.isDamagedFigure(last) {
        var empty = CellToken(
          figure: PrintedFigure(amount: nil), isPercent: false, line: line.number)
        empty.isDamaged = true
        leading.insert(empty, at: 0)
      } else {
        break
      }
      tokens.removeLast()
    }
    // The label must end where the figures begin: a figure left in it is a cell too many.
    guard let end = tokens.last, leading.count + cells.count == n,
      leading.contains(where: \.isDamaged),
      CellToken.parse(end, line: line.number, parser: parser) == nil, !Self.isDamagedFigure(end)
    else { return nil }
    return (tokens.joined(separator: " "), leading + cells)
  }

  /// `2,15,16`: digits and commas only, grouped other than in threes.
  static func isDamagedFigure(_ token: String) -> Bool {
    var body = Substring(token)
    if let first = body.first, "▲△-+".contains(first) { body = body.dropFirst() }
    return body.first?.isASCIIDigitCharacter == true
      && body.allSatisfy { $0.isASCIIDigitCharacter || $0 == "," }
      && CellToken.hasBrokenGrouping(String(body))
  }

  /// Keeps a row with a damaged cell only when, in every other amount column, it is one of the
  /// rows that add up to a total row next to them (Σ rows = total, each figure at its printed
  /// precision): the sums show that its other figures are in their columns. Reported otherwise;
  /// the damaged cell is reported either way.
  mutating func confirmingDamaged(_ draft: TableDraft) -> TableDraft {
    var table = draft
    let n = table.meanings.count
    let damagedRows = table.cells.indices.filter { table.cells[$0].contains(where: \.isDamaged) }
    guard !damagedRows.isEmpty else { return table }
    var dropped: [Int] = []
    for r in damagedRows {
      let broken = Set(table.cells[r].indices.filter { table.cells[r][$0].isDamaged })
      let columns = table.meanings.indices.filter {
        table.meanings[$0].kind == .amount && !broken.contains($0)
      }
      let confirmed =
        !columns.isEmpty && table.cells.allSatisfy { $0.count == n }
        && Self.isSumPart(r, of: table.cells, columns: columns)
      diagnostics.append(
        Diagnostic(
          kind: confirmed ? .tableUnconfirmed : .unrecognizedLine,
          message: confirmed
            ? "a cell whose digits are damaged (grouped other than in threes) is not read; the row's other figures add up with the rows around them"
            : "a row with a damaged cell (digits grouped other than in threes) whose other figures no sum confirms is not read",
          text: table.rows[r].label, span: table.rows[r].span))
      if !confirmed { dropped.append(r) }
    }
    for r in dropped.reversed() {
      table.rows.remove(at: r)
      table.cells.remove(at: r)
    }
    return table
  }

  /// Whether row `r` is one of two to eight consecutive rows that add up to the row right after
  /// or right before them in every one of `columns`, no other of them damaged.
  static func isSumPart(_ r: Int, of rows: [[CellToken]], columns: [Int]) -> Bool {
    for length in 2...8 {
      for start in max(0, r - length + 1)...r where start + length <= rows.count {
        let parts = Array(start..<(start + length))
        guard parts.allSatisfy({ $0 == r || !rows[$0].contains(where: \.isDamaged) }) else {
          continue
        }
        for total in [start - 1, start + length] where rows.indices.contains(total) {
          if !rows[total].contains(where: \.isDamaged),
            RatioSums.adds(parts, to: total, rows, columns: columns)
          {
            return true
          }
        }
      }
    }
    return false
  }
}
