import BudgetModel

/// The rows of a table of numbered supplementary budgets and their sum
/// (`GenericReader+StageSums`): which of a row's cells is whose, as its own sum and its
/// label prove it, and the table they make.
extension GenericReader {
  /// A row's records (one, or one per label piece) with each cell under its column (the
  /// budgets, then the sum; a column the row does not print has line 0), and why the cells
  /// left out are not read; no record when nothing of the row is proven.
  func placeStageSumRow(_ row: StageSumRow, header: StageSumHeader) -> (
    [SummaryRowRecord], String?
  ) {
    let n = header.stages.count
    let cells = row.cells
    let k = cells.count
    let label = Self.joinLabel(row.pieces)
    let named = Self.stageColumns(label, header)
    func record(_ label: String, _ placed: [Int: CellToken]) -> SummaryRowRecord {
      var record = SummaryRowRecord(
        label: label, cells: (0...n).map { placed[$0]?.figure ?? PrintedFigure(amount: nil) },
        span: SourceSpan(line: row.line.number))
      record.cellLines = (0...n).map { placed[$0] == nil ? 0 : row.line.number }
      return record
    }
    if k == n + 1, Self.stageSumHolds(Array(cells[..<n]), cells[n]) {
      return ([record(label, Dictionary(uniqueKeysWithValues: cells.enumerated().map { $0 }))], nil)
    }
    if k >= 2, Self.stageSumHolds(Array(cells[..<(k - 1)]), cells[k - 1]) {
      // One label piece per part, each naming one budget, in the header's order.
      let columns = row.pieces.map { Self.stageColumns($0, header) }
      if k >= 3, row.pieces.count == k - 1, columns.allSatisfy({ $0.count == 1 }),
        zip(columns, columns.dropFirst()).allSatisfy({ $0[0] < $1[0] })
      {
        let records = row.pieces.indices.map { p in
          record(Self.joinLabel([row.pieces[p]]), [columns[p][0]: cells[p]])
        }
        return (records, Self.stageSumTotalMessage)
      }
      if k == 2, named.count == 1 {
        return ([record(label, [named[0]: cells[0], n: cells[1]])], nil)
      }
      return ([record(label, [n: cells[k - 1]])], Self.stageSumPartsMessage)
    }
    guard k <= 2, named.count == 1 else { return ([], nil) }
    return ([record(label, [named[0]: cells[0]])], k == 2 ? Self.stageSumOtherMessage : nil)
  }

  /// The header's columns of the budgets a label names (`…(1次補正)` → `[0]`); empty when it
  /// names one the header does not print.
  static func stageColumns(_ label: String, _ header: StageSumHeader) -> [Int] {
    let columns = StageSumHeader.stagesNamed(in: label).map { header.stages.firstIndex(of: $0) }
    guard columns.allSatisfy({ $0 != nil }) else { return [] }
    return Array(Set(columns.compactMap { $0 })).sorted()
  }

  /// The table: the budgets are parts (`partOf`) of the sum, the caption's year's
  /// supplementary budget; the lines read lose their diagnostics, the cells left out are
  /// reported with their lines.
  mutating func emitStageSumTable(
    _ rows: [SummaryRowRecord], header: StageSumHeader, year: String, unit: String,
    caption: String, _ reported: [(Int, String)]
  ) {
    let n = header.stages.count
    let total = header.totalWord ?? "計"
    var meanings = header.words.map { word -> ColumnMeaning in
      var meaning = ColumnMeaning(kind: .other, header: word)
      meaning.partOf = n
      return meaning
    }
    meanings.append(
      ColumnMeaning(kind: .amount, header: total, fiscalYearLabel: year, stage: .supplementary))
    let first = rows.map(\.span.line).min() ?? 0
    let last = rows.map(\.span.line).max() ?? 0
    var table = SummaryTableRecord(
      section: caption, unit: unit, columns: header.words + [total], rows: rows,
      span: SourceSpan(line: first, endLine: last))
    table.meanings = meanings
    table.confirmed = true
    let read = Set(rows.map(\.span.line))
    diagnostics.removeAll { diagnostic in
      Self.isUnplacedRowMessage(diagnostic.message)
        && read.contains { diagnostic.span.line <= $0 && $0 <= diagnostic.span.endLine }
    }
    for (line, why) in reported {
      let text = rows.first { $0.span.line == line }?.label ?? ""
      diagnostics.append(
        Diagnostic(kind: .unrecognizedLine, message: why, text: text, span: SourceSpan(line: line)))
    }
    tables.insert(table, at: tables.firstIndex { $0.span.line > first } ?? tables.endIndex)
  }
}
