import BudgetModel

/// The generic layout's reader: a state machine over lines (after page furniture is removed,
/// not joined) whose states carry what is pending. Each line is one event.
///
/// - `idle`: between tables. Amount lines with units are headline totals or list items; a
///   unit statement or a header line opens a table header; other text is a title or prose.
/// - `header`: the lines of a table header, until the first row of cells. Their words name
///   the columns (`ColumnHeader`).
/// - `body`: a table's rows: a label and its cells on one line, or cells one per line after
///   their label (PDF reading order), as many as the header names.
struct GenericReader {
  struct HeaderDraft {
    var lines: [Line] = []
    var texts: [String] = []
    var unit: String?
    var caption: String?
  }

  struct TableDraft {
    var meanings: [ColumnMeaning]
    var unit: String?
    var caption: String
    var header: [String]
    var start: Int
    var rows: [SummaryRowRecord] = []
    var cells: [[CellToken]] = []
    var pendingLabel: [(text: String, line: Line)] = []
    var pendingCells: [CellToken] = []
    /// Rates printed in parentheses under change cells: the change cell's line and column.
    var rates: [(line: Int, column: Int, cell: CellToken)] = []
    /// Cells printed before the first label: the total row when the rows add up to them.
    var leading: [CellToken] = []
    /// One-cell lines collected after two or more labels: a block printed in column order
    /// (`GenericReader+ColumnOrder`).
    var run: [(line: Line, kind: GenericLine)] = []
    /// A block of the table was read in column order.
    var readsColumns = false
    /// Column-order blocks of one cell per row, held until a total proves their column
    /// (`GenericReader+OneColumnBlocks`), and a total run together with its label.
    var oneColumn: [OneColumnBlock] = []
    var runTotal: (label: String, line: Line, cell: CellToken)?
    var replaying = false
    /// A one-row table whose header words and cells come in turn (`GenericReader+Interleaved`).
    var interleaved: Interleaved?
    /// The lines of a table with a unit in every cell and each label before its figures
    /// (`GenericReader+LabelBefore`).
    var labelBefore: [Line]?
    /// A row read up to its amounts, waiting for its part and rate lines (`+PartRateRows`).
    var held: HeldRow?
    /// Rows wider than the header, held until the table's arithmetic places its columns
    /// among them (`GenericReader+WideRows`).
    var wide: [(label: String, line: Line, cells: [CellToken])] = []
    /// One settled column named twice, by its header and a heading (`+LoneSettledColumn`).
    var loneSettled = false
  }

  enum State {
    case idle
    case header(HeaderDraft)
    case body(TableDraft)
  }

  /// The figure grammar with the run's lexicon; its unit texts name the units a table states.
  let parser: FigureParser
  let units: [String]
  var state = State.idle
  /// The unit stated last: it scopes the tables that follow until the next statement.
  var unitScope: String?
  /// The last caption-like text line (`【一般会計】`), for the next table's title.
  var caption: String?
  var titles: [TextRecord] = []
  /// Non-title captions naming a year's budget of something (`…年度租税及印紙収入予算額`).
  var budgetCaptions: [TextRecord] = []
  var tables: [SummaryTableRecord] = []
  var amountLines: [AmountLineRecord] = []
  var diagnostics: [Diagnostic] = []
  /// The last text line outside tables that names a fiscal year (`(参考)令和7年度補正予算に
  /// おける…`): the amounts under it are that year's or stage's; a heading without a year
  /// (`…のポイント`, `【…】`) ends it.
  var context: String?
  /// Whether amounts were read under `context` (a year line after them starts a new one).
  var contextHasAmounts = false
  /// The last non-blank line read while idle, and whether it was an amount line.
  var previous: (text: String, line: Line, amountCount: Int)?
  /// What item lists need from the lines before (`GenericReader+Lists.swift`).
  var lists = ListState()
  /// The last text lines read while idle (`noteRecent`).
  var recentTexts: [(text: String, line: Line)] = []
  /// A block of column names and figures one per line (`GenericReader+Pairs.swift`).
  var pairs = PairState()
  /// What the document's legends say its amount marks and parentheses hold (`Legend.swift`).
  var legend = Legend()
  /// Rows after a unit statement with no header yet (`GenericReader+HeaderAfter.swift`).
  var headerAfter: HeaderAfter?
  /// Rows of such a block that ended with no header: its header may come below them
  /// (`GenericReader+HeaderBelow.swift`).
  var headerBelow: HeaderBelow?
  /// A comparison sentence broken after `と比べ、`, kept for the line that finishes it.
  var comparisonHead: (text: String, line: Line, label: String)?
  /// The lines of items read as bare numbers in the stated unit (`GenericReader+BareItems`).
  var bareItemLines: Set<Int> = []
  /// Items with bare amounts and changes, kept until the list's arithmetic is checked.
  var changeItems: [PendingChangeItem] = []
  /// Rows of a list of amounts with signed differences, kept until their sums are checked.
  var signedRows: [PendingSignedRow] = []
  /// Lines of figures in broken sentences, kept until their arithmetic is checked.
  var clauseLines: [PendingClauseLine] = []
  /// Items with names glued to their amounts, kept until their sums are checked.
  var gluedItems: [PendingGluedItem] = []
  var pendingRates: [PendingRate] = []
  /// The lines read while idle, for the rules that look back at a block (`+YearPairs`).
  var idleLog = IdleLog()
  /// Tables one per line: cells (`GenericReader+Stacked`), rows with units (`+UnitRows`).
  var stacked = StackedState(), unitRows = UnitRowsState()
  /// A table of two headed amounts and two unheaded columns, one cell per line (`+UnheadedQuads`).
  var quads = QuadState()
  /// A unit statement naming what the parentheses hold, for the items after it (`+LegendItems`).
  var legendStatement: LegendItems.Statement?
  /// A bulleted name with no figure under that statement, for a figures-only line right below.
  var legendName: String?

