import BudgetModel

/// A table whose header words and cells all stand one per line (national-r5-gaiko-point):
///
///     一般会計ODA予算
///     5年度
///     4年度
///     増減
///     当初
///     5,709億円
///     5,612億円
///     +98億円(+1.7%)
///
/// The header is two bare years and a change word, one per line; then each row is a label and
/// one cell per column, each amount with its unit, the change with its rate in parentheses
/// (in every row or in none). Read only when every row's arithmetic holds (later − earlier =
/// change, one unit of the coarsest digit; change / earlier = rate at its printed precision) and the years are one
/// apart; otherwise every line is given back to the reader unchanged.
struct StackedState {
  var lines: [Line] = []
  var words: [String] = []
  var label: (text: String, line: Line)?
  var cells: [CellToken] = []
  /// The rate printed in the change's cell of the row being read.
  var rate: DecimalNumber?
  var rows: [SummaryRowRecord] = []
  var replaying = false

  var isOpen: Bool { !lines.isEmpty }
}

extension GenericReader {
  /// A line while idle and no other block is open or being given back: `takeStacked`.
  mutating func takeStackedLine(_ line: Line, _ kind: GenericLine) -> Bool {
    guard !stacked.replaying, !pairs.replaying, case .idle = state, stacked.isOpen || !pairs.isOpen
    else { return false }
    return takeStacked(line, kind)
  }

  /// Takes a line into a stacked table (true), or ends it and leaves the line (false).
  mutating func takeStacked(_ line: Line, _ kind: GenericLine) -> Bool {
    let text = GenericLine.text(of: line).filter { $0 != " " }
    guard stacked.isOpen else {
      guard case .text = kind, Self.isBareYear(text) else { return false }
      stacked.lines = [line]
      stacked.words = [text]
      return true
    }
    var isText = false
    if case .text = kind { isText = true }
    let inHeader = stacked.label == nil && stacked.rows.isEmpty
    if case .blank = kind {
    } else if inHeader, isText, Self.isBareYear(text) || Self.isChangeWord(text) {
      stacked.words.append(text)
    } else if stacked.label != nil, stacked.cells.count < stacked.words.count,
      let (cell, rate) = stackedCell(text, line: line.number),
      rate == nil || stacked.cells.count == stacked.words.count - 1
    {
      stacked.cells.append(cell)
      stacked.rate = rate
    } else if isText, !Self.isNote(text), stackedMeanings() != nil,
      inHeader || stacked.cells.count == stacked.words.count
    {
      if let label = stacked.label { stacked.rows.append(stackedRow(label)) }
      stacked.label = (text, line)
      stacked.cells = []
      stacked.rate = nil
    } else {
      closeStacked()
      return false
    }
    stacked.lines.append(line)
    return true
  }

  static func isChangeWord(_ text: String) -> Bool {
    let meanings = ColumnHeader.meanings(text)
    return meanings.count == 1 && meanings[0].kind == .change && meanings[0].formula.isEmpty
  }

  /// Two bare years one apart and one change after them.
  func stackedMeanings() -> [ColumnMeaning]? {
    let meanings = ColumnHeader.meanings(stacked.words.joined(separator: " "))
    guard meanings.count == 3, meanings.map(\.kind) == [.amount, .amount, .change],
      let a = ColumnMeaning.yearKey(meanings[0].fiscalYearLabel),
      let b = ColumnMeaning.yearKey(meanings[1].fiscalYearLabel), a.era == b.era,
      abs(a.n - b.n) == 1, meanings[0].stage == nil, meanings[1].stage == nil
    else { return nil }
    return meanings
  }

