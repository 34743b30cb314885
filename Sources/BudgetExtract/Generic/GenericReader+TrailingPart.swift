import BudgetModel

/// A table row with a part of one of its amounts in parentheses after its cells, as 概算要求
/// tables print the 要望 share of a 要求・要望額 (`(組織)会計検査院 17,099 16,923 △176 (うち要望額 98)`):
/// the row is read without the parentheses. The part is a row of its own, `うち要望額`, a part
/// of the row above (not summed), with its figure in the one amount column whose header names
/// it (`3年度要求・要望額`) and no other cell — only when exactly one amount column names it and
/// the part is no larger than the row's own figure there (and not negative). Any other part is
/// reported with its line, never taken for a cell.
extension GenericReader {
  struct TrailingPart {
    /// What the part is, without `うち` and spaces (`要望額`).
    var name: String
    var cell: CellToken
    /// The parentheses as printed.
    var text: String
  }

  /// The row before a trailing `(うちX N)` and that part, when the line is such a row: a label,
  /// two or more cells, then the parentheses at the end of the line.
  static func rowThenPart(_ line: Line, parser: FigureParser) -> (row: Line, part: TrailingPart)? {
    let s = line.normalized
    guard s.count > 8, let close = s.lastIndex(where: { $0 != " " }), s[close] == ")",
      let open = s[..<close].lastIndex(of: "("), open > 0
    else { return nil }
    let inner = String(String.UnicodeScalarView(s[(open + 1)..<close]))
    var tokens = inner.split(separator: " ").map(String.init)
    guard tokens.count >= 2, tokens[0].hasPrefix("うち"),
      let cell = CellToken.parse(tokens.removeLast(), line: line.number, parser: parser),
      let amount = cell.decimal, amount.significand >= 0, !cell.isPercent
    else { return nil }
    let name = String(tokens.joined().dropFirst(2))
    guard !name.isEmpty, !name.contains(where: \.isNumber), !name.contains("("),
      !name.contains(")")
    else { return nil }
    let row = line.slice(0..<open)
    guard case .row(let label, let cells) = GenericLine.classify(row, parser: parser),
      !label.isEmpty, cells.count >= 2
    else { return nil }
    let part = TrailingPart(name: name, cell: cell, text: "(\(inner))")
    return (row, part)
  }

  /// Reads a row and then its trailing part, when the line is such a row: a part row when the
  /// table just read the row and exactly one of its amount columns names the part, else a
  /// report of the part's line.
  mutating func takeRowThenPart(_ line: Line) -> Bool {
    guard let (row, part) = Self.rowThenPart(line, parser: parser) else { return false }
    consume(row)
    guard case .body(var table) = state, let cells = table.cells.last,
      table.rows.last?.span.endLine == line.endNumber,
      let k = Self.partColumn(part, meanings: table.meanings, cells: cells)
    else {
      report(
        line, text: part.text,
        why: "a part in parentheses after a row's cells that no single column names is not exported"
      )
      return true
    }
    let absent = CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0)
    var partCells = Array(repeating: absent, count: table.meanings.count)
    partCells[k] = part.cell
    var record = SummaryRowRecord(
      label: "うち" + part.name, cells: partCells.map(\.figure),
      span: SourceSpan(line: line.number, endLine: line.endNumber))
    record.cellLines = partCells.map(\.line)
    record.isPartOfAbove = true
    table.rows.append(record)
    table.cells.append(partCells)
    state = .body(table)
    return true
  }

  /// The one amount column whose header names the part (`要望額` in `3年度要求・要望額`), when
  /// the row's figure there is at least the part's.
  static func partColumn(_ part: TrailingPart, meanings: [ColumnMeaning], cells: [CellToken])
    -> Int?
  {
    var word = part.name
    if word.count >= 3, word.hasSuffix("額") { word.removeLast() }
    let named = meanings.indices.filter { k in
      meanings[k].kind == .amount && meanings[k].header.filter { $0 != " " }.contains(word)
    }
    guard named.count == 1, let k = named.first, k < cells.count,
      let whole = cells[k].decimal, let piece = part.cell.decimal
    else { return nil }
    let scale = max(whole.scale, piece.scale)
    return piece.scaled(to: scale) <= whole.scaled(to: scale) ? k : nil
  }
}
