import BudgetModel

/// A table whose header words come one per line before its row labels and a bare unit line,
/// the unit printed again over each amount column's cells (kankyo-h14-yosan-an-gaiyo):
///
///     平成13年度 / 当初予算額 / 平成14年度 / 当初予算額 / (案) / 対前年度 / 伸び率
///     一般政策経費等 / 億円 / 888 / 億円 / 894 / 0.7
///
/// At the unit line, the lines right before it (every one read outside tables, blank lines
/// between) are taken as the header and the labels under it: header lines are short and each
/// holds header words, a year or a stage; the labels after them hold none. The table is
/// opened only when its header names two amount columns and a relation between them, so that
/// the rows' own arithmetic confirms the reading (`close`); the unit lines among its cells
/// must be the table's unit, and a header line after its rows ends it.
extension GenericReader {
  /// `億円` alone on a line (no `単位`, no brackets): a unit printed as a header cell.
  static func isBareUnit(_ line: Line, _ unit: String) -> Bool {
    GenericLine.text(of: line).filter { $0 != " " } == unit
  }

  /// A bare unit line while idle that opens such a table. True when taken.
  mutating func takesBareUnit(_ line: Line, _ kind: GenericLine) -> Bool {
    guard case .unit(let unit, _) = kind, Self.isBareUnit(line, unit) else { return false }
    return openHeaderBeforeUnit(line, unit: unit)
  }

  /// At a bare unit line while idle: opens the table. True when taken.
  mutating func openHeaderBeforeUnit(_ line: Line, unit: String) -> Bool {
    var labels: [(text: String, line: Line)] = []
    var header: [(text: String, line: Line)] = []
    var expected = line.number - 1
    scan: for (logged, kind) in idleLog.lines.reversed() where logged.number < line.number {
      guard logged.endNumber == expected else { break }
      expected = logged.number - 1
      switch kind {
      case .blank: continue
      case .text(let text):
        let isHeader =
          ColumnHeader.hasHeaderWord(text) || Self.isYearOnly(text) || Self.isStageOnly(text)
        if header.isEmpty, !isHeader, labels.count < 4, Self.isLabelOnly(text),
          !Self.holdsFigure(text), !Self.isNote(text)
        {
          labels.insert((text, logged), at: 0)
        } else if isHeader, !labels.isEmpty, text.count <= 12, !Self.holdsFigure(text),
          !Self.namesDocument(text)
        {
          header.insert((text, logged), at: 0)
        } else {
          break scan
        }
      default: break scan
      }
    }
    let meanings = ColumnHeader.meanings(header.map(\.text).joined(separator: " "))
    guard !labels.isEmpty, header.count >= 2,
      meanings.filter({ $0.kind == .amount }).count >= 2,
      !ColumnMeaning.relations(meanings).isEmpty
    else { return false }
    let lines = header + labels
    state = .header(
      HeaderDraft(lines: lines.map(\.line), texts: lines.map(\.text), unit: unit, caption: caption))
    unitScope = unit
    idleLog.headerBeforeUnit = header[0].line.number
    return true
  }

  /// In the body of such a table: the unit printed over a column's cells is skipped; a header
  /// line (a year, a stage or header words) once the rows are complete ends the table. True
  /// when the line was taken.
  mutating func continuesHeaderBeforeUnit(
    _ table: inout TableDraft, _ line: Line, _ kind: GenericLine
  ) -> Bool {
    guard let start = idleLog.headerBeforeUnit, start == table.start else { return false }
    switch kind {
    case .unit(let unit, _) where unit == table.unit && Self.isBareUnit(line, unit):
      state = .body(table)
      return true
    case .text(let text)
    where table.pendingCells.isEmpty && !Self.isNote(text) && !Self.holdsFigure(text)
      && (ColumnHeader.hasHeaderWord(text) || Self.isYearOnly(text)):
      if !table.run.isEmpty { resolveRun(&table) }
      close(table)
      idleLog.headerBeforeUnit = nil
      idle(line, kind)
      return true
    default:
      return false
    }
  }
}
