import BudgetModel

/// A table whose header is printed after its first rows (PDF reading order): `(単位:百万円)`,
/// rows of bare figures with no header (`物件費 65,653 87,079 21,426`, a label line, …), then
/// the header's words one per line (`6年度` / `当初予算額` / `7年度` / `概算要求等額` / `▲減額`)
/// and the table's further rows. The rows above the header are read with it only when the
/// header's reading is confirmed by every one of them (B − A = C, rates) and by the row after
/// it; a row with no label of its own on its line stays reported.
extension GenericReader {
  struct HeaderAfter {
    var unit: String
    var rows: [(line: Line, label: String, cells: [CellToken])] = []
    var lines = 0
  }

  static let noHeaderMessage = "figures with no table header naming their columns"

  /// Follows the lines after a unit statement whose first line is a row (no header words):
  /// rows of bare figures and short label or header lines keep the block open, anything else
  /// ends it.
  mutating func trackHeaderAfter(_ line: Line, _ kind: GenericLine) {
    switch kind {
    case .blank:
      return
    case .row(_, let cells):
      if case .header(let draft) = state, draft.texts.isEmpty, let unit = draft.unit,
        !cells.contains(where: \.hasUnit)
      {
        headerAfter = HeaderAfter(unit: unit)
      } else if case .idle = state, headerAfter != nil, !cells.contains(where: \.hasUnit) {
        headerAfter?.lines += 1
      } else {
        headerAfter = nil
      }
    case .text(let text):
      if case .idle = state, headerAfter != nil, text.count <= 30, !Self.holdsFigure(text),
        !Self.isNote(text)
      {
        headerAfter?.lines += 1
      } else {
        headerAfter = nil
      }
    case .unit:
      headerAfter = nil
    }
    if let block = headerAfter, block.lines > 40 { headerAfter = nil }
  }

  /// A row with no header above it, kept while the block is open: the header may follow.
  mutating func noteRowBeforeHeader(_ line: Line, label: String, cells: [CellToken]) {
    headerAfter?.rows.append((line, label, cells))
  }

  /// Opens the table at the first row after its header, with the rows printed above the
  /// header, when the header's words (the text lines right above this row) name as many
  /// columns as every row has cells and every row's arithmetic confirms them.
  mutating func openHeaderAfter(_ line: Line, label: String, cells: [CellToken]) -> Bool {
    guard let block = headerAfter, !block.rows.isEmpty else { return false }
    var h = recentTexts.count
    while h > 0, ColumnHeader.hasHeaderWord(recentTexts[h - 1].text),
      recentTexts[h - 1].text.count <= 20
    {
      h -= 1
    }
    let header = recentTexts[h...].map(\.text)
    let meanings = ColumnHeader.meanings(header.joined(separator: " "))
    let n = meanings.count
    let all = block.rows.map(\.cells) + [cells]
    guard !header.isEmpty, n >= 2, meanings.contains(where: { $0.kind == .amount }),
      !ColumnMeaning.relations(meanings).isEmpty, all.allSatisfy({ $0.count == n }),
      all.allSatisfy({ row in
        let verdict = TableArithmetic.check(meanings, rows: [row])
        return verdict.held > 0 && verdict.failedRows.isEmpty
      })
    else { return false }
    headerAfter = nil
    var table = TableDraft(
      meanings: meanings, unit: block.unit, caption: caption ?? "", header: header,
      start: block.rows[0].line.number)
    adoptRowsAbove(block.rows)
    for row in block.rows where !row.label.isEmpty {
      emit(&table, label: row.label, cells: row.cells, last: row.line)
    }
    recentTexts = []
    self.row(&table, line, label: label, cells: cells)
    state = .body(table)
    return true
  }
}

extension GenericReader {
  /// `法務省所管 740,479 782,965 42,485-1- (単位:百万円)`: a page's last row, its page number
  /// (`-1-`) and the next page's unit statement joined on one line. The row and the statement
  /// are read as two lines (the page number is page furniture); nil for any other line.
  static func rowThenUnit(_ line: Line, parser: FigureParser) -> [Line]? {
    let s = line.normalized
    guard s.count > 8,
      let u = (1..<s.count - 1).first(where: { s[$0] == "単" && s[$0 + 1] == "位" })
    else { return nil }
    let open = "([".unicodeScalars.contains(s[u - 1]) ? u - 1 : u
    var end = open
    while end > 0, s[end - 1] == " " { end -= 1 }
    guard end > 0, s[end - 1].isASCIIDigit || s[end - 1] == "-" else { return nil }
    let statement = line.slice(open..<s.count)
    guard case .unit = GenericLine.classify(statement, parser: parser) else { return nil }
    // A page number glued to the last cell: `-1-` after its digits.
    if end >= 4, s[end - 1] == "-" {
      var k = end - 2
      while k > 0, s[k].isASCIIDigit { k -= 1 }
      guard s[k] == "-", (1...3).contains(end - 2 - k), k > 0, s[k - 1].isASCIIDigit else {
        return nil
      }
      end = k
    }
    let row = line.slice(0..<end)
    guard case .row(let label, let cells) = GenericLine.classify(row, parser: parser),
      !label.isEmpty, cells.count >= 2
    else { return nil }
    return [row, statement]
  }
}