  init(lexicon: Lexicon) {
    self.parser = FigureParser(lexicon: lexicon)
    self.units = lexicon.unitTexts
  }

  mutating func consume(_ line: Line) {
    if comparisonHead != nil, line.normalized.contains(where: { !$0.isSpace }),
      continueComparison(line)
    {
      return
    }
    if takeBlockLine(line) || takeLegendItems(line) || takeStageArrowLine(line) { return }
    let runTogether = runTogetherReading(line)
    if runTogether?.table == nil, takeFlatLine(line) { return }
    if let result = runTogether {
      finish()
      // The page's title printed before its first unit statement (`令和3年度…補正予算(第1号)フレーム`).
      if result.table != nil, tables.isEmpty, amountLines.isEmpty,
        let lead = RunTogether.leadingText(GenericLine.text(of: line))
      {
        noteText(lead, line)
      }
      if let table = result.table { tables.append(table) }
      readRunTogetherPieces(line, result.unexplained)
      return
    }
    if line.normalized.count > 60, let pieces = Self.itemPieces(line) {
      for piece in pieces { consume(piece) }
      return
    }
    if !legend.marks.isEmpty, case .idle = state, line.normalized.contains("【"),
      acceptMarked(line, GenericLine.text(of: line))
    {
      return
    }
    if let pieces = Self.rowThenUnit(line, parser: parser) {
      for piece in pieces { consume(piece) }
      return
    }
    if takeRowThenPart(line) || takeBracketItems(line) { return }
    let kind = GenericLine.classify(line, parser: parser)
    if takeStackedLine(line, kind) { return }
    let open = headerAfter
    trackHeaderAfter(line, kind)
    keepRowsAbove(open, line, kind)
    if !pairs.replaying, case .idle = state, takePair(line, kind) { return }
    switch state {
    case .idle:
      let before = amountLines.count
      idle(line, kind)
      if case .blank = kind {
      } else {
        previous = (GenericLine.text(of: line), line, amountLines.count - before)
        if amountLines.count == before { lists.startRun(at: before, after: kind) }
      }
    case .header(var draft):
      lists.name = nil
      state = .idle
      header(&draft, line, kind)
    case .body(var table):
      lists.name = nil
      state = .idle
      body(&table, line, kind)
    }
  }

  mutating func finish() {
    defer {
      checkChangeItems()
      checkSignedChangeRows()
      checkMarkedPairs()
      checkClauseLines()
      checkGluedItems()
    }
    headerBelow = nil
    if quads.isOpen { closeQuads() }
    if unitRows.header != nil { closeUnitRows() }
    if stacked.isOpen { closeStacked() }
    if let head = comparisonHead {
      comparisonHead = nil
      report(head.line, text: head.text, why: "an amount inside a sentence is not exported")
    }
    if pairs.isOpen { closePairs() }
    switch state {
    case .idle: break
    case .header(let draft): flush(draft)
    case .body(var table) where table.interleaved != nil: finishInterleaved(&table)
    case .body(var table) where table.labelBefore != nil: finishLabelBefore(&table)
    case .body(var table):
      if !table.run.isEmpty { resolveRun(&table) }
      close(table)
    }
    state = .idle
  }

  // MARK: idle

