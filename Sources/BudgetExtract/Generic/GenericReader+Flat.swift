import BudgetModel

/// A page flattened to one line with single spaces (`FlatTable`): the text before its unit
/// statement and after its table are read as lines of their own, the table as one.
extension GenericReader {
  mutating func takeFlatTable(_ line: Line) -> Bool {
    guard line.normalized.count > 60, line.normalized.filter({ $0 == " " }).count >= 8,
      let result = FlatTable.read(line, parser: parser)
    else { return false }
    finish()
    if result.start > 0 {
      consume(line.slice(0..<result.start))
      finish()
    }
    tables.append(result.table)
    for text in result.unexplained {
      report(line, text: text, why: "figures of a flattened table no row reading explains")
    }
    if result.end < line.normalized.count {
      consume(line.slice(result.end..<line.normalized.count))
    }
    return true
  }

  /// A long line read as a table run together without spaces (`RunTogether`), if it is one.
  func runTogetherReading(_ line: Line) -> RunTogether.Result? {
    guard line.normalized.count > 60 else { return nil }
    return RunTogether.read(line, text: GenericLine.text(of: line), parser: parser)
  }
}
