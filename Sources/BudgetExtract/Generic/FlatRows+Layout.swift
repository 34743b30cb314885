import BudgetModel

/// Where a flattened table's header columns stand among its rows' cells (`FlatRows`).
extension FlatRows {
  /// The columns of a row: the header's own when every labelled run holds whole rows of it;
  /// else the header's columns placed among wider rows by their arithmetic, the other cells
  /// parts (`.other`). Nil when no placement, or more than one, holds on every row.
  static func layout(_ header: [ColumnMeaning], _ segments: [Segment]) -> [ColumnMeaning]? {
    let labelled = segments.filter {
      FlatTable.label($0.words) != nil && !$0.run.contains(where: \.cell.isPercent)
    }
    if !header.contains(where: { $0.kind == .other }),
      labelled.allSatisfy({ $0.run.count % header.count == 0 })
    {
      return header
    }
    let top = header.filter { $0.kind != .other }
    guard top.filter({ $0.kind == .amount }).count >= 2, let n = labelled.first?.run.count,
      n > top.count, n <= 12
    else { return nil }
    let sample = labelled.filter { $0.run.count == n }.map { $0.run.map(\.cell) }
    guard sample.count >= 2 else { return nil }
    var found: [[ColumnMeaning]] = []
    func place(_ positions: [Int]) {
      guard found.count < 2 else { return }
      if positions.count == top.count {
        var layout = Array(repeating: ColumnMeaning(kind: .other, header: "内訳"), count: n)
        for (p, meaning) in zip(positions, top) { layout[p] = meaning }
        if holds(layout, sample) { found.append(layout) }
        return
      }
      let from = positions.last.map { $0 + 1 } ?? 0
      let to = positions.isEmpty ? 0 : n - (top.count - positions.count)
      guard from <= to else { return }
      for p in from...to { place(positions + [p]) }
    }
    place([])
    return found.count == 1 ? found[0] : nil
  }

  /// Whether every row satisfies the layout's relations, and the cells between an amount
  /// column and the next column are none, or two or more that add up to it (one row at least
  /// printing two of them).
  static func holds(_ layout: [ColumnMeaning], _ rows: [[CellToken]]) -> Bool {
    var proven = false
    for cells in rows {
      guard RunTogether.explains(layout, cells) else { return false }
      for (p, meaning) in layout.enumerated() where meaning.kind == .amount {
        var q = p + 1
        while q < layout.count, layout[q].kind == .other { q += 1 }
        let parts = Array(cells[(p + 1)..<q])
        if parts.count == 1 { return false }
        guard parts.count >= 2 else { continue }
        guard addsUp(cells[p], parts) else { return false }
        if parts.filter({ $0.figure.amount != nil }).count >= 2 { proven = true }
      }
    }
    return proven || !layout.contains(where: { $0.kind == .other })
  }

  /// The parts (an empty cell is zero) add up to the total, to one unit of the last printed
  /// digit per part beyond the first (each part's own rounding).
  static func addsUp(_ total: CellToken, _ parts: [CellToken]) -> Bool {
    guard let t = total.decimal else { return false }
    var values: [DecimalNumber] = []
    for part in parts where part.figure.amount != nil {
      guard let d = part.decimal else { return false }
      values.append(d)
    }
    guard !values.isEmpty else { return false }
    let scales = ([t] + values).map(\.scale)
    let scale = scales.max() ?? 0
    let sum = values.reduce(Int64(0)) { $0 + $1.scaled(to: scale) }
    let unit = TableArithmetic.pow10(scale - (scales.min() ?? 0))
    return abs(sum - t.scaled(to: scale)) <= unit * Int64(parts.count - 1)
  }

  /// The cells whose rates are printed before the rows' labels: the rates stand for the change
  /// column and the cells after it, in order; only a change column's rate is read.
  static func ratedColumns(_ layout: [ColumnMeaning], _ segments: [Segment]) -> [Int] {
    guard let first = layout.firstIndex(where: { $0.kind == .change }) else { return [] }
    let counts = segments.filter { FlatTable.label($0.words) != nil }.map(\.rates.count)
    guard let k = counts.max(), k > 0, first + k <= layout.count else { return [] }
    return (first..<(first + k)).filter { layout[$0].kind == .change }
  }
}