  /// `9,124億円`, `3兆1,184億円`, `+1,911億円(+26.5%)`: an amount with its unit, and the
  /// change's rate in parentheses after it.
  func stackedCell(_ text: String, line: Int) -> (CellToken, DecimalNumber?)? {
    var body = text
    var rate: DecimalNumber?
    if let printed = Self.printedRate(text), let open = text.lastIndex(of: "(") {
      rate = printed
      body = String(text[..<open])
    }
    let s = Array(body.unicodeScalars)
    var cursor = Cursor(s, from: s.first == "+" ? 1 : 0)
    guard let amount = try? parser.money(&cursor), cursor.atEnd, !amount.parts.isEmpty,
      amount.parts.allSatisfy({ $0.unit != nil })
    else { return nil }
    return (CellToken(figure: PrintedFigure(amount: amount), isPercent: false, line: line), rate)
  }

  func stackedRow(_ label: (text: String, line: Line)) -> SummaryRowRecord {
    var cells = stacked.cells.map(\.figure)
    var lines = stacked.cells.map(\.line)
    // The change's rate, printed inside its cell, is a column of its own.
    if let rate = stacked.rate, let last = lines.last {
      let magnitude = rate.isNegative ? rate.negated() : rate
      cells.append(
        PrintedFigure(amount: PrintedAmount(magnitude, unit: nil, isNegative: rate.isNegative)))
      lines.append(last)
    }
    var row = SummaryRowRecord(
      label: label.text, cells: cells,
      span: SourceSpan(line: label.line.number, endLine: lines.last ?? label.line.number))
    row.cellLines = lines
    return row
  }

  /// Ends the block: a table when every row is whole and its arithmetic holds, else its lines
  /// are read again as if no block rule existed.
  mutating func closeStacked() {
    let block = stacked
    stacked = StackedState()
    var rows = block.rows
    if let label = block.label, block.cells.count == block.words.count {
      var reader = self
      reader.stacked = block
      rows.append(reader.stackedRow(label))
    }
    if block.label == nil || block.cells.count == block.words.count,
      let meanings = stackedMeanings(block), !rows.isEmpty,
      rows.allSatisfy({ Self.stackedRowHolds($0, meanings) }),
      Set(rows.map(\.cells.count)).count == 1
    {
      var all = meanings
      // Every row prints its rate in the change's cell, or none does.
      if rows[0].cells.count == 4 {
        all.append(ColumnMeaning(kind: .ratePercent, header: "(\(meanings[2].header)の率%)"))
      }
      var record = SummaryTableRecord(
        section: caption ?? "", unit: nil, columns: all.map(\.header), rows: rows,
        span: SourceSpan(line: block.lines[0].number, endLine: rows.last!.span.endLine))
      record.meanings = all
      record.confirmed = true
      tables.append(record)
      previous = nil
      return
    }
    stacked.replaying = true
    for line in block.lines { consume(line) }
    stacked.replaying = false
  }

  func stackedMeanings(_ block: StackedState) -> [ColumnMeaning]? {
    var reader = self
    reader.stacked = block
    return reader.stackedMeanings()
  }

  /// later − earlier = change, and change / earlier = rate when the row prints its rate.
  static func stackedRowHolds(_ row: SummaryRowRecord, _ meanings: [ColumnMeaning]) -> Bool {
    guard row.cells.count == 3 || row.cells.count == 4,
      let a = ColumnMeaning.yearKey(meanings[0].fiscalYearLabel),
      let b = ColumnMeaning.yearKey(meanings[1].fiscalYearLabel)
    else { return false }
    let (later, earlier) = a.n > b.n ? (0, 1) : (1, 0)
    guard let x = ComparisonSentence.exact(row.cells[later]),
      let y = ComparisonSentence.exact(row.cells[earlier]),
      let c = ComparisonSentence.exact(row.cells[2]), y.value > 0
    else { return false }
    guard abs(x.value - y.value - c.value) <= max(x.unit, y.unit, c.unit) else { return false }
    guard row.cells.count == 4 else { return true }
    guard let rate = row.cells[3].amount, let part = rate.parts.first else { return false }
    let signed = rate.isNegative ? part.number.negated() : part.number
    return ComparisonSentence.rateHolds(signed, change: c, base: y)
  }
}
