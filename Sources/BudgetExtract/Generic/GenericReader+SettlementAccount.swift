import BudgetModel

/// Settlement accounts the line reader could not place (`SettlementAccount`): after the
/// reader, each run of lines made of nothing but an account's words, years, units and cells
/// that no table or amount of the reader covers is read as one account, and replaces the
/// diagnostics of its lines when the account's identities prove it. Only the settled amounts
/// (収納済歳入額, 支出済歳出額) are exported, the settlement of each year column; the other lines
/// of the account are reported as the line reader reports them.
extension GenericReader {
  mutating func readSettlementAccounts(_ lines: [Line]) {
    var run: [(line: Line, tokens: [SettlementAccount.Token])] = []
    for line in lines {
      let text = GenericLine.text(of: line)
      if let tokens = SettlementAccount.tokens(text, line: line.number, parser: parser) {
        run.append((line, tokens))
        continue
      }
      readSettlementRun(run, lines)
      run = []
    }
    readSettlementRun(run, lines)
  }

  mutating func readSettlementAccount(
    _ run: [(line: Line, tokens: [SettlementAccount.Token])], _ lines: [Line]
  ) {
    let printed = run.filter { !$0.tokens.isEmpty }
    let unitAbove = printed.first.flatMap { unitStatement(lines, before: $0.line.number) }
    guard let first = printed.first?.line.number, let last = printed.last?.line.number,
      printed.contains(where: { $0.tokens.contains { if case .role = $0 { true } else { false } } }
      ),
      let reading = SettlementAccount.reading(printed.map(\.tokens), unitAbove: unitAbove),
      let kept = SettlementAccount.provenSettled(reading),
      !tables.contains(where: {
        $0.span.line <= last && first <= $0.span.endLine && !Self.hasYearRows($0)
      }),
      !amountLines.contains(where: { (first...last).contains($0.span.line) }),
      // `1 歳入歳出決算(見込)` (hunt6, a variant of zaimu-h03): an estimate, nothing settled.
      !settlementCaption(lines, before: first).contains("見込")
    else { return }
    let meanings = ColumnHeader.meanings(reading.years.joined(separator: " "))
    guard meanings.count == reading.years.count,
      meanings.allSatisfy({ $0.kind == .amount && $0.fiscalYearLabel != nil && $0.stage == nil })
    else { return }
    let rows = kept.map { k in
      let entry = reading.entries[k]
      var row = SummaryRowRecord(
        label: entry.label, cells: entry.cells.map(\.figure),
        span: SourceSpan(
          line: entry.cells[0].line, endLine: entry.cells[entry.cells.count - 1].line))
      if Set(entry.cells.map(\.line)).count > 1 { row.cellLines = entry.cells.map(\.line) }
      return row
    }
    var record = SummaryTableRecord(
      section: settlementCaption(lines, before: first), unit: reading.unit,
      columns: reading.years, rows: rows, span: SourceSpan(line: first, endLine: last))
    record.meanings = meanings.map {
      var meaning = $0
      meaning.stage = .settlement
      return meaning
    }
    record.confirmed = true
    diagnostics.removeAll { (first...last).contains($0.span.line) }
    // The line reader's reading of rows that are years, every settled cell in one year.
    tables.removeAll { $0.span.line <= last && first <= $0.span.endLine }
    for line in reading.shortRows {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine, message: SettlementAccount.shortRowMessage, text: "",
          span: SourceSpan(line: line)))
    }
    for (k, entry) in reading.entries.enumerated() where !kept.contains(k) {
      diagnostics.append(entry.notExported)
    }
    tables.insert(record, at: tables.firstIndex { $0.span.line > first } ?? tables.endIndex)
  }

  /// A table whose every row is labelled by a year alone (`22年度`, `21年度`).
  static func hasYearRows(_ table: SummaryTableRecord) -> Bool {
    !table.rows.isEmpty
      && table.rows.allSatisfy { SettlementAccount.isYear($0.label.filter { $0 != " " }) }
  }

  /// The unit a statement states among the four text lines right above an account
  /// (`(単位:千円)` / `(ア) 歳入歳出決算` / `区分 …`); nil past a line of figures.
  func unitStatement(_ lines: [Line], before start: Int) -> String? {
    var texts = 0
    for line in Self.lines(lines, before: start).reversed() {
      switch GenericLine.classify(line, parser: parser) {
      case .blank: continue
      case .unit(let unit, _): return unit
      case .text:
        texts += 1
        if texts > 4 { return nil }
      default: return nil
      }
    }
    return nil
  }

  /// The lines numbered before `number` (the lines are in their order): found by halving, not
  /// by a walk back from the document's end, which made one walk per account quadratic on a
  /// long document of many small blocks (`Bench/hostile.py`, `cells-per-line`).
  static func lines(_ lines: [Line], before number: Int) -> ArraySlice<Line> {
    var low = 0
    var high = lines.count
    while low < high {
      let mid = (low + high) / 2
      if lines[mid].number < number { low = mid + 1 } else { high = mid }
    }
    return lines[..<low]
  }

  /// The heading right above an account (`1 歳入歳出決算`), or the account's own name.
  func settlementCaption(_ lines: [Line], before start: Int) -> String {
    let above = Self.lines(lines, before: start).last { !GenericLine.text(of: $0).isEmpty }
    guard let line = above, case .text(let text) = GenericLine.classify(line, parser: parser)
    else { return "歳入歳出決算" }
    return text
  }
}

extension GenericReader {
  /// A table of the account's columns whose rows are years (`22年度`, `21年度`) that no proven
  /// account replaced: its settled column names no year, and every row would be taken as the
  /// document's year; its rows are reported instead.
  mutating func reportYearRowSettlements() {
    let unread = tables.filter { table in
      Self.hasYearRows(table)
        && (table.meanings ?? []).contains { $0.stage == .settlement && $0.fiscalYearLabel == nil }
    }
    unreadTables(
      unread,
      message:
        "a row of the settlement account named by a year, in a table whose identities do not prove it, is not exported"
    )
  }

  /// Takes tables read earlier back out of the reading and reports each of their rows, with
  /// why none of them is exported.
  mutating func unreadTables(_ unread: [SummaryTableRecord], message: String) {
    guard !unread.isEmpty else { return }
    tables.removeAll { unread.contains($0) }
    for table in unread {
      for row in table.rows {
        diagnostics.append(
          Diagnostic(kind: .tableUnexplained, message: message, text: row.label, span: row.span))
      }
    }
  }
}
