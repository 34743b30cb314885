import BudgetModel

/// One row of a table printed one cell per line whose cells print their unit and whose row
/// label is the heading above its header (keisan-h19-chusho-gaisan-yokyu-gaiyo):
///
///     1. 概算要求額
///     平成19年度要求額
///     平成18年度予算額
///     対前年増減
///     1,493億円
///     1,204億円
///     +289億円
///
/// After the line reader (which reports each cell as an amount with no label): `n` header
/// lines, each one column's words (`ColumnHeader`), right before `n` lines of one amount
/// each, all in one unit and no other cell after them; the heading right before the header
/// (a short text with no figure, not a note) is the row's label. Read only when the row's
/// own arithmetic holds (1,493 − 1,204 = 289) and the cells were read by no other rule.
extension GenericReader {
  static let headedStackMessage = "an amount with no label is not exported"

  mutating func readHeadedAmountStacks(_ lines: [Line]) {
    let kinds = lines.map { GenericLine.classify(SpokenSigns.replacing($0), parser: parser) }
    let filled = lines.indices.filter { if case .blank = kinds[$0] { false } else { true } }
    var f = 0
    while f < filled.count {
      f = readHeadedAmountStack(lines, kinds, filled, at: f)
    }
  }

  /// Reads the stack whose first cell is `filled[f]` if it has the shape; where to go on.
  mutating func readHeadedAmountStack(
    _ lines: [Line], _ kinds: [GenericLine], _ filled: [Int], at f: Int
  ) -> Int {
    var cells: [CellToken] = []
    var g = f
    while g < filled.count, let cell = Self.unitCell(kinds[filled[g]]) {
      cells.append(cell)
      g += 1
    }
    let n = cells.count
    guard n >= 2, f >= n + 1 else { return max(g, f + 1) }
    let headerTexts = filled[(f - n)..<f].compactMap { k -> String? in
      guard case .text(let text) = kinds[k], Self.isHeadedStackHeader(text) else { return nil }
      return text.filter { $0 != " " }
    }
    guard headerTexts.count == n, case .text(let heading) = kinds[filled[f - n - 1]],
      let label = Self.stackHeading(heading), Self.unreadCells(cells, self),
      let bare = Self.bareCells(cells)
    else { return g }
    let meanings = ColumnHeader.meanings(headerTexts.joined(separator: " "))
    guard meanings.count == n, meanings.contains(where: { $0.kind == .amount }) else { return g }
    let verdict = TableArithmetic.check(meanings, rows: [bare])
    guard verdict.held > 0, verdict.failedRows.isEmpty else { return g }
    var row = SummaryRowRecord(
      label: label, cells: cells.map(\.figure),
      span: SourceSpan(line: lines[filled[f - n - 1]].number, endLine: cells[n - 1].line))
    row.cellLines = cells.map(\.line)
    var record = SummaryTableRecord(
      section: "", unit: nil, columns: headerTexts, rows: [row],
      span: SourceSpan(line: lines[filled[f - n]].number, endLine: cells[n - 1].line))
    record.meanings = meanings
    record.confirmed = true
    tables.append(record)
    let read = Set(cells.map(\.line))
    diagnostics.removeAll { read.contains($0.span.line) }
    let titled = Set(filled[(f - n - 1)..<f].map { lines[$0].number })
    titles.removeAll { titled.contains($0.span.line) }
    return g
  }

  /// A line of one amount with its unit and no label (`1,493億円`, `+289億円`).
  static func unitCell(_ kind: GenericLine) -> CellToken? {
    guard case .row(let label, let cells) = kind, label.isEmpty, cells.count == 1,
      cells[0].hasUnit, cells[0].figure.amount?.parts.count == 1, !cells[0].isPercent
    else { return nil }
    return cells[0]
  }

  /// A header line of one column: short words naming a column, no figure, no note.
  static func isHeadedStackHeader(_ text: String) -> Bool {
    text.count <= 30 && ColumnHeader.hasHeaderWord(text) && !holdsFigure(text) && !isNote(text)
      && ColumnHeader.meanings(text).count == 1
  }

  /// The heading above the header (`1. 概算要求額`), without its number; nil for a line that
  /// is no heading (a figure, a year, a note, a sentence).
  static func stackHeading(_ text: String) -> String? {
    let words = text.filter { $0 != " " }.drop { "0123456789.()、①②③④⑤・○●◯■□◆◇".contains($0) }
    guard !words.isEmpty, words.count <= 30, !words.contains(where: \.isASCIIDigitCharacter),
      !isNote(text), !words.contains("年度"), !words.contains("。"), !words.contains("、")
    else { return nil }
    return String(words)
  }

  /// The cells as bare numbers for the arithmetic, when they print one unit.
  static func bareCells(_ cells: [CellToken]) -> [CellToken]? {
    let units = Set(cells.compactMap { $0.figure.amount?.parts.first?.unit })
    guard units.count == 1 else { return nil }
    return cells.compactMap(withoutUnit)
  }

  /// Whether every cell was reported as an amount with no label, and by nothing else read.
  static func unreadCells(_ cells: [CellToken], _ reader: GenericReader) -> Bool {
    cells.allSatisfy { cell in
      reader.diagnostics.contains { $0.span.line == cell.line && $0.message == headedStackMessage }
        && !reader.amountLines.contains { $0.span.line == cell.line }
        && !reader.tables.contains { $0.rows.contains { $0.cellLines.contains(cell.line) } }
    }
  }
}
