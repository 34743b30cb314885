import BudgetModel

/// A row's last cell with its sign printed after the figure (`1,530▲`, `123△`), as several
/// 財務省 tables print a negative change. The sign is read only on the line's last cells (each
/// with its own sign after it) and after two or more cells (a row of a table with a change column, never a lone figure: in
/// `73,024△ 12,011` the sign is the next figure's), and the row is kept only when a relation of
/// the table's reading that uses that cell holds on it (B − A = C with C negative), else it is
/// reported (`GenericReader.unprovenTrailingSigns`).
enum TrailingSign {
  /// The cells of a line whose last token is a figure with its sign after it, and where the
  /// label ends; nil when the line is not such a row.
  static func lastCell(_ printed: [String], line: Line, parser: FigureParser) -> (
    tokens: [String], cells: [CellToken], labelEnd: Int
  )? {
    var tokens = printed
    // `1,478 ▲`: a sign set apart after the line's last figure (nothing follows it) is that
    // figure's.
    if tokens.count > 1, tokens[tokens.count - 1] == "▲",
      tokens[tokens.count - 2].last?.isASCIIDigitCharacter == true
    {
      let sign = tokens.removeLast()
      tokens[tokens.count - 1] += sign
    }
    var cells: [CellToken] = []
    var k = tokens.count
    // The signed cells end the line (`1,530▲ 25.4▲`: each sign after its own figure).
    while k > 0,
      let signed = CellToken.parse(
        tokens[k - 1], line: line.number, parser: parser, signAfter: true),
      signed.signAfter, !signed.hasUnit
    {
      cells.insert(signed, at: 0)
      k -= 1
    }
    guard !cells.isEmpty else { return nil }
    while k > 0, let cell = CellToken.parse(tokens[k - 1], line: line.number, parser: parser) {
      cells.insert(cell, at: 0)
      k -= 1
    }
    guard cells.count >= 3, cells.contains(where: { !$0.signAfter && $0.figure.amount != nil })
    else { return nil }
    return (tokens, cells, k)
  }
}

extension GenericReader {
  /// Rows holding a cell whose sign is printed after it that no relation of the reading
  /// (`B − A = C`, a rate, a ratio) using that cell confirms: reported with their lines.
  mutating func unprovenTrailingSigns(_ table: TableDraft) -> [Int] {
    let relations = TableArithmetic.relations(table.meanings)
    var unproven: [Int] = []
    for (r, cells) in table.cells.enumerated() {
      let signed = cells.indices.filter { cells[$0].signAfter }
      guard !signed.isEmpty else { continue }
      let proven =
        cells.count == table.meanings.count
        && signed.allSatisfy { k in
          relations.contains { relation in
            [relation.lhs, relation.rhs, relation.result].contains(k)
              && TableArithmetic.holds(relation, cells) == true
          }
        }
      guard !proven else { continue }
      unproven.append(r)
      diagnostics.append(
        Diagnostic(
          kind: .tableUnconfirmed,
          message:
            "a figure with its sign printed after it that the row's arithmetic does not confirm; the row is not exported",
          text: table.rows[r].label, span: table.rows[r].span))
    }
    return unproven
  }
}
