import BudgetModel

/// A table whose page was flattened to one line with single spaces (a mirror site's text of a
/// PDF page): `(単位:百万円) 平成28年度 平成29年度 比 較 当 初 予 算 額要 求 額増 △ 減 額 … (項)国立国会図書館
/// 18,130 18,154 24 … 国立国会図書館業務に必要な経費 7,415 7,448 33 …`.
///
/// The unit statement starts the table and its header words name the columns (read as one
/// line, or as a header of two lines flattened: `FlatHeader`). The figures after them come in
/// runs; a run is read only when it holds whole rows of the header's column count and every
/// row satisfies the arithmetic the header claims (B − A = C, C / A); a row's label is the
/// text printed right before its figures, and only the first row of a run has one. Figures
/// whose row, column or label is not proven are reported with the line.
enum FlatTable {
  struct Token {
    var text: String
    var range: Range<Int>
  }

  struct Result {
    var table: SummaryTableRecord
    /// Runs of figures no row reading explains, as printed.
    var unexplained: [String]
    /// Where the unit statement starts and where the table's tokens end (scalar offsets).
    var start: Int
    var end: Int
  }

  /// Words that end a table printed flat: a new heading, a bracketed title, a note.
  static let breaks: [String] = ["[", "【", "(単位", "◆", "◇", "■", "□", "●", "※", "(注"]

  /// Reads the table after the first unit statement that starts one.
  static func read(_ line: Line, parser: FigureParser) -> Result? {
    let tokens = joinedSigns(tokens(line.normalized))
    for (u, token) in tokens.enumerated() where token.text.contains("単位") {
      guard let (unit, _) = GenericLine.unitStatement(token.text, units: parser.unitTexts) else {
        continue
      }
      if let result = read(tokens, at: u, unit: unit, line: line, parser: parser)
        ?? spacedYearsRead(tokens, at: u, unit: unit, line: line, parser: parser)
        ?? interleavedRow(tokens, at: u, unit: unit, line: line, parser: parser)
      {
        return result
      }
    }
    return nil
  }

  static func read(
    _ tokens: [Token], at u: Int, unit: String, line: Line, parser: FigureParser
  ) -> Result? {
    var k = u + 1
    while k < tokens.count, !isFigure(tokens[k].text, line: line.number, parser: parser),
      !isBreak(tokens[k].text)
    {
      k += 1
    }
    let (headerEnd, headerText) = headerEnd(Array(tokens[(u + 1)..<k]))
    let meanings = FlatHeader.meanings(tokens[(u + 1)..<(u + 1 + headerEnd)].map(\.text))
    guard meanings.filter({ $0.kind == .amount }).count >= 2 else { return nil }
    var body = Body(line: line.number, parser: parser)
    body.words = Array(tokens[(u + 1 + headerEnd)..<k])
    var end = tokens.count
    for index in k..<tokens.count {
      if isBreak(tokens[index].text) {
        end = index
        break
      }
      body.take(tokens[index])
    }
    body.flush()
    var rows = FlatRows(meanings: meanings, line: line.number)
    rows.headerWords = tokens[(u + 1)..<(u + 1 + headerEnd)].map(\.text)
    if labelsMayFollow(body) {
      guard
        let streamed = labelStream(body, meanings: meanings, line: line.number)
          ?? numberedStream(body, meanings: meanings, line: line.number)
      else {
        return nil
      }
      rows = streamed
    } else {
      rows.read(body.segments)
    }
    guard !rows.rows.isEmpty else { return nil }
    var table = SummaryTableRecord(
      section: "", unit: unit, columns: [headerText], rows: rows.rows, span: line.span)
    table.meanings = rows.meanings
    table.confirmed = TableArithmetic.check(rows.meanings, rows: rows.cellRows).failedRows.isEmpty
    let endOffset = end < tokens.count ? tokens[end].range.lowerBound : line.normalized.count
    return Result(
      table: table, unexplained: rows.unexplained, start: tokens[u].range.lowerBound,
      end: endOffset)
  }

  /// The rows after the header: runs of figures, each with the words and the rates in
  /// parentheses printed since the run before it.
  struct Body {
    struct Segment {
      var words: [Token]
      var rates: [(text: String, cell: CellToken)]
      var run: [(text: String, cell: CellToken)]
    }

    let line: Int
    let parser: FigureParser
    var words: [Token] = []
    var rates: [(text: String, cell: CellToken)] = []
    var run: [(text: String, cell: CellToken)] = []
    var segments: [Segment] = []

    init(line: Int, parser: FigureParser) {
      self.line = line
      self.parser = parser
    }

    mutating func take(_ token: Token) {
      if let cell = CellToken.parse(token.text, line: line, parser: parser), !cell.hasUnit {
        run.append((token.text, cell))
        return
      }
      if !run.isEmpty { flush() }
      if FlatTable.isParenthesizedRate(token.text),
        let cell = CellToken.parse(
          String(token.text.dropFirst().dropLast()), line: line, parser: parser)
      {
        rates.append((token.text, cell))
        return
      }
      words.append(token)
    }

    mutating func flush() {
      guard !run.isEmpty else { return }
      segments.append(Segment(words: words, rates: rates, run: run))
      (words, rates, run) = ([], [], [])
    }
  }

  /// Whether the rows' labels may be printed after their figures: the first figures follow the
  /// header with no label. Then the words before a run may be the label of the run before it
  /// (the last label left after the last figures, or cut off with the end of the text), and no
  /// label is certain (kokkai-h29-ndl-gaisan: its total's label and four rows' labels follow
  /// their figures, three rows' precede them).
  static func labelsMayFollow(_ body: Body) -> Bool {
    guard let first = body.segments.first else { return false }
    return label(first.words) == nil
  }
}
