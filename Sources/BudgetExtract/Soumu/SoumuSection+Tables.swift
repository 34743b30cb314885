import BudgetModel

/// A summary-table row being read one cell per line, or a label waiting for its amount.
struct TableRowInProgress {
  /// The last line of text without figures (a row label or a headline label).
  var label: Segment?
  var cells: [PrintedFigure] = []
  var endLine = 0
  /// The previous line completed a row (a following short text line continues its label).
  var lastWasRow = false
  /// Lines of text in a row (headline labels printed before their amounts) and the amounts
  /// printed after them.
  var labels: [Segment] = []
  var headlineRun: [(figure: PrintedFigure, segment: Segment)] = []
}

extension SoumuSection {
  static let defaultTableCells = 4
  static let labelContinuationLimit = 12

  /// The headline totals and summary tables of a section (`第1 一般会計`). Cells are read
  /// from tabs or aligned columns (`TableCells`); when a converter prints each cell on its
  /// own line, the cells are gathered until the row is complete.
  mutating func handleSectionBody(_ seg: Segment) throws {
    let s = seg.s
    if s.first == "※" {
      resolveHeadlineRun()
      tableRow = TableRowInProgress()
      return
    }
    let cells = TableCells.split(seg.line)
    if cells.count >= 3 {
      let cellFigures = try cells.dropFirst().map { try figures.cellFigure($0) }
      if cellFigures.allSatisfy({ $0 != nil }) {
        try appendRow(label: cells[0], cellFigures.compactMap { $0 }, seg)
        return
      }
      if cellFigures.allSatisfy({ $0 == nil }) {
        startTable(columns: cells.map { String(trimming: $0[...]) }, seg)
        return
      }
    }
    let tableOpen = currentTable != nil || tableUnit != nil
    let single = cells.count == 1 ? try figures.cellFigure(cells[0]) : nil
    if let single, single.hasUnit {
      tableRow.headlineRun.append((single, seg))
      return
    }
    resolveHeadlineRun()
    if let single, tableOpen {
      addCell(single, seg)
      return
    }
    if let found = try figures.trailingHeadingFigures(s, from: 1), found.prior == nil {
      if found.amount.hasUnit {
        let label = seg.line.trimmedText(0..<found.titleEnd)
        out.headlines.append(
          HeadlineRecord(section: title, label: label, figure: found.amount, span: seg.span))
        return
      }
      if tableOpen, tableRow.cells.isEmpty {
        // A wrapped label with the row's first cell after it (`総務省所管計上額 (地方交付 570`).
        tableRow = TableRowInProgress(
          label: Segment(line: seg.line.slice(0..<found.titleEnd), isBullet: false))
        addCell(found.amount, seg)
        return
      }
    }
    if figures.carriesFigure(s) {
      out.report(.unrecognizedLine, "a figure outside any headline or table row", seg)
      return
    }
    if tableOpen, continuesRowLabel(seg) { return }
    tableRow.label = seg
    tableRow.cells = []
    tableRow.lastWasRow = false
    tableRow.labels.append(seg)
  }

  /// Headline amounts printed one per line after their labels (reading-order text): paired
  /// in order when the counts match (one amount takes the last label), reported otherwise.
  mutating func resolveHeadlineRun() {
    let run = tableRow.headlineRun
    guard !run.isEmpty else { return }
    let labels = run.count == 1 ? Array(tableRow.labels.suffix(1)) : tableRow.labels
    tableRow.headlineRun = []
    tableRow.labels = []
    tableRow.label = nil
    guard labels.count == run.count else {
      for entry in run {
        out.report(
          .unrecognizedLine,
          "one of \(run.count) amounts printed after \(labels.count) labels; the counts differ, so they are not paired",
          entry.segment)
      }
      return
    }
    for (label, entry) in zip(labels, run) {
      out.headlines.append(
        HeadlineRecord(
          section: title, label: label.line.trimmedText(0..<label.s.count),
          figure: entry.figure,
          span: SourceSpan(line: label.number, endLine: entry.segment.line.endNumber)))
    }
  }

  /// The rest of a row label cut inside its parentheses (`総務省所管計上額 (地方交付` / `税)`).
  mutating func continuesRowLabel(_ seg: Segment) -> Bool {
    let s = seg.s
    guard tableRow.lastWasRow, s.count <= Self.labelContinuationLimit,
      let last = currentTable?.rows.indices.last,
      LogicalLines(lexicon: figures.lexicon).needsNext(
        Array(currentTable!.rows[last].label.unicodeScalars.map(Line.fold)))
    else { return false }
    currentTable?.rows[last].label += seg.line.trimmedText(0..<s.count)
    currentTable?.rows[last].span.endLine = seg.line.endNumber
    tableRow.lastWasRow = false
    return true
  }

  /// A header line; a header wrapped over several lines (no row yet) adds to the columns.
  mutating func startTable(columns: [String], _ seg: Segment) {
    if let table = currentTable, table.rows.isEmpty {
      currentTable?.columns += columns
      currentTable?.span.endLine = seg.line.endNumber
      return
    }
    closeTable()
    currentTable = SummaryTableRecord(
      section: title, unit: tableUnit, columns: columns, rows: [], span: seg.span)
  }

  var expectedTableCells: Int {
    currentTable?.rows.first?.cells.count
      ?? (out.summaryTables.last ?? previousTable)?.rows.first?.cells.count
      ?? Self.defaultTableCells
  }

  mutating func appendRow(label cell: [Unicode.Scalar], _ figures: [PrintedFigure], _ seg: Segment)
    throws
  {
    var label = String(trimming: cell[...])
    var all = figures
    // `総務省所管計上額 (地方交付 570   622 …`: the first figure is glued to a wrapped label.
    if figures.count + 1 == expectedTableCells {
      let norm = cell.map(Line.fold)
      if let found = try self.figures.trailingHeadingFigures(norm, from: 1), found.prior == nil,
        found.titleEnd > 0
      {
        label = String(trimming: cell[0..<found.titleEnd])
        all = [found.amount] + figures
      }
    }
    appendRow(SummaryRowRecord(label: label, cells: all, span: seg.span), seg)
  }

  mutating func appendRow(_ row: SummaryRowRecord, _ seg: Segment) {
    if currentTable == nil {
      guard tableUnit != nil else {
        out.report(.unrecognizedLine, "a table row without a table header", seg)
        return
      }
      currentTable = SummaryTableRecord(
        section: title, unit: tableUnit, columns: [], rows: [], span: row.span)
    }
    currentTable?.rows.append(row)
    currentTable?.span.endLine = row.span.endLine
    tableRow = TableRowInProgress(lastWasRow: true)
  }

  /// One cell printed on its own line.
  mutating func addCell(_ figure: PrintedFigure, _ seg: Segment) {
    guard let label = tableRow.label else {
      out.report(.unrecognizedLine, "a table cell with no row label before it", seg)
      return
    }
    tableRow.cells.append(figure)
    tableRow.endLine = seg.line.endNumber
    if tableRow.cells.count == expectedTableCells {
      let row = SummaryRowRecord(
        label: label.line.trimmedText(0..<label.s.count), cells: tableRow.cells,
        span: SourceSpan(line: label.number, endLine: tableRow.endLine))
      appendRow(row, seg)
    }
  }
}

extension PrintedFigure {
  /// Whether the amount is printed with a unit (`18兆2,107億円`), as headline totals are.
  var hasUnit: Bool { amount?.parts.contains { $0.unit != nil } ?? false }
}