  mutating func idle(_ line: Line, _ kind: GenericLine) {
    if takesBareUnit(line, kind) { return }
    noteRecent(line, kind)
    idleLog.note(line, kind)
    if lists.column != nil, listColumnLine(line, kind) { return }
    switch kind {
    case .blank: return
    case .unit(let unit, let caption):
      unitScope = unit
      if !caption.isEmpty { noteText(caption, line) }
      let year = Self.unitTailYear(GenericLine.text(of: line))
      state = .header(
        HeaderDraft(
          lines: year == nil ? [] : [line], texts: year.map { [$0] } ?? [], unit: unit,
          caption: self.caption))
    case .text(let text):
      if text.hasPrefix("("), acceptParenthesizedLine(line, text) {
        return
      } else if text.hasPrefix("※"), acceptMarkedAmount(line, text) {
        return
      } else if unitScope != nil, acceptScopedItem(line, text) {
        return
      } else if Self.isNote(text) {
        updateContext(text)
        reportFigures(in: line, text: text, why: "a figure in a note is not exported")
      } else if let records = AmountLine.parse(line, text: text, parser: parser) {
        accept(records, line: line, text: text)
      } else if Self.opensHeader(text) {
        state = .header(
          HeaderDraft(lines: [line], texts: [text], unit: unitScope, caption: caption))
      } else if acceptYearPair(line, text: text) || acceptUnitHeader(line, text) {
        return
      } else if retractChartSlice(line, text: text) {
        return
      } else {
        noteText(text, line)
      }
    case .row(let label, let cells):
      defer { recentTexts = [] }
      let text = GenericLine.text(of: line)
      if cells.count == 1 || cells.allSatisfy(\.hasUnit),
        let records = AmountLine.parse(line, text: text, parser: parser),
        cells.contains(where: \.hasUnit)
      {
        accept(records, line: line, text: text)
      } else if label.isEmpty, retractChartSlice(line, text: text) {
        return
      } else if !openLabelBefore(line, label: label, cells: cells),
        !openHeaderAfter(line, label: label, cells: cells),
        !takeMarkedPairRow(line, label: label, cells: cells),
        !takeSignedChangeCells(line, label: label, cells: cells)
      {
        report(
          line, text: text,
          why: "\(Self.noHeaderMessage)\(label.isEmpty ? "" : " (\(label))")")
        noteRowBeforeHeader(line, label: label, cells: cells)
      }
    }
  }

  // MARK: header

  mutating func header(_ draft: inout HeaderDraft, _ line: Line, _ kind: GenericLine) {
    switch kind {
    case .blank:
      state = .header(draft)
    case .unit(let unit, _):
      unitScope = unit
      if Self.isTableHeader(draft.texts) {
        draft.unit = unit
        state = .header(draft)
      } else {
        flush(draft)
        state = .header(HeaderDraft(unit: unit, caption: caption))
      }
    case .text(let text):
      if opensWithInlineRates(draft, line) { return }
      if Self.isNote(text) || endsHeaderDraft(draft, line, text) {
        flush(draft)
        idle(line, kind)
      } else if draft.lines.count >= 40 {
        flush(draft)
        idle(line, kind)
      } else {
        draft.lines.append(line)
        draft.texts.append(text)
        state = .header(draft)
      }
    case .row:
      open(withoutLoneUnitTail(draft), firstRow: line, kind)
    }
  }

  /// Opens a table at its first row, when the header names its columns.
  mutating func open(_ draft: HeaderDraft, firstRow line: Line, _ kind: GenericLine) {
    if openInterleaved(draft, firstRow: line, kind) { return }
    // Trailing header lines with no header word are the first row's label (one cell per line).
    let settlement = SettlementHeader.read(draft.texts)
    var headerCount = settlement?.headerCount ?? draft.texts.count
    // A stage word right after a label (`一般会計ODA予算` / `当初`) belongs to the label.
    while settlement == nil, headerCount > 0,
      Self.isLabelOnly(draft.texts[headerCount - 1])
        || Self.isMarkedLabel(draft.texts[headerCount - 1])
        || (headerCount >= 2 && Self.isStageOnly(draft.texts[headerCount - 1])
          && Self.isLabelOnly(draft.texts[headerCount - 2]))
    {
      headerCount -= 1
    }
    let headerTexts = Array(draft.texts[..<headerCount])
    let lone = loneSettledColumn(
      headerTexts, draft, start: draft.lines.first?.number ?? line.number)
    let meanings =
      lone.map { [$0] } ?? settlement?.meanings ?? RepeatedPartsHeader.lines(headerTexts)
      ?? TwoLevelHeader.meanings(headerTexts)
      ?? YearGroupHeader.meanings(headerTexts)
      ?? FundingHeader.meanings(headerTexts, caption: draft.caption)
      ?? StackedWordsHeader.meanings(headerTexts)
      ?? ComparedChangeHeader.meanings(headerTexts)
      ?? ColumnHeader.meanings(headerTexts.joined(separator: " "))
    guard meanings.contains(where: { $0.kind == .amount }) else {
      if let widened = widenedWithYearsBeforeUnit(draft) {
        return open(widened, firstRow: line, kind)
      }
      flush(draft)
      // The header lines were text: the last of them is the line before this one.
      if let last = draft.lines.last, let text = draft.texts.last, !Self.isNote(text) {
        previous = (text, last, 0)
      }
      let before = amountLines.count
      idle(line, kind)
      previous = (GenericLine.text(of: line), line, amountLines.count - before)
      return
    }
    var table = TableDraft(
      meanings: meanings, unit: Self.tableUnit(draft.unit, header: headerTexts, units: units),
      caption: draft.caption ?? "", header: headerTexts,
      start: draft.lines.first?.number ?? line.number)
    table.loneSettled = lone != nil
    for k in headerCount..<draft.texts.count {
      table.pendingLabel.append((draft.texts[k], draft.lines[k]))
    }
    if openQuads(table, line, kind) { return }
    body(&table, line, kind)
  }
}
