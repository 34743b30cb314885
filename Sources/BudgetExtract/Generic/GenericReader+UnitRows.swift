import BudgetModel

/// The glued stacked table (`GenericReader+GluedStacked`) with one row per line: a header line
/// of two years one apart and a change word (`3年度 2年度 増減`, `区分 令和2年度予算額 令和3年度
/// 予算案 増減額 増減率`), then lines that are each a label and three amounts with their units
/// (`外務省予算(総額) 7,097億円 7,120億円 ▲23億円(▲0.3%)`), the rate in parentheses or in a
/// column of its own. Read only when every row's arithmetic holds (later − earlier = change,
/// change / earlier = rate); otherwise the lines are read again as if this rule did not exist.
struct UnitRowsState {
  var header: [ColumnMeaning]?
  var lines: [Line] = []
  var rows: [GluedStacked.Row] = []
  var rowLines: [Line] = []
  var replaying = false
}

extension GenericReader {
  /// Takes a line into the block (true), or ends it and leaves the line (false).
  mutating func takeUnitRows(_ line: Line) -> Bool {
    guard !unitRows.replaying, case .idle = state else { return false }
    var (s, _) = GluedStacked.compact(line)
    guard let header = unitRows.header else {
      for word in ["区分", "事項"] where s.starts(with: word.unicodeScalars) {
        s.removeFirst(word.unicodeScalars.count)
      }
      guard !s.isEmpty, let (meanings, end) = GluedStacked.header(s.map(Character.init), at: 0),
        end == s.count
      else { return false }
      unitRows.header = meanings
      unitRows.lines = [line]
      return true
    }
    if s.isEmpty {
      unitRows.lines.append(line)
      return true
    }
    if let (row, end) = GluedStacked.row(
      s, at: 0, line: line.number, rated: header.count == 4, parser: parser),
      end == s.count
    {
      unitRows.rows.append(row)
      unitRows.rowLines.append(line)
      unitRows.lines.append(line)
      return true
    }
    closeUnitRows()
    return false
  }

  /// Ends the block: a table when its rows hold, else its lines are read again.
  mutating func closeUnitRows() {
    let block = unitRows
    unitRows = UnitRowsState()
    guard let header = block.header else { return }
    let found = GluedStacked.Found(start: 0, end: 0, meanings: header, rows: block.rows)
    if !block.rows.isEmpty, let table = gluedTable(found, lines: block.rowLines) {
      tables.append(table)
      previous = nil
      return
    }
    unitRows.replaying = true
    for line in block.lines { consume(line) }
    unitRows.replaying = false
  }
}
