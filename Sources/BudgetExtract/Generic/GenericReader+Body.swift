import BudgetModel

extension GenericReader {
  // MARK: body

  mutating func body(_ table: inout TableDraft, _ line: Line, _ kind: GenericLine) {
    if table.interleaved != nil { return interleave(&table, line, kind) }
    if table.labelBefore != nil { return labelBefore(&table, line, kind) }
    if continuesHeaderBeforeUnit(&table, line, kind) { return }
    if takesRepeatedHeaderOrUnit(&table, line, kind) { return }
    if takePartRateLine(&table, line, kind) || takesRowWithInlineRates(&table, line, kind)
      || collectsColumn(&table, line, kind)
      || takesGluedRate(&table, line, kind) || reportsFigureText(line, kind)
    {
      state = .body(table)
      return
    }
    switch kind {
    case .blank:
      _ = takeEmptyCell(&table, line)
      state = .body(table)
    case .unit:
      close(table)
      idle(line, kind)
    case .text(let text) where isParenthesizedRates(text):
      // `(+0.7%)` under a change: its rate, printed apart from the row's cells.
      if !attachRates(&table, line, text) {
        report(line, text: text, why: "a rate in parentheses under a change is not exported")
      }
      state = .body(table)
    case .text(let text):
      if Self.isNote(text) || AmountLine.parse(line, text: text, parser: parser) != nil
        || (table.pendingLabel.isEmpty && table.pendingCells.isEmpty && Self.opensHeader(text))
      {
        close(table)
        idle(line, kind)
      } else if table.pendingLabel.count >= labelLimit(table, adding: text)
        || !table.pendingCells.isEmpty
      {
        close(table)
        idle(line, kind)
      } else {
        table.pendingLabel.append((text, line))
        state = .body(table)
      }
    case .row where endsLabelColumn(table):
      close(table)
      idle(line, kind)
    case .row(let label, let cells):
      let n = table.meanings.count
      if !label.isEmpty, splitsIntoRows(line, n) {
        for (label, cells) in rows(in: line, n) {
          row(&table, line, label: label, cells: cells)
        }
      } else {
        row(&table, line, label: label, cells: cells)
      }
      state = .body(table)
    }
  }

  /// A text line that is a rate glued to the row above (`takeGluedRate`).
  mutating func takesGluedRate(_ table: inout TableDraft, _ line: Line, _ kind: GenericLine) -> Bool
  {
    guard case .text(let text) = kind else { return false }
    return takeGluedRate(&table, line, text)
  }

  mutating func row(_ table: inout TableDraft, _ line: Line, label: String, cells: [CellToken]) {
    if !table.wide.isEmpty, holdsWideRow(&table, line, label: label, cells: cells) { return }
    resolveWide(&table)
    let n = table.meanings.count
    if label.isEmpty {
      if let newItem = newItemRow(table, line, cells) {
        emit(&table, label: nil, cells: newItem, last: line)
        return
      }
      table.pendingCells += cells
      if table.pendingCells.count == n {
        emit(&table, label: nil, cells: table.pendingCells, last: line)
      } else if table.pendingCells.count > n {
        mismatch(&table, line, count: table.pendingCells.count)
      }
      return
    }
    if !table.pendingCells.isEmpty { mismatch(&table, line, count: table.pendingCells.count) }
    if cells.count == n {
      emit(&table, label: label, cells: cells, last: line)
    } else if cells.count < n, let damaged = damagedRow(label, cells, line: line, n: n) {
      emit(&table, label: damaged.label, cells: damaged.cells, last: line)
    } else if let short = shortRow(table, cells) {
      emit(&table, label: label, cells: short, last: line)
    } else if holdsWideRow(&table, line, label: label, cells: cells) {
      return
    } else {
      table.pendingLabel.append((label, line))
      mismatch(&table, line, count: cells.count)
    }
  }

