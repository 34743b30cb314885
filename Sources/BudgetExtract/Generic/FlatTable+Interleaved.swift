import BudgetModel

/// A one-row table printed flat with its header words and cells in turn, each cell wherever the
/// converter put it among the words (monka-h29-bunka-gaisan: `区 分 前年度予算額 文 化 庁 予 算
/// 平成 29 年度 要求・要望額 1,040 増△減額 1,225 増△減率 185 17.8% 備 考 …`, the cells one word
/// behind their columns). The header words name the columns in order and the cells are the
/// row's in the same order: read only when there are exactly as many cells as columns, at
/// least two of the row's relations hold and none fails (B − A = C and C / A), and the words
/// that are no header word name one label (`文化庁予算`, the label column's `区分` aside).
extension FlatTable {
  static func interleavedRow(
    _ tokens: [Token], at u: Int, unit: String, line: Line, parser: FigureParser
  ) -> Result? {
    var words: [String] = []
    var cells: [(text: String, cell: CellToken)] = []
    var end = tokens.count
    var k = u + 1
    while k < tokens.count {
      let text = tokens[k].text
      // `平成 29 年度`: a year's digits printed apart are a word.
      if k + 1 < tokens.count, tokens[k + 1].text.hasPrefix("年"), text.count <= 2,
        text.allSatisfy(\.isASCIIDigitCharacter)
      {
        words.append(text)
      } else if let cell = CellToken.parse(text, line: line.number, parser: parser),
        !cell.hasUnit
      {
        cells.append((text, cell))
      } else if isBreak(text) || (!cells.isEmpty && !ColumnHeader.hasHeaderWord(text)) {
        end = k
        break
      } else {
        if !cells.isEmpty { words.append(" ") }
        words.append(text)
      }
      k += 1
    }
    // Interleaved: a header word after the first cell.
    guard words.contains(" "), !cells.isEmpty else { return nil }
    let header = words.filter { $0 != " " }.joined()
    let meanings = ColumnHeader.meanings(header)
    guard meanings.count == cells.count, meanings.filter({ $0.kind == .amount }).count >= 2,
      relationsHeld(meanings, cells.map(\.cell)) >= 2, let label = otherWords(header)
    else { return nil }
    var table = SummaryTableRecord(
      section: "", unit: unit, columns: [header],
      rows: [SummaryRowRecord(label: label, cells: cells.map(\.cell.figure), span: line.span)],
      span: line.span)
    table.meanings = meanings
    table.confirmed = true
    let endOffset = end < tokens.count ? tokens[end].range.lowerBound : line.normalized.count
    return Result(
      table: table, unexplained: [], start: tokens[u].range.lowerBound, end: endOffset)
  }

  /// How many of the header's relations hold on the row; zero when one fails.
  static func relationsHeld(_ meanings: [ColumnMeaning], _ cells: [CellToken]) -> Int {
    var held = 0
    for relation in TableArithmetic.relations(meanings) {
      guard let outcome = TableArithmetic.holds(relation, cells) else { continue }
      guard outcome else { return 0 }
      held += 1
    }
    return held
  }

  /// The one run of characters in a header that is no header word, the label column's word
  /// (`区分`) aside; nil when there is none or more than one.
  static func otherWords(_ header: String) -> String? {
    let chars = Array(header.map { $0 == "△" ? "▲" : $0 })
    var runs: [String] = []
    var current = ""
    var i = 0
    while i < chars.count {
      let (word, length, printed) = ColumnHeader.read(chars, at: i)
      if case .other = word {
        current += printed
      } else if !current.isEmpty {
        runs.append(current)
        current = ""
      }
      i += length
    }
    if !current.isEmpty { runs.append(current) }
    runs.removeAll(where: labelColumnWords.contains)
    return runs.count == 1 ? runs[0] : nil
  }
}
