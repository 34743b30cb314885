import BudgetModel

/// A summary table (総括表) flattened to one line whose header the converter split: some header
/// words and a run of bare unit cells before the rows, the rest after them
/// (`経 常 分 「臨時・特別 の措置」 概算決定額 C=A+B 億円 億円 億円 億円 公 共 事 業 費 1,929 1,931 368
/// 2,299 606 2,905 (対前年度比) 100.1% 119.2% … 元年度 補正 追加額 C+D`).
///
/// The header's formula letters are the proof (`FormulaFlatTable+Proof`): the one placement
/// of the letters among the columns (in their alphabetical order) under which every full row
/// satisfies every formula (`C=A+B`, and a column printed as `C+D`); the ratios printed after
/// each row (`(対前年度比) 100.1% 119.2%`) prove the one column they divide by, the prior
/// year. A row with blank cells is placed by the same arithmetic, only where one placement
/// holds. Exported: the formula's sum (the budget column its stage word names) and its two
/// addends as proven parts, and the prior year; every other column is reported.
enum FormulaFlatTable {
  typealias Token = FlatTable.Token

  struct Row {
    var words: [Token]
    var run: [(text: String, cell: CellToken)]
    var ratios: [CellToken]
  }

  struct Result {
    var table: SummaryTableRecord
    var unexplained: [String]
    /// Where the header's first word starts and where the table's last row ends.
    var start: Int
    var end: Int
  }

  static let units: Set<String> = ["億円", "百万円", "千円", "万円"]

  static func read(_ line: Line, parser: FigureParser) -> Result? {
    let tokens = FlatTable.joinedSigns(FlatTable.tokens(line.normalized))
    guard let (u, m) = unitRun(tokens) else { return nil }
    var h = u
    while h > 0, !FlatTable.isFigure(tokens[h - 1].text, line: line.number, parser: parser) {
      h -= 1
    }
    guard h < u else { return nil }
    let (rows, end) = body(tokens, from: u + m, line: line.number, parser: parser)
    guard let width = rows.first?.run.count, width >= 4 else { return nil }
    let outside = Array(tokens[h..<u]) + Array(tokens[end...])
    let formulas = Formula.all(in: outside.map(\.text))
    guard let sum = formulas.first(where: { $0.result != nil }),
      tokens[h..<u].contains(where: { $0.text.hasSuffix(sum.printed) }),
      let proof = Proof.find(formulas, rows: rows, width: width, parser: parser)
    else { return nil }
    guard
      let meanings = meanings(
        proof, sum: sum, header: tokens[h..<u].map(\.text), width: width)
    else { return nil }
    var (records, cellRows, unexplained) = ([SummaryRowRecord](), [[CellToken]](), [String]())
    for row in rows {
      let label = FlatTable.label(row.words)
      guard let label, let cells = proof.place(row, width: width, parser: parser) else {
        unexplained.append(
          (row.words.map(\.text) + row.run.map(\.text)).joined(separator: " "))
        continue
      }
      records.append(
        SummaryRowRecord(
          label: label, cells: cells.map(\.figure),
          span: SourceSpan(line: line.number, endLine: line.number)))
      cellRows.append(cells)
    }
    guard records.count >= 2 else { return nil }
    var table = SummaryTableRecord(
      section: "", unit: tokens[u].text,
      columns: [tokens[h..<u].map(\.text).joined(separator: " ")], rows: records,
      span: line.span)
    table.meanings = meanings
    table.confirmed = TableArithmetic.check(meanings, rows: cellRows).failedRows.isEmpty
    let endOffset = end < tokens.count ? tokens[end].range.lowerBound : line.normalized.count
    return Result(
      table: table, unexplained: unexplained, start: tokens[h].range.lowerBound, end: endOffset)
  }

  /// The first run of two or more bare unit cells, all one unit: the header's unit row.
  static func unitRun(_ tokens: [Token]) -> (Int, Int)? {
    var k = 0
    while k < tokens.count {
      guard units.contains(tokens[k].text) else {
        k += 1
        continue
      }
      var m = 1
      while k + m < tokens.count, tokens[k + m].text == tokens[k].text { m += 1 }
      if m >= 2 { return (k, m) }
      k += m
    }
    return nil
  }

  /// The rows after the unit run: words, a run of amounts, then perhaps a ratio word and its
  /// percentages. The first row's run gives the width; the table ends before a run of more
  /// cells, or of fewer than the width less two, or at a word no row follows.
  static func body(
    _ tokens: [Token], from start: Int, line: Int, parser: FigureParser
  ) -> ([Row], Int) {
    var rows: [Row] = []
    var k = start
    var end = start
    while k < tokens.count {
      var row = Row(words: [], run: [], ratios: [])
      var j = k
      while j < tokens.count, cell(tokens[j].text, line: line, parser: parser) == nil,
        !FlatTable.isBreak(tokens[j].text)
      {
        row.words.append(tokens[j])
        j += 1
      }
      while j < tokens.count, let c = cell(tokens[j].text, line: line, parser: parser),
        !c.isPercent
      {
        row.run.append((tokens[j].text, c))
        j += 1
      }
      let width = rows.first?.run.count ?? row.run.count
      guard !row.run.isEmpty, row.run.count <= width, row.run.count + 2 >= width else { break }
      if j < tokens.count, isRatioWord(tokens[j].text) {
        var p = j + 1
        while p < tokens.count, let c = cell(tokens[p].text, line: line, parser: parser),
          c.isPercent
        {
          row.ratios.append(c)
          p += 1
        }
        if !row.ratios.isEmpty { j = p }
      }
      rows.append(row)
      (k, end) = (j, j)
    }
    return (rows, end)
  }

  /// `(対前年度比)`, `対前年比`: the ratio to the prior year (not `構成比`).
  static func isRatioWord(_ text: String) -> Bool {
    text.contains("前年度比") || text.contains("前年比")
  }

  static func cell(_ text: String, line: Int, parser: FigureParser) -> CellToken? {
    guard let c = CellToken.parse(text, line: line, parser: parser), !c.hasUnit,
      c.figure.amount != nil
    else { return nil }
    return c
  }
}
