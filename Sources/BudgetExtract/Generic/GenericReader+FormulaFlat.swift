import BudgetModel

/// A summary table flattened to one line, its header split around its rows and proven by its
/// header's formula letters (`FormulaFlatTable`).
extension GenericReader {
  /// A page flattened to one line: a table under a unit statement, a summary table proven by
  /// its formula letters, or year-marked pairs.
  mutating func takeFlatLine(_ line: Line) -> Bool {
    takeFlatTable(line) || takeFormulaFlatTable(line) || takeYearMarkedPairs(line)
  }

  mutating func takeFormulaFlatTable(_ line: Line) -> Bool {
    guard Self.mayBeFlattenedPage(line), let result = FormulaFlatTable.read(line, parser: parser)
    else { return false }
    // The text after the table: up to its last figure reported, the words after it (the
    // page's title and the header words printed last) read as a line.
    guard
      let tail = placeFlatTable(
        line, result.table, start: result.start, end: result.end, unexplained: result.unexplained)
    else { return true }
    let index = tables.count - 1
    let tokens = FlatTable.tokens(tail.normalized)
    let last = tokens.lastIndex { Self.holdsFigure($0.text) }
    let cut = last.map { result.end + tokens[$0].range.upperBound } ?? result.end
    if cut > result.end {
      let notes = line.slice(result.end..<cut)
      report(notes, text: GenericLine.text(of: notes), why: Self.flatRestMessage)
    }
    guard cut < line.normalized.count else { return true }
    // The header words printed last (`(経常分) 元年度 補正 追加額 C+D`) are no title: reported.
    let rest = FlatTable.tokens(line.slice(cut..<line.normalized.count).normalized)
    var first = rest.count
    while first > 0, FormulaFlatTable.isHeaderWord(rest[first - 1].text) { first -= 1 }
    let words = first < rest.count ? cut + rest[first].range.lowerBound : line.normalized.count
    if words > cut {
      consume(line.slice(cut..<words))
      finish()
    }
    if words < line.normalized.count {
      nameSupplementaryColumn(index, rest[first...].map(\.text))
      let header = line.slice(words..<line.normalized.count)
      report(
        header, text: GenericLine.text(of: header),
        why: "header words of a flattened table printed after its rows")
    }
    return true
  }

  /// The letter column the header words printed last name as a supplementary budget
  /// (`FormulaFlatTable.supplementaryColumn`).
  mutating func nameSupplementaryColumn(_ index: Int, _ words: [String]) {
    guard tables.indices.contains(index), var meanings = tables[index].meanings,
      let (column, meaning) = FormulaFlatTable.supplementaryColumn(meanings, words: words)
    else { return }
    meanings[column] = meaning
    tables[index].meanings = meanings
    if tables[index].columns.count == meanings.count {
      tables[index].columns[column] = meaning.header
    }
  }
}
