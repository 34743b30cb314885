import BudgetModel

extension GenericReader {
  /// A one-row table whose header words and cells come in turn (PDF reading order of a table
  /// of one row: `区分`, the row's label, `27年度 予算額`, `8,696`, `28年度 予算額`, `18,179`,
  /// `増△減額`, `9,483 ○ 主な内容…`): each cell follows the words of its own column.
  struct Interleaved {
    /// The header lines read so far (every column up to the last cell).
    var headers: [String]
    var cells: [CellToken] = []
    /// Text lines since the last cell that name no column yet.
    var pending: [(text: String, line: Line)] = []
    var last: Line
  }

  /// Opens an interleaved table when no header word comes before the row's label and the
  /// words after it name exactly one column, followed by one cell alone on its line.
  mutating func openInterleaved(_ draft: HeaderDraft, firstRow line: Line, _ kind: GenericLine)
    -> Bool
  {
    guard case .row(let label, let cells) = kind, label.isEmpty, cells.count == 1,
      let end = draft.texts.lastIndex(where: { Self.isLabelOnly($0) }),
      end + 1 < draft.texts.count
    else { return false }
    var start = end
    while start > 0, Self.isLabelOnly(draft.texts[start - 1]) { start -= 1 }
    let before = draft.texts[..<start]
    let after = Array(draft.texts[(end + 1)...])
    let meanings = ColumnHeader.meanings(after.joined(separator: " "))
    guard !before.contains(where: ColumnHeader.hasHeaderWord),
      after.allSatisfy(ColumnHeader.hasHeaderWord), meanings.count == 1,
      meanings[0].kind == .amount
    else { return false }
    var table = TableDraft(
      meanings: meanings, unit: Self.tableUnit(draft.unit, header: after, units: units),
      caption: draft.caption ?? "", header: after,
      start: draft.lines.first?.number ?? line.number)
    for k in start...end { table.pendingLabel.append((draft.texts[k], draft.lines[k])) }
    table.interleaved = Interleaved(headers: after, cells: cells, last: line)
    state = .body(table)
    return true
  }

  /// One line of an interleaved table: header words of the next column, its cell (with the
  /// remark printed after it), or the end of the table.
  mutating func interleave(_ table: inout TableDraft, _ line: Line, _ kind: GenericLine) {
    guard var run = table.interleaved else { return }
    var cell: CellToken?
    var remark = ""
    switch kind {
    case .blank:
      state = .body(table)
      return
    case .row(let label, let cells) where label.isEmpty && cells.count == 1:
      cell = cells[0]
    case .text(let text):
      if let (first, rest) = leadingCell(text, line: line) {
        cell = first
        remark = rest
      } else if !Self.isNote(text), !Self.holdsFigure(text) {
        run.pending.append((text, line))
        table.interleaved = run
        state = .body(table)
        return
      }
    default: break
    }
    let headers = run.headers + run.pending.map(\.text)
    if let cell, ColumnHeader.meanings(headers.joined(separator: " ")).count == run.cells.count + 1
    {
      run.headers = headers
      run.pending = []
      run.cells.append(cell)
      run.last = line
      table.interleaved = run
      if Self.holdsFigure(remark) {
        report(line, text: GenericLine.text(of: line), why: "figures in a remark are not exported")
      }
      state = .body(table)
      return
    }
    finishInterleaved(&table)
    idle(line, kind)
  }

  /// `9,483 ○ 平成28年伊勢志摩サミット警戒警備等`: a cell, then text that is no cell.
  func leadingCell(_ text: String, line: Line) -> (CellToken, String)? {
    let tokens = Tokens.split(text)
    guard tokens.count >= 2,
      let cell = CellToken.parse(tokens[0], line: line.number, parser: parser),
      cell.figure.amount != nil,
      CellToken.parse(tokens[1], line: line.number, parser: parser) == nil
    else { return nil }
    return (cell, tokens[1...].joined(separator: " "))
  }

  /// Ends an interleaved table: its row is exported when its cells fill the header's columns
  /// and its arithmetic confirms them, reported otherwise.
  mutating func finishInterleaved(_ table: inout TableDraft) {
    guard let run = table.interleaved else { return }
    table.interleaved = nil
    let meanings = ColumnHeader.meanings(run.headers.joined(separator: " "))
    let verdict = TableArithmetic.check(meanings, rows: [run.cells])
    if run.cells.count >= 2, run.cells.count == meanings.count, verdict.held > 0,
      verdict.failedRows.isEmpty
    {
      table.meanings = meanings
      table.header = run.headers
      emit(&table, label: nil, cells: run.cells, last: run.last)
      close(table)
    } else {
      let lines = table.pendingLabel.map(\.line.number) + run.cells.map(\.line)
      for number in Set(lines).sorted() {
        diagnostics.append(
          Diagnostic(
            kind: .unrecognizedLine,
            message:
              "a row printed with its header words between its cells, which its arithmetic does not confirm, is not read",
            text: "", span: SourceSpan(line: number)))
      }
    }
    for (text, line) in run.pending { noteText(text, line) }
  }
}
