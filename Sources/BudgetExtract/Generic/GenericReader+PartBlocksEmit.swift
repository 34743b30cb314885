import BudgetModel

extension GenericReader {
  static let partBlockLeftOver = "a figure left over at the end of a table"

  /// The table of a `PartBlock`: the rows, the block's whole row and its part row (`うち`).
  mutating func emitPartBlockTable(
    rows: [(String, [CellToken], Int)], label: String, labelLine: Int, block: PartBlock,
    meanings: [ColumnMeaning], unit: String, header: Int, caption: String
  ) {
    var records = rows.map { row in
      SummaryRowRecord(
        label: row.0, cells: row.1.map(\.figure), span: SourceSpan(line: row.2))
    }
    let wholeLines = block.wholes.map(\.line)
    var whole = SummaryRowRecord(
      label: label, cells: block.wholes.map(\.figure),
      span: SourceSpan(line: labelLine > 0 ? labelLine : wholeLines[0], endLine: wholeLines.last!))
    whole.cellLines = wholeLines
    var part = SummaryRowRecord(
      label: block.partLabel, cells: block.parts.map(\.figure),
      span: SourceSpan(line: block.parts[0].line, endLine: block.parts.last!.line))
    part.cellLines = block.parts.map(\.line)
    part.isPartOfAbove = true
    records += [whole, part]
    let end = block.parts.last!.line
    var table = SummaryTableRecord(
      section: caption, unit: unit, columns: meanings.map(\.header), rows: records,
      span: SourceSpan(line: header, endLine: end))
    table.meanings = meanings
    table.confirmed = true
    let read = Set(rows.map(\.2) + wholeLines + block.parts.map(\.line) + [labelLine])
    diagnostics.removeAll { diagnostic in
      (Self.isUnplacedRowMessage(diagnostic.message)
        || diagnostic.message == Self.partBlockLeftOver)
        && read.contains { diagnostic.span.line <= $0 && $0 <= diagnostic.span.endLine }
    }
    tables.insert(table, at: tables.firstIndex { $0.span.line > header } ?? tables.endIndex)
  }
}
