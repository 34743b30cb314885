import BudgetModel

/// The triples of bars and a change around a label's amounts in a chart of two years, and
/// the placing of the one the chart's totals prove (`GenericReader+ChartTotals`).
extension GenericReader {
  /// Each of the label's amounts as the later bar (a change right after it, then an amount
  /// alone: `1,197億円` / `(▲15億円)` / `1,212億円`) or as the earlier one (an amount alone, a
  /// change, then the label and its amount: `1,583億円` / `(+86億円)` / label / `1,497億円`),
  /// where the later minus the change is the earlier within the printed rounding.
  func chartTriples(_ owners: [Int], _ lines: [Line]) -> [ChartTriple?] {
    var result: [ChartTriple] = []
    for k in owners {
      let record = amountLines[k]
      let bar = ChartBar(figure: record.amount, line: record.span.line)
      if let (change, line) = changeAfter(record, lines),
        let next = nonBlankLine(from: line, step: 1, lines), let earlier = bareAmount(next)
      {
        result.append(
          ChartTriple(
            later: bar,
            change: ChartBar(figure: change, line: line),
            earlier: ChartBar(figure: earlier.figure, line: next.number), owner: k))
      }
      if let triple = tripleBefore(k, lines) { result.append(triple) }
    }
    return result.filter { triple in
      guard let x = triple.later.figure.amount, let c = triple.change.figure.amount,
        let y = triple.earlier.figure.amount
      else { return false }
      return Self.subtracts(x, c, to: y)
    }
  }

  /// The label's amount as the earlier bar: the change before it (across the label's own line
  /// printed over it) and the amount alone before the change.
  func tripleBefore(_ k: Int, _ lines: [Line]) -> ChartTriple? {
    let record = amountLines[k]
    guard var above = nonBlankLine(from: record.span.line, step: -1, lines) else { return nil }
    if changeOnly(above) == nil,
      GenericLine.text(of: above).filter({ $0 != " " }) == record.label.filter({ $0 != " " }),
      let next = nonBlankLine(from: above.number, step: -1, lines)
    {
      above = next
    }
    guard let change = changeOnly(above),
      let before = nonBlankLine(from: above.number, step: -1, lines), let later = bareAmount(before)
    else { return nil }
    return ChartTriple(
      later: ChartBar(figure: later.figure, line: before.number),
      change: ChartBar(figure: change, line: above.number),
      earlier: ChartBar(figure: record.amount, line: record.span.line), owner: k)
  }

  /// The first non-blank line after (`step` 1) or before (`step` −1) the line `number`.
  func nonBlankLine(from number: Int, step: Int, _ lines: [Line]) -> Line? {
    guard let at = lines.firstIndex(where: { $0.number == number }) else { return nil }
    var k = at + step
    while lines.indices.contains(k) {
      if !GenericLine.text(of: lines[k]).isEmpty { return lines[k] }
      k += step
    }
    return nil
  }

  /// `1,212億円`: a line that is one amount with its unit, nothing else.
  func bareAmount(_ line: Line) -> CellToken? {
    let compact = GenericLine.text(of: line).filter { $0 != " " }
    guard let first = compact.first, !"(（+▲-−".contains(first),
      let cell = CellToken.parse(compact, line: line.number, parser: parser),
      cell.hasUnit, !cell.isPercent, let amount = cell.figure.amount, !amount.isNegative
    else { return nil }
    return cell
  }

  /// Exports the placement: the triple's later bar as the label's amount with the earlier bar
  /// as its prior year and the change; each lone bar under its year's part of the heading.
  mutating func place(
    _ placement: ChartPlacement, doubled: [Int], singles: [Int],
    parts: (earlier: String, later: String, key: Int)
  ) {
    for k in singles {
      amountLines[k].context = placement.laterSingles.contains(k) ? parts.later : parts.earlier
    }
    guard let triple = placement.triple else { return }
    var record = amountLines[triple.owner]
    record.amount.amount = triple.later.figure.amount
    record.span = SourceSpan(line: triple.later.line)
    record.prior = triple.earlier.figure
    record.prior?.label = nil
    record.priorLine = triple.earlier.line
    record.change = triple.change.figure
    record.changeLine = triple.change.line
    record.context = parts.later
    amountLines[triple.owner] = record
    let placed = [triple.later.line, triple.change.line, triple.earlier.line]
    diagnostics.removeAll { placed.contains($0.span.line) && $0.kind == .unrecognizedLine }
    for other in doubled where other != triple.owner {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "the label is printed over a bar that is not its item's (the chart's totals place its item at other bars)",
          text: amountLines[other].label, span: amountLines[other].span))
    }
    let dropped = Set(doubled.filter { $0 != triple.owner })
    amountLines = amountLines.indices.filter { !dropped.contains($0) }.map { amountLines[$0] }
  }
}
