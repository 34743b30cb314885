import BudgetModel

/// The lines of a table whose header names two amounts and whose cells stand one per line
/// (`UnheadedQuads`), held until the block ends: then read as rows of four cells when the
/// groups' arithmetic proves the two unheaded columns, else given back to the body reader
/// unchanged.
struct QuadState {
  var table: GenericReader.TableDraft?
  var first: (line: Line, kind: GenericLine)?
  var lines: [Line] = []
  var entries: [UnheadedQuads.Entry] = []
  /// Text lines since the last cell.
  var texts = 0
  var replaying = false

  var isOpen: Bool { table != nil }
}

extension GenericReader {
  /// A line taken by a block rule that holds its lines before any other rule sees them: this
  /// one, the rows with units (`+UnitRows`), a glued stacked table (`+GluedStacked`).
  mutating func takeBlockLine(_ line: Line) -> Bool {
    takeQuadLine(line) || takeUnitRows(line) || takeLongLine(line)
  }

  /// Opens the block at a table's first row: a single bare cell under a header of the two
  /// amounts this shape needs.
  mutating func openQuads(_ table: TableDraft, _ line: Line, _ kind: GenericLine) -> Bool {
    guard !quads.replaying, !quads.isOpen, UnheadedQuads.accepts(table.meanings),
      case .row(let label, let cells) = kind, label.isEmpty, cells.count == 1,
      !cells[0].hasUnit
    else { return false }
    quads.table = table
    quads.first = (line, kind)
    quads.entries = table.pendingLabel.map { .text($0.text, $0.line) } + [.cell(cells[0])]
    return true
  }

  /// Takes a line into the open block (true), or ends the block and leaves the line (false).
  mutating func takeQuadLine(_ line: Line) -> Bool {
    guard quads.isOpen, !quads.replaying else { return false }
    let kind = GenericLine.classify(line, parser: parser)
    switch kind {
    case .blank:
      quads.lines.append(line)
      return true
    case .unit:
      closeQuads()
      return false
    case .row(let label, let cells) where label.isEmpty && cells.count == 1 && !cells[0].hasUnit:
      quads.entries.append(.cell(cells[0]))
      quads.texts = 0
    case .text(let text) where CellToken.absentWords.contains(text.filter { $0 != " " }):
      // `-`: an empty cell standing alone on its line.
      guard let cell = CellToken.parse(text.filter { $0 != " " }, line: line.number, parser: parser)
      else { return false }
      quads.entries.append(.cell(cell))
      quads.texts = 0
    default:
      guard quads.texts < 12 else {
        closeQuads()
        return false
      }
      quads.entries.append(.text(GenericLine.text(of: line), line))
      quads.texts += 1
    }
    quads.lines.append(line)
    return true
  }

  mutating func closeQuads() {
    let block = quads
    quads = QuadState()
    guard var table = block.table, let first = block.first else { return }
    guard let reading = UnheadedQuads.read(block.entries, header: table.meanings) else {
      quads.replaying = true
      state = .idle
      body(&table, first.line, first.kind)
      for line in block.lines { consume(line) }
      quads.replaying = false
      return
    }
    table.meanings = reading.meanings
    table.pendingLabel = []
    for row in reading.rows {
      var record = SummaryRowRecord(
        label: row.label, cells: row.cells.map(\.figure),
        span: SourceSpan(line: row.labelLine.number, endLine: row.cells.last?.line))
      record.cellLines = row.cells.map(\.line)
      record.isPartOfAbove = row.label.hasPrefix("うち")
      table.rows.append(record)
      table.cells.append(row.cells)
    }
    close(table)
    for group in reading.unlabeled {
      let lines = group.map(\.line)
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message: "a row of four cells with no label printed before it is not read",
          text: group.map { $0.decimal.map { "\($0)" } ?? "-" }.joined(separator: " "),
          span: SourceSpan(line: lines.first ?? 0, endLine: lines.last)))
    }
    // Text lines after the last cell are no part of the table: read as any line.
    let lastCell =
      block.entries.reversed().lazy.compactMap { entry -> Int? in
        if case .cell(let cell) = entry { return cell.line }
        return nil
      }.first ?? first.line.number
    for case .text(let text, let line) in block.entries where line.number < lastCell {
      reportFigures(in: line, text: text, why: "a figure in a note is not exported")
    }
    for line in block.lines where line.number > lastCell { consume(line) }
  }
}