  /// A row whose cells do not match the header's columns: reported, not read.
  mutating func mismatch(_ table: inout TableDraft, _ line: Line, count: Int) {
    var lines = table.pendingLabel.map(\.line.number)
    lines += table.pendingCells.map(\.line)
    lines.append(line.number)
    for number in Set(lines).sorted() {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "a row of \(count) cells under a header of \(table.meanings.count) columns (\(table.meanings.map(\.header).joined(separator: " | "))) is not read",
          text: number == line.number ? GenericLine.text(of: line) : "",
          span: SourceSpan(line: number)))
    }
    table.pendingLabel = []
    table.pendingCells = []
  }

  mutating func emit(_ table: inout TableDraft, label: String?, cells: [CellToken], last: Line) {
    var parts = table.pendingLabel.map(\.text)
    if let label { parts.append(label) }
    if parts.isEmpty, table.rows.isEmpty, table.leading.isEmpty {
      // Kept until the table ends: the rows' sum may show them to be its total.
      table.leading = cells
      table.pendingCells = []
      return
    }
    guard !parts.isEmpty else {
      // Figures printed before any label (the label comes later, or never): what they are is
      // not certain, so they are reported, not exported.
      for line in Set(cells.map(\.line)).sorted() {
        diagnostics.append(
          Diagnostic(
            kind: .unrecognizedLine,
            message: "a table row whose label is not printed before its figures",
            text: "", span: SourceSpan(line: line)))
      }
      table.pendingCells = []
      return
    }
    let first = table.pendingLabel.first?.line.number ?? last.number
    let joined = Self.joinLabel(parts)
    var record = SummaryRowRecord(
      label: joined, cells: cells.map(\.figure),
      span: SourceSpan(line: first, endLine: last.endNumber))
    if cells.contains(where: { $0.line != first }) { record.cellLines = cells.map(\.line) }
    record.isPartOfAbove = joined.hasPrefix("うち") || joined.hasPrefix("(うち")
    table.rows.append(record)
    table.cells.append(cells)
    table.pendingLabel = []
    table.pendingCells = []
  }

  /// Ends a table: exported when its arithmetic does not contradict the header's reading,
  /// reported row by row otherwise.
  mutating func close(_ draft: TableDraft) {
    let table = withoutOtherUnitRows(
      confirmingDamaged(
        withParenthesizedRates(
          withLeadingTotal(
            withSettlementStage(
              withSectionRow(withLabelRestAfter(releasingHeld(resolvingWide(draft)))))))))
    reportLeftOverCells(table)
    guard !table.rows.isEmpty else {
      for line in table.pendingLabel.map(\.line) { noteText(GenericLine.text(of: line), line) }
      return
    }
    var verdict = TableArithmetic.checkWithSums(table.meanings, rows: table.cells)
    let columns = table.meanings.map(\.header).joined(separator: " | ")
    let plain =
      !verdict.contradicted && verdict.held == 0
      && (Self.isPlain(table.meanings) || table.loneSettled)
    if verdict.contradicted {
      reportRows(
        table, .tableUnexplained,
        "the row arithmetic contradicts the header's reading (\(columns)); the table is not exported"
      )
      return
    }
    if verdict.held == 0 && !plain {
      reportRows(
        table, .tableUnexplained,
        "no change, rate or ratio column confirms the header's reading (\(columns)); the table is not exported"
      )
      return
    }
    let bare = Self.hasBareAmounts(table)
    if table.unit == nil && bare {
      reportRows(
        table, .unitUnknown, "the table (\(columns)) states no unit; its figures are not exported")
      return
    }
    if plain, let first = table.rows.first {
      diagnostics.append(
        Diagnostic(
          kind: .tableUnconfirmed,
          message:
            "no change, rate or ratio column confirms the header's reading (\(columns)); exported as the header reads",
          text: first.label, span: first.span))
    }
    // A row its own arithmetic contradicts (a cell out of place, a misprint) is not exported.
    for r in verdict.failedRows {
      diagnostics.append(
        Diagnostic(
          kind: .tableUnconfirmed,
          message:
            "the row's figures do not add up as the header says (\(columns)); the row is not exported",
          text: table.rows[r].label, span: table.rows[r].span))
    }
    let unproven = unprovenTrailingSigns(table).filter { !verdict.failedRows.contains($0) }
    verdict.failedRows = (verdict.failedRows + unproven).sorted()
    appendRecord(table, verdict)
    reportPartialSums(table)
    for line in table.pendingLabel.map(\.line) { noteText(GenericLine.text(of: line), line) }
  }

  /// Cells read after the table's last complete row.
  mutating func reportLeftOverCells(_ table: TableDraft) {
    for cell in table.pendingCells {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine, message: "a figure left over at the end of a table",
          text: "", span: SourceSpan(line: cell.line)))
    }
  }

  /// The table's record, without the rows its arithmetic contradicts.
  mutating func appendRecord(_ table: TableDraft, _ verdict: TableArithmetic.Verdict) {
    let failed = Set(verdict.failedRows)
    let kept = table.rows.indices.filter { !failed.contains($0) }.map { table.rows[$0] }
    guard let last = kept.last else { return }
    var record = SummaryTableRecord(
      section: table.caption, unit: table.unit, columns: table.header, rows: kept,
      span: SourceSpan(line: table.start, endLine: last.span.endLine))
    let cells = table.rows.indices.filter { !failed.contains($0) }.map { table.cells[$0] }
    record.meanings = RepeatedPartsHeader.proven(table.meanings, rows: cells)
    record.confirmed = verdict.held > 0 && verdict.failedRows.isEmpty
    tables.append(record)
  }

  /// Whether an amount cell prints no unit (a rate, ratio or share without `%`, `0.96`, is no
  /// amount in a unit).
  static func hasBareAmounts(_ table: TableDraft) -> Bool {
    let ratios: Set<ColumnMeaning.Kind> = [.ratePercent, .ratioPercent, .sharePercent]
    return table.cells.contains { cells in
      cells.indices.contains { k in
        !cells[k].hasUnit && !cells[k].isPercent && cells[k].figure.amount != nil
          && !(k < table.meanings.count && ratios.contains(table.meanings[k].kind))
      }
    }
  }

  /// Every row of a table that is not exported, with the reason.
  mutating func reportRows(_ table: TableDraft, _ kind: Diagnostic.Kind, _ message: String) {
    for row in table.rows {
      diagnostics.append(Diagnostic(kind: kind, message: message, text: row.label, span: row.span))
    }
    for line in table.pendingLabel.map(\.line) { noteText(GenericLine.text(of: line), line) }
  }
}
