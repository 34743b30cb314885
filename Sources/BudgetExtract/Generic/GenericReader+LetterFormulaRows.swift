import BudgetModel

/// Series of years whose rows a printed formula proves (`LetterFormulaRows`): after the line
/// reader, a header of years followed by rows of as many cells, one row's label printing a
/// formula over the letters of others. The settled rows it proves replace the diagnostics of
/// their lines; every other row stays reported as the line reader reports it.
extension GenericReader {
  static let letterRowsReach = 30

  mutating func readLetterFormulaTables(_ lines: [Line]) {
    for (k, line) in lines.enumerated() {
      guard case .text(let text) = GenericLine.classify(line, parser: parser),
        let years = LetterFormulaRows.years(text)
      else { continue }
      readLetterFormulaTable(lines, header: k, years: years)
    }
  }

  /// The rows after the header at `h` (up to a unit statement, another header or
  /// `letterRowsReach` lines): each line of as many cells as years, with a label.
  mutating func readLetterFormulaTable(_ lines: [Line], header h: Int, years: [String]) {
    var rows: [LetterFormulaRows.Row] = []
    for line in lines[(h + 1)..<min(lines.count, h + 1 + Self.letterRowsReach)] {
      let kind = GenericLine.classify(line, parser: parser)
      if case .unit = kind { break }
      if case .text(let text) = kind, LetterFormulaRows.years(text) != nil { break }
      guard case .row(let label, let cells) = kind, !label.isEmpty, cells.count == years.count
      else { continue }
      rows.append(LetterFormulaRows.Row(label: label, cells: cells, line: line.number))
    }
    let proven = LetterFormulaRows.proven(rows)
    let settled = rows.filter { row in
      guard let l = LetterFormulaRows.letter(row.label), proven.contains(l) else { return false }
      let words = row.label.dropLast(3).split(separator: " ").last.map(String.init) ?? ""
      let role = SettlementHeader.role(of: words)
      return role == .settledRevenue || role == .settledExpenditure
    }
    let lineSet = Set(settled.map(\.line))
    guard let first = settled.first, let last = settled.last,
      !tables.contains(where: { $0.rows.contains { lineSet.contains($0.span.line) } }),
      !amountLines.contains(where: { lineSet.contains($0.span.line) }),
      let unit = settled[0].cells.first.flatMap({ LetterFormulaRows.value($0)?.1 })
    else { return }
    var record = SummaryTableRecord(
      section: "", unit: unit, columns: years,
      rows: settled.map {
        SummaryRowRecord(
          label: $0.label.filter { $0 != " " }, cells: $0.cells.map(\.figure),
          span: SourceSpan(line: $0.line))
      },
      span: SourceSpan(line: first.line, endLine: last.line))
    record.meanings = ColumnHeader.meanings(years.joined(separator: " ")).map {
      var meaning = $0
      meaning.stage = .settlement
      return meaning
    }
    record.confirmed = true
    diagnostics.removeAll { lineSet.contains($0.span.line) }
    tables.insert(record, at: tables.firstIndex { $0.span.line > first.line } ?? tables.endIndex)
  }
}
