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
      readSettlementAccount(run, lines)
      run = []
    }
    readSettlementAccount(run, lines)
  }

  mutating func readSettlementAccount(
    _ run: [(line: Line, tokens: [SettlementAccount.Token])], _ lines: [Line]
  ) {
    let printed = run.filter { !$0.tokens.isEmpty }
    guard let first = printed.first?.line.number, let last = printed.last?.line.number,
      printed.contains(where: { $0.tokens.contains { if case .role = $0 { true } else { false } } }
      ),
      let reading = SettlementAccount.read(
        printed.map(\.tokens), unitAbove: unitStatement(lines, before: first)),
      let kept = SettlementAccount.provenSettled(reading),
      !tables.contains(where: { $0.span.line <= last && first <= $0.span.endLine }),
      !amountLines.contains(where: { (first...last).contains($0.span.line) })
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
    for (k, entry) in reading.entries.enumerated() where !kept.contains(k) {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "a line of the settlement account other than the settled amount (\(entry.label)) is not exported",
          text: entry.label, span: SourceSpan(line: entry.cells[0].line)))
    }
    tables.insert(record, at: tables.firstIndex { $0.span.line > first } ?? tables.endIndex)
  }

  /// The unit a statement states among the four text lines right above an account
  /// (`(単位:千円)` / `(ア) 歳入歳出決算` / `区分 …`); nil past a line of figures.
  func unitStatement(_ lines: [Line], before start: Int) -> String? {
    var texts = 0
    for line in lines.reversed() where line.number < start {
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

  /// The heading right above an account (`1 歳入歳出決算`), or the account's own name.
  func settlementCaption(_ lines: [Line], before start: Int) -> String {
    let above = lines.last { $0.number < start && !GenericLine.text(of: $0).isEmpty }
    guard let line = above, case .text(let text) = GenericLine.classify(line, parser: parser)
    else { return "歳入歳出決算" }
    return text
  }
}
