import BudgetModel

/// Rows printed one cell per line in a PDF's reading order with their header words scattered
/// around them (keisatsu-r6: `6年度` / `予算` at the top, `うち、人件費` / `1,038` / `1,062` /
/// `+24` / `+ 2.3%`, …, `(単位:億円)` / `5年度` / `当初` near the end). A row is read only
/// when it is four cells, two amounts, their change and its rate, whose arithmetic holds in
/// exactly one order of the two amounts (which amount is the earlier year is proved by the
/// change and the rate, not by the printed order), when the header words around them name
/// exactly two years one apart, the block states one unit, and the row's label is printed
/// right before its first cell. Every other cell stays reported.
extension GenericReader {
  struct CellGroup {
    var label: String
    var labelLine: Int
    var cells: [CellToken]
  }

  /// Reads the groups of the document's unread one-cell lines (a pass after `finish`).
  mutating func readCellGroups(_ lines: [Line]) {
    let unread = Set(
      diagnostics.filter { $0.message.hasPrefix(Self.noHeaderMessage) }.map(\.span.line))
    guard unread.count >= 4 else { return }
    let kinds = lines.map { GenericLine.classify(SpokenSigns.replacing($0), parser: parser) }
    let before = tables.count
    var read = CellGroupsRead()
    var k = 0
    while k < lines.count {
      guard unread.contains(lines[k].number), Self.oneCell(kinds[k]) != nil else {
        k += 1
        continue
      }
      let (cells, end) = cellRun(from: k, lines, kinds, unread)
      defer { k = end }
      guard cells.count >= 4, cells.count % 4 == 0 else { continue }
      readGroups(cells, start: k, lines, kinds, into: &read)
    }
    // One block read: its total row and a row whose label follows it (`+CellGroupsTotal`).
    if tables.count == before + 1, let start = read.start {
      readTotalRow(lines, kinds, start: start, read: read)
      readParenthesizedTwins(lines, kinds)
    }
  }

  /// What the groups of a block gave: its first row's first cell, the rows read (as
  /// [earlier, later, change, rate]) and the groups with no label before them.
  struct CellGroupsRead {
    var start: Int?
    var rows: [[CellToken]] = []
    var unlabelled: [[CellToken]] = []
  }

  /// The single cell of a line of one bare cell (`1,038`, `+24`, `▲6.6%`).
  static func oneCell(_ kind: GenericLine) -> CellToken? {
    guard case .row(let label, let cells) = kind, label.isEmpty, cells.count == 1,
      !cells[0].hasUnit, cells[0].figure.amount != nil
    else { return nil }
    return cells[0]
  }

  /// A line of figures in parentheses only (`(1,654)`, `(▲98) (▲3.1%)`): printed beside a
  /// cell, another figure the legend of parentheses explains (not read here).
  static func isParenthesizedOnly(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    return compact.hasPrefix("(") && compact.hasSuffix(")")
      && compact.contains(where: \.isASCIIDigitCharacter)
      && compact.allSatisfy { "0123456789,.()%▲+-".contains($0) }
  }

  /// The one-cell lines from `k` on, over blank lines and parenthesized figures, until any
  /// other line.
  func cellRun(from start: Int, _ lines: [Line], _ kinds: [GenericLine], _ unread: Set<Int>)
    -> ([CellToken], Int)
  {
    var cells: [CellToken] = []
    var k = start
    while k < lines.count {
      if case .blank = kinds[k] {
      } else if case .text(let text) = kinds[k], Self.isParenthesizedOnly(text) {
      } else if unread.contains(lines[k].number), let cell = Self.oneCell(kinds[k]) {
        cells.append(cell)
      } else {
        break
      }
      k += 1
    }
    return (cells, k)
  }

  /// Groups of four cells (three amounts, then a rate), each read when its arithmetic decides
  /// the order of its two amounts; the first group takes the label printed right before it.
  mutating func readGroups(
    _ cells: [CellToken], start: Int, _ lines: [Line], _ kinds: [GenericLine],
    into read: inout CellGroupsRead
  ) {
    let groups = stride(from: 0, to: cells.count, by: 4).map { Array(cells[$0..<$0 + 4]) }
    guard
      groups.allSatisfy({ g in
        !g[0].isPercent && !g[1].isPercent && !g[2].isPercent && g[3].isPercent
      }),
      let label = Self.labelBefore(start, lines, kinds),
      let (meanings, unit) = Self.scatteredHeader(around: start, lines, kinds)
    else { return }
    guard let cells = Self.ordered(groups[0], meanings) else { return }
    read.start = read.start ?? start
    read.rows.append(cells)
    let rest = groups.dropFirst().map { Self.ordered($0, meanings) }
    if rest.allSatisfy({ $0 != nil }) { read.unlabelled += rest.compactMap { $0 } }
    var row = SummaryRowRecord(
      label: label.text, cells: cells.map(\.figure),
      span: SourceSpan(line: label.line, endLine: cells.map(\.line).max() ?? label.line))
    row.cellLines = cells.map(\.line)
    row.isPartOfAbove = label.text.hasPrefix("うち")
    if let previous = tables.last, previous.meanings == meanings, previous.unit == unit,
      previous.rows.last?.cellLines.count == 4, previous.section == Self.cellGroupSection
    {
      tables[tables.count - 1].rows.append(row)
      tables[tables.count - 1].span.endLine = row.span.endLine
    } else {
      var record = SummaryTableRecord(
        section: Self.cellGroupSection, unit: unit, columns: meanings.map(\.header), rows: [row],
        span: row.span)
      record.meanings = meanings
      record.confirmed = true
      tables.append(record)
    }
    let taken = Set(cells.map(\.line))
    diagnostics.removeAll {
      taken.contains($0.span.line) && $0.message.hasPrefix(Self.noHeaderMessage)
    }
  }

