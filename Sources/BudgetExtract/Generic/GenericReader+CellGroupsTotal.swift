import BudgetModel

/// The total row of a block of cell groups (`GenericReader+CellGroups`), whose cells come
/// one by one right after the header words of their columns (`6年度` / `予算` / `2,806`, …,
/// `5年度` / `当初` / `2,902`, `対5年度当初` / `② - ①` / `▲95` / `▲3.3%`), and a group
/// whose label is printed after it (`警察庁`, `うち、交付税特会繰入` after every cell). Read
/// only when the total row's own arithmetic holds, the rows of the block (the `うち` rows read
/// and the unlabelled one) add up to it in both years and the change, and the labels left
/// over are exactly one not `うち` (the total's) and one `うち` (the unlabelled group's).
extension GenericReader {
  mutating func readTotalRow(
    _ lines: [Line], _ kinds: [GenericLine], start: Int, read: CellGroupsRead
  ) {
    // The total's cells may have been taken for a table the reader did not export: any line
    // no record holds is free.
    var held = Set<Int>()
    for table in tables {
      for row in table.rows { held.formUnion([row.span.line] + row.cellLines) }
    }
    for record in amountLines { held.formUnion(record.span.line...record.span.endLine) }
    let free = Set(lines.map(\.number)).subtracting(held)
    guard read.unlabelled.count == 1, let meanings = tables.last?.meanings, meanings.count == 4,
      let (total, headerLines) = Self.headerRowCells(around: start, lines, kinds, free, meanings)
    else { return }
    let verdict = TableArithmetic.check(meanings, rows: [total])
    let parts = read.rows + read.unlabelled
    guard verdict.held == 2, verdict.failedRows.isEmpty, parts.count >= 2,
      Self.sumsTo(parts, total, columns: [0, 1, 2])
    else { return }
    // The labels left: short text lines after the first row's label, in no header run and
    // naming no row read.
    let (first, last) = Self.blockRange(around: start, kinds)
    let named = Set(tables.last?.rows.map(\.span.line) ?? [])
    var left: [(text: String, line: Int)] = []
    for j in first...last where j > start && !headerLines.contains(j) {
      guard case .text(let text) = kinds[j], !Self.isParenthesizedOnly(text),
        !named.contains(lines[j].number)
      else { continue }
      left.append((Self.joinLabel([text]), lines[j].number))
    }
    let parts0 = left.filter { $0.text.hasPrefix("うち") }
    let others = left.filter { !$0.text.hasPrefix("うち") }
    guard parts0.count == 1, others.count == 1 else { return }
    let dropped =
      appendCellRow(others[0], total, atStart: true)
      + appendCellRow(parts0[0], read.unlabelled[0], atStart: false)
    // The other lines with figures of a diagnostic dropped are reported on their own.
    let taken = Set(total.map(\.line) + read.unlabelled[0].map(\.line))
    let numbered = Dictionary(lines.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
    for number in Set(dropped.flatMap { $0.span.line...$0.span.endLine }).sorted()
    where !taken.contains(number) {
      guard let line = numbered[number] else { continue }
      let text = GenericLine.text(of: line)
      guard Self.holdsFigure(text) else { continue }
      report(
        line, text: text,
        why: "a figure beside a block of cells read in reading order that no row takes")
    }
  }

  /// A row of the last table from a label and its ordered cells; the diagnostics over its
  /// lines are dropped and returned.
  mutating func appendCellRow(
    _ label: (text: String, line: Int), _ cells: [CellToken], atStart: Bool
  ) -> [Diagnostic] {
    let lines = cells.map(\.line)
    var row = SummaryRowRecord(
      label: label.text, cells: cells.map(\.figure),
      span: SourceSpan(
        line: min(label.line, lines.min() ?? label.line),
        endLine: max(label.line, lines.max() ?? label.line)))
    row.cellLines = lines
    row.isPartOfAbove = label.text.hasPrefix("うち")
    let k = tables.count - 1
    if atStart { tables[k].rows.insert(row, at: 0) } else { tables[k].rows.append(row) }
    let all = tables[k].rows.flatMap { [$0.span.line] + $0.cellLines }
    tables[k].span = SourceSpan(line: all.min() ?? label.line, endLine: all.max() ?? label.line)
    // A diagnostic over a line read now is dropped.
    let over = { (d: Diagnostic) in lines.contains { (d.span.line...d.span.endLine).contains($0) } }
    defer { diagnostics.removeAll(where: over) }
    return diagnostics.filter(over)
  }

  /// The cells printed right after each header run of the block: one cell after each year's
  /// words, an amount and a rate after the comparison's (`対…`); as [earlier, later, change,
  /// rate], with the lines of the header runs. Nil unless each is found once.
  static func headerRowCells(
    around k: Int, _ lines: [Line], _ kinds: [GenericLine], _ unread: Set<Int>,
    _ meanings: [ColumnMeaning]
  ) -> ([CellToken], Set<Int>)? {
    let (first, last) = blockRange(around: k, kinds)
    var cells: [Int: CellToken] = [:]
    var headerLines = Set<Int>()
    var j = first
    while j <= last {
      guard case .text(let text) = kinds[j], !isParenthesizedOnly(text) else {
        j += 1
        continue
      }
      var run: [String] = []
      var end = j
      while end <= last, case .text(let t) = kinds[end], !isParenthesizedOnly(t) {
        run.append(t.filter { $0 != " " })
        end += 1
      }
      let next = followingCells(from: end, upTo: last, lines, kinds, unread)
      if run[0].hasPrefix("対") {
        guard next.count >= 2, !next[0].isPercent, next[1].isPercent, cells[2] == nil else {
          return nil
        }
        (cells[2], cells[3]) = (next[0], next[1])
        headerLines.formUnion(j..<end)
      } else {
        let years = ColumnHeader.meanings(run.joined(separator: " ")).compactMap(\.fiscalYearLabel)
        if years.count == 1,
          let column = meanings.prefix(2).firstIndex(where: { $0.fiscalYearLabel == years[0] })
        {
          guard let cell = next.first, !cell.isPercent, cells[column] == nil else { return nil }
          cells[column] = cell
          headerLines.formUnion(j..<end)
        } else if !years.isEmpty {
          return nil
        }
      }
      j = end
    }
    guard cells.count == 4 else { return nil }
    return ((0..<4).map { cells[$0]! }, headerLines)
  }

  /// The unread one-cell lines right after `j` (over blank lines and figures in parentheses).
  static func followingCells(
    from j: Int, upTo last: Int, _ lines: [Line], _ kinds: [GenericLine], _ unread: Set<Int>
  ) -> [CellToken] {
    var found: [CellToken] = []
    var k = j
    while k <= last {
      if case .blank = kinds[k] {
      } else if case .text(let text) = kinds[k], isParenthesizedOnly(text) {
      } else if case .unit = kinds[k] {
        break
      } else if unread.contains(lines[k].number), let cell = oneCell(kinds[k]) {
        found.append(cell)
        if found.count == 2 { break }
      } else {
        break
      }
      k += 1
    }
    return found
  }
}
