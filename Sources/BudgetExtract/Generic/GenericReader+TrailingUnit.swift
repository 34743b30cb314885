import BudgetModel

/// A unit statement printed after a table (`(単位:百万円)` below its rows, with no table or
/// bare-number item after it before the next statement): the statement may be that table's own,
/// printed under it, while the table took the unit stated before it (`億円`), so that every
/// figure would be 100 times too large. Which unit applies is not certain: the table right
/// before the statement, nothing read between them, is reported when its unit differs and it
/// took that unit from a statement an earlier table took it from (`tookUnitInForce`).
extension GenericReader {
  static let trailingUnitMessage =
    "a unit statement printed after this table names another unit than the one it was read in; which applies is not certain"

  /// Whether the table took its unit from a statement that an earlier table already took it
  /// from (`(単位:億円)`, a table, prose, this table): not from a statement right above it or a
  /// unit printed in its own header (`29年度(百万円)`), which the statement after it cannot
  /// make uncertain.
  func tookUnitInForce(
    _ table: SummaryTableRecord, statements: ArraySlice<(line: Int, unit: String)>
  )
    -> Bool
  {
    guard let last = statements.last(where: { $0.line < table.span.line }), last.unit == table.unit
    else { return false }
    return tables.contains { last.line < $0.span.line && $0.span.line < table.span.line }
  }

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
        tookUnitInForce(table, statements: statements[..<k]),
        !amountLines.contains(where: {
          (table.span.endLine + 1..<statement.line).contains($0.span.line)
        })
      else { continue }
      unsure.append(table)
    }
    unreadTables(unsure, message: Self.trailingUnitMessage)
  }
}
