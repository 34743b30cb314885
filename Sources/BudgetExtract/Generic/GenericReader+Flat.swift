import BudgetModel

/// A page flattened to one line with single spaces (`FlatTable`): the text before its unit
/// statement and after its table are read as lines of their own, the table as one.
extension GenericReader {
  /// A line of year-marked pairs (`YearMarkedPairs`) in the unit stated above.
  mutating func takeYearMarkedPairs(_ line: Line) -> Bool {
    guard let unit = unitScope, line.normalized.contains("’") || line.normalized.contains("'"),
      let result = YearMarkedPairs.read(line, unit: unit, parser: parser)
    else { return false }
    finish()
    tables.append(result.table)
    if let note = result.note {
      report(line, text: note, why: "a figure in a note is not exported")
    }
    return true
  }

  static let flatRestMessage = "figures beside a flattened table, in no row of it"

  /// A table read from a line flattened from a page: the text before it read as a line (a
  /// title) when it holds no figure, else reported; the table kept, and the figures no row
  /// reading explains reported. The text after the table, nil when there is none.
  mutating func placeFlatTable(
    _ line: Line, _ table: SummaryTableRecord, start: Int, end: Int, unexplained: [String]
  ) -> Line? {
    finish()
    if start > 0 {
      let head = line.slice(0..<start)
      if Self.holdsFigure(GenericLine.text(of: head)) {
        report(head, text: GenericLine.text(of: head), why: Self.flatRestMessage)
      } else {
        consume(head)
        finish()
      }
    }
    tables.append(table)
    for text in unexplained {
      report(line, text: text, why: "figures of a flattened table no row reading explains")
    }
    guard end < line.normalized.count else { return nil }
    return line.slice(end..<line.normalized.count)
  }

  /// A line long enough, with enough spaces, to be a page flattened into one line.
  static func mayBeFlattenedPage(_ line: Line) -> Bool {
    line.normalized.count > 60 && line.normalized.filter({ $0 == " " }).count >= 8
  }

  mutating func takeFlatTable(_ line: Line) -> Bool {
    guard Self.mayBeFlattenedPage(line), let result = FlatTable.read(line, parser: parser)
    else { return false }
    // The text after the table is read when it holds another unit statement (another table);
    // else reported.
    guard
      let tail = placeFlatTable(
        line, result.table, start: result.start, end: result.end, unexplained: result.unexplained)
    else { return true }
    let text = GenericLine.text(of: tail)
    if FlatTable.tokens(tail.normalized).contains(where: {
      $0.text.contains("単位") && GenericLine.unitStatement($0.text, units: units) != nil
    }) {
      consume(tail)
    } else if Self.holdsFigure(text) {
      report(tail, text: text, why: Self.flatRestMessage)
    }
    return true
  }

  /// A long line read as a table run together without spaces (`RunTogether`), if it is one.
  func runTogetherReading(_ line: Line) -> RunTogether.Result? {
    guard line.normalized.count > 60 else { return nil }
    return RunTogether.read(line, text: GenericLine.text(of: line), parser: parser)
  }
}