  static let cellGroupSection = ""

  /// The group's cells as [earlier year, later year, change, rate], when exactly one order of
  /// its two amounts makes the change and the rate hold.
  static func ordered(_ group: [CellToken], _ meanings: [ColumnMeaning]) -> [CellToken]? {
    let orders = [
      [group[0], group[1], group[2], group[3]], [group[1], group[0], group[2], group[3]],
    ]
    let fitting = orders.filter { cells in
      let verdict = TableArithmetic.check(meanings, rows: [cells])
      return verdict.held == 2 && verdict.failedRows.isEmpty
    }
    guard fitting.count == 1, group[2].decimal?.significand != 0 else { return nil }
    return fitting[0]
  }

  /// The row label printed right before the group's first cell: a short text line with no
  /// figure, no year and no stage or comparison (`うち、人件費`).
  static func labelBefore(_ k: Int, _ lines: [Line], _ kinds: [GenericLine]) -> (
    text: String, line: Int
  )? {
    var j = k - 1
    while j >= 0, case .blank = kinds[j] { j -= 1 }
    guard j >= 0, case .text(let text) = kinds[j], text.count <= 30, !holdsFigure(text),
      !isNote(text), !text.contains("年度"), !isStageOnly(text), !text.hasPrefix("対")
    else { return nil }
    return (joinLabel([text]), lines[j].number)
  }
}

extension GenericReader {
  /// A line of a block printed in reading order: blank, a unit statement, one bare cell,
  /// figures in parentheses, or a short text (a label or a header's words).
  static func isBlockLine(_ kind: GenericLine) -> Bool {
    switch kind {
    case .blank: return true
    case .unit(_, let caption): return caption.isEmpty
    case .row: return oneCell(kind) != nil
    case .text(let text):
      return isParenthesizedOnly(text)
        || (text.count <= 12 && !holdsFigure(text) && !isNote(text) && !text.contains("。"))
    }
  }

  /// The lines around `k` that are all block lines.
  static func blockRange(around k: Int, _ kinds: [GenericLine]) -> (Int, Int) {
    var first = k
    while first > 0, isBlockLine(kinds[first - 1]) { first -= 1 }
    var last = k
    while last + 1 < kinds.count, isBlockLine(kinds[last + 1]) { last += 1 }
    return (first, last)
  }

  /// The columns the header words around a group name, and the block's unit: the block is
  /// the lines around it that are all block lines; its runs of text lines each read as a
  /// header (a run opening with `対`, `対5年度当初` / `② - ①`, names a comparison, not an
  /// amount). Exactly two amount columns with years one apart (in one era), and exactly one
  /// unit statement, or nil.
  static func scatteredHeader(around k: Int, _ lines: [Line], _ kinds: [GenericLine]) -> (
    [ColumnMeaning], String
  )? {
    let (first, last) = blockRange(around: k, kinds)
    var units = Set<String>()
    var amounts: [ColumnMeaning] = []
    var comparison: String?
    var run: [String] = []
    func closeRun() {
      defer { run = [] }
      guard let opening = run.first else { return }
      if opening.hasPrefix("対") {
        comparison = run.joined()
        return
      }
      amounts += ColumnHeader.meanings(run.joined(separator: " ")).filter {
        $0.kind == .amount && $0.fiscalYearLabel != nil
      }
    }
    for j in first...last {
      switch kinds[j] {
      case .unit(let unit, _):
        units.insert(unit)
        closeRun()
      case .text(let text) where !isParenthesizedOnly(text):
        run.append(text.filter { $0 != " " })
      default:
        closeRun()
      }
    }
    closeRun()
    guard units.count == 1, let unit = units.first, let comparison, amounts.count == 2,
      let a = ColumnMeaning.yearKey(amounts[0].fiscalYearLabel),
      let b = ColumnMeaning.yearKey(amounts[1].fiscalYearLabel), a.era == b.era,
      abs(a.n - b.n) == 1
    else { return nil }
    let ordered = a.n < b.n ? amounts : amounts.reversed()
    return (
      ordered + [
        ColumnMeaning(kind: .change, header: comparison),
        ColumnMeaning(kind: .ratePercent, header: "%"),
      ], unit
    )
  }
}
