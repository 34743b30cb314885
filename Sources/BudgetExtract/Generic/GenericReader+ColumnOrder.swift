import BudgetModel

extension GenericReader {
  // MARK: column order

  /// Collects a block printed in column order: after two or more row labels, lines of one
  /// cell each (and `(94.5%)` lines), until another kind of line ends the block; the block is
  /// then read (`ColumnOrder`) or, when no reading is confirmed, given back line by line.
  /// Returns whether the line was taken.
  mutating func collectsColumn(_ table: inout TableDraft, _ line: Line, _ kind: GenericLine)
    -> Bool
  {
    if table.replaying { return false }
    if !table.run.isEmpty {
      if continuesRun(kind) {
        table.run.append((line, kind))
        return true
      }
      resolveRun(&table)
    }
    if table.readsColumns, case .text(let text) = kind, !Self.isNote(text),
      Self.holdsFigure(text)
    {
      // `合計(2~5)129,467`: a label and its figure run together is not a row label.
      if !table.oneColumn.isEmpty, let run = runTogetherTotal(text, line) {
        table.runTotal = (run.label, line, run.cell)
      }
      report(line, text: text, why: "a label and a figure run together in a column-order table")
      return true
    }
    guard case .row(let label, let cells) = kind, label.isEmpty, cells.count == 1,
      table.pendingCells.isEmpty, Self.rowLabels(table.pendingLabel).count >= 2
    else { return false }
    table.run.append((line, kind))
    return true
  }

  func continuesRun(_ kind: GenericLine) -> Bool {
    switch kind {
    case .blank: return true
    case .row(let label, let cells): return label.isEmpty && cells.count == 1
    case .text(let text): return parenthesizedPercent(text) != nil
    case .unit: return false
    }
  }

  /// `(94.5%)`: one percentage in parentheses.
  func parenthesizedPercent(_ text: String) -> CellToken? {
    guard text.hasPrefix("("), text.hasSuffix(")"), !text.contains(" ") else { return nil }
    let cell = CellToken.parse(String(text.dropFirst().dropLast()), line: 0, parser: parser)
    return cell?.isPercent == true ? cell : nil
  }

  /// The pending labels that are rows: a heading in 【】 inside the table is not a row.
  static func rowLabels(_ labels: [(text: String, line: Line)]) -> [(text: String, line: Line)] {
    labels.filter { !isBracketHeading($0.text) }
  }

  static func isBracketHeading(_ text: String) -> Bool {
    text.hasPrefix("【") && text.hasSuffix("】")
  }

  /// A line that is a row label whatever words it holds: a heading in 【】 or a numbered item
  /// (`1.要求額`, `(2)公共事業`), which no header line is.
  static func isMarkedLabel(_ text: String) -> Bool {
    let compact = Array(text.filter { $0 != " " })
    if isBracketHeading(String(compact)) { return true }
    var k = 0
    let open = compact.first == "("
    if open { k += 1 }
    let digits = k
    while k < compact.count, compact[k].isASCIIDigitCharacter { k += 1 }
    guard k > digits, k < compact.count - 1 else { return false }
    return open ? compact[k] == ")" : ".．、".contains(compact[k])
  }

  /// Reads the collected block, or gives it back line by line.
  mutating func resolveRun(_ table: inout TableDraft) {
    let run = table.run
    table.run = []
    let rows = Self.rowLabels(table.pendingLabel)
    var tokens: [ColumnOrder.Token] = []
    for (line, kind) in run {
      switch kind {
      case .row(_, let cells):
        let text = GenericLine.text(of: line)
        tokens.append(
          .init(
            cell: cells[0], parenthesized: false,
            unsigned: text.first?.isASCIIDigitCharacter == true))
      case .text(let text):
        guard var cell = parenthesizedPercent(text) else { continue }
        cell.line = line.number
        tokens.append(.init(cell: cell, parenthesized: true, unsigned: false))
      default: continue
      }
    }
    let reading = ColumnOrder.read(rows: rows.count, tokens: tokens, meanings: table.meanings)
    let placed = reading.flatMap {
      ColumnOrder.placeHeading(rows, text: \.text, $0, meanings: table.meanings)
    }
    if let reading, let rows = placed {
      if let x = oneColumnPlace(reading, table) {
        placeOneColumn(x, width: reading.rows[0].count, into: &table)
      }
      accept(reading, rows: rows, into: &table)
    } else if table.readsColumns || table.pendingLabel.count > 4 || reading != nil {
      // The table is printed in column order: this block is not read row by row either.
      let lines = table.pendingLabel.map(\.line.number) + tokens.map(\.cell.line)
      if table.readsColumns { holdOneColumn(rows, tokens, lines: lines, into: &table) }
      for number in Set(lines).sorted() {
        diagnostics.append(
          Diagnostic(
            kind: .unrecognizedLine,
            message: reading == nil
              ? "cells printed in column order that no reading of the header's columns (\(table.meanings.map(\.header).joined(separator: " | "))) explains by the rows' arithmetic are not read"
              : ColumnOrder.unplacedHeadingMessage,
            text: "", span: SourceSpan(line: number)))
      }
      table.pendingLabel = []
    } else {
      let saved = state
      table.replaying = true
      for (line, kind) in run { body(&table, line, kind) }
      table.replaying = false
      state = saved
    }
  }

  /// The rows of a confirmed column-order reading, each with its label.
  mutating func accept(
    _ reading: ColumnOrder.Reading, rows: [(text: String, line: Line)],
    into table: inout TableDraft
  ) {
    for heading in table.pendingLabel where Self.isBracketHeading(heading.text) {
      noteText(heading.text, heading.line)
    }
    table.pendingLabel = []
    for (r, row) in rows.enumerated() {
      let cells = reading.rows[r].map {
        // A column the block does not print: line 0 (`SummaryRowRecord.cellLines`).
        $0 ?? CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0)
      }
      emit(&table, label: row.text, cells: cells, last: row.line)
      // The row is printed from its label to its last cell (its rate's line included).
      if let end = cells.map(\.line).max(), let k = table.rows.indices.last,
        end > table.rows[k].span.endLine
      {
        table.rows[k].span.endLine = end
      }
    }
    for pair in reading.signed {
      let cell = reading.rows[pair.row][pair.column]!
      diagnostics.append(
        Diagnostic(
          kind: .tableUnconfirmed,
          message:
            "a change printed without its sign is a decrease by the row's arithmetic (B − A = −C, and another relation of the row holds): exported with its sign",
          text: rows[pair.row].text, span: SourceSpan(line: cell.line)))
    }
    table.readsColumns = true
  }
}
