import BudgetModel

/// A unit statement printed after a table (`(単位:百万円)` below its rows, with no table or
/// bare-number item after it before the next statement): the statement may be that table's own,
/// printed under it, while the table took the unit stated before it (`億円`), so that every
/// figure would be 100 times too large. Which unit applies is not certain: the table right
/// before the statement, nothing read between them, is reported when its unit differs.
extension GenericReader {
  static let trailingUnitMessage =
    "a unit statement printed after this table names another unit than the one it was read in; which applies is not certain"

  mutating func reportTablesBeforeTrailingUnits(_ lines: [Line]) {
    var statements: [(line: Int, unit: String)] = []
    var bareLines: Set<Int> = []
    for line in lines {
      if case .unit(let unit, _) = GenericLine.classify(line, parser: parser) {
        statements.append((line.number, unit))
      } else if !line.normalized.contains("円") {
        bareLines.insert(line.number)
      }
    }
    var unsure: [SummaryTableRecord] = []
    for (k, statement) in statements.enumerated() {
      let next = k + 1 < statements.count ? statements[k + 1].line : Int.max
      let after = statement.line + 1..<next
      // A table, or an item read as a bare number in the stated unit, uses the statement.
      guard !tables.contains(where: { after.contains($0.span.line) }),
        !amountLines.contains(where: {
          after.contains($0.span.line) && bareLines.contains($0.span.line)
        }),
        let table = tables.filter({ $0.span.endLine < statement.line }).max(by: {
          $0.span.endLine < $1.span.endLine
        }),
        let unit = table.unit, unit != statement.unit,
        !amountLines.contains(where: {
          (table.span.endLine + 1..<statement.line).contains($0.span.line)
        })
      else { continue }
      unsure.append(table)
    }
    guard !unsure.isEmpty else { return }
    tables.removeAll { unsure.contains($0) }
    for table in unsure {
      for row in table.rows {
        diagnostics.append(
          Diagnostic(
            kind: .tableUnexplained, message: Self.trailingUnitMessage, text: row.label,
            span: row.span))
      }
    }
  }
}
