import BudgetModel

extension GenericReader {
  /// Keeps the last text lines read while idle: the header and first label of a table whose
  /// header opens with no `区分` (`27年度予算額` / `28年度予算額` / `増△減額` / `一 般 会 計`).
  mutating func noteRecent(_ line: Line, _ kind: GenericLine) {
    switch kind {
    case .blank, .row: return
    case .text(let text):
      recentTexts.append((text, line))
      if recentTexts.count > 8 { recentTexts.removeFirst() }
    default: recentTexts = []
    }
  }

  /// Opens a table whose rows print a unit in every cell and each row's label before its
  /// figures (alone on the line above, or at the end of the line above, after the figures of
  /// the row before): the text lines just above name the columns, then the first label.
  mutating func openLabelBefore(_ line: Line, label: String, cells: [CellToken]) -> Bool {
    let units = Set(cells.map { $0.figure.amount?.parts.last?.unit ?? "" })
    guard label.isEmpty, cells.count >= 2, cells.allSatisfy(\.hasUnit), units.count == 1 else {
      return false
    }
    var k = recentTexts.count
    while k > 0, !ColumnHeader.hasHeaderWord(recentTexts[k - 1].text),
      !Self.holdsFigure(recentTexts[k - 1].text), recentTexts.count - k < 2
    {
      k -= 1
    }
    let labels = Array(recentTexts[k...])
    var h = k
    // Header lines are short, one column's words each; a title (`…予算の概要`) ends them.
    while h > 0, ColumnHeader.hasHeaderWord(recentTexts[h - 1].text),
      recentTexts[h - 1].text.count <= 20, !Self.namesDocument(recentTexts[h - 1].text)
    {
      h -= 1
    }
    let header = recentTexts[h..<k].map(\.text)
    let meanings = ColumnHeader.meanings(header.joined(separator: " "))
    guard !labels.isEmpty, meanings.count >= 2, cells.count % meanings.count == 0,
      !ColumnMeaning.relations(meanings).isEmpty
    else { return false }
    var table = TableDraft(
      meanings: meanings, unit: nil, caption: caption ?? "", header: header,
      start: recentTexts[h].line.number)
    table.pendingLabel = labels.map { ($0.text, $0.line) }
    table.labelBefore = [line]
    recentTexts = []
    state = .body(table)
    return true
  }

  /// A line of a label-before table: a row, or a short label line; anything else ends it.
  mutating func labelBefore(_ table: inout TableDraft, _ line: Line, _ kind: GenericLine) {
    switch kind {
    case .row:
      table.labelBefore?.append(line)
      state = .body(table)
    case .text(let text) where !Self.isNote(text) && !Self.holdsFigure(text) && text.count <= 30:
      table.labelBefore?.append(line)
      state = .body(table)
    default:
      finishLabelBefore(&table)
      idle(line, kind)
    }
  }

  enum Piece {
    case text(String)
    case cell(CellToken)
  }

  /// The labels and cells of a label-before table's lines, in printed order.
  func pieces(_ labels: [String], _ lines: [Line]) -> [Piece] {
    var pieces = labels.map { Piece.text($0) }
    for line in lines {
      for token in Tokens.split(GenericLine.text(of: line)) {
        if let cell = CellToken.parse(token, line: line.number, parser: parser) {
          pieces.append(.cell(cell))
        } else if case .text(let before) = pieces.last {
          pieces[pieces.count - 1] = .text(before + " " + token)
        } else {
          pieces.append(.text(token))
        }
      }
    }
    return pieces
  }

  /// Rows of `n` cells, each with the text right before it; not consistent when a row has
  /// none, text comes between a row's cells, or anything is left after the last row.
  static func pairLabelsBefore(_ pieces: [Piece], columns n: Int) -> (
    rows: [(label: String, cells: [CellToken])], consistent: Bool
  ) {
    var rows: [(label: String, cells: [CellToken])] = []
    var label: [String] = []
    var cells: [CellToken] = []
    var consistent = true
    for piece in pieces {
      switch piece {
      case .text(let text):
        if !cells.isEmpty { consistent = false }
        label.append(text)
      case .cell(let cell):
        cells.append(cell)
        guard cells.count == n else { continue }
        if label.isEmpty { consistent = false }
        rows.append((joinLabel(label), cells))
        label = []
        cells = []
      }
    }
    return (rows, consistent && label.isEmpty && cells.isEmpty)
  }

  /// Ends a label-before table: read when every row has its label right before its figures,
  /// no text is left after the last row, and the rows' arithmetic confirms the columns.
  mutating func finishLabelBefore(_ table: inout TableDraft) {
    let lines = table.labelBefore ?? []
    table.labelBefore = nil
    let n = table.meanings.count
    let printed = pieces(table.pendingLabel.map(\.text), lines)
    var (rows, consistent) = Self.pairLabelsBefore(printed, columns: n)
    if !consistent,
      let total = Self.pairWithTrailingTotal(printed, columns: n, meanings: table.meanings)
    {
      (rows, consistent) = (total, true)
    }
    // One unit in every cell: the arithmetic compares the bare numbers.
    let units = Set(rows.flatMap(\.cells).map { $0.figure.amount?.parts.last?.unit ?? "" })
    let plain = rows.map { $0.cells.compactMap(Self.withoutUnit) }
    let verdict = TableArithmetic.check(table.meanings, rows: plain)
    let columns = table.meanings.map(\.header).joined(separator: " | ")
    guard consistent, units.count == 1, plain.allSatisfy({ $0.count == n }), verdict.held > 0,
      verdict.failedRows.isEmpty
    else {
      let why =
        consistent
        ? "the rows' arithmetic does not confirm the header's reading (\(columns))"
        : "the rows' labels are not all printed right before their figures"
      for number in Set(table.pendingLabel.map(\.line.number) + lines.map(\.number)).sorted() {
        diagnostics.append(
          Diagnostic(
            kind: .unrecognizedLine, message: "a table with a unit in every cell: \(why)",
            text: "", span: SourceSpan(line: number)))
      }
      return
    }
    table.pendingLabel = []
    for row in rows {
      let last = lines.first { $0.number == row.cells.last?.line } ?? lines[0]
      emit(&table, label: row.label, cells: row.cells, last: last)
    }
    var record = SummaryTableRecord(
      section: table.caption, unit: nil, columns: table.header, rows: table.rows,
      span: SourceSpan(line: table.start, endLine: lines.last?.endNumber ?? table.start))
    record.meanings = table.meanings
    record.confirmed = true
    tables.append(record)
  }

  /// A cell of one part with its unit, as the bare number the arithmetic compares.
  static func withoutUnit(_ cell: CellToken) -> CellToken? {
    guard var amount = cell.figure.amount, amount.parts.count == 1 else { return nil }
    amount.parts[0].unit = nil
    var bare = cell
    bare.figure.amount = amount
    return bare
  }
}
