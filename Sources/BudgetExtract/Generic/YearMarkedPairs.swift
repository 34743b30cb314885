import BudgetModel

/// Items printed as two years' amounts, each after its year written short, and their change with
/// its rate (national-h31-shakaihosho-point line 100, the boxes under a chart):
///
///     うち医療費国庫負担 30’ 114,839 31’ 116,692 +1,853(+1.6%) うち介護費国庫負担 30’ 28,483 …
///
/// Read when the line is nothing but such items (a note after them, `(注)…`, `※…`, is
/// reported), in the unit stated above, each label printed right before its first year, the
/// second year one after the first, and both relations proven by the item's own figures at the
/// printed precision: the change is the second amount minus the first and the rate is the
/// change over the first amount. Each item is a row of a table of these four columns.
enum YearMarkedPairs {
  struct Result {
    var table: SummaryTableRecord
    /// The note after the items, as printed, when it holds a figure.
    var note: String?
  }

  static func read(_ line: Line, unit: String, parser: FigureParser) -> Result? {
    let found = FlatTable.tokens(line.normalized)
    let tokens = found.map(\.text)
    var rows: [SummaryRowRecord] = []
    var words: [FlatTable.Token] = []
    var years: (String, String)?
    var i = 0
    while i < tokens.count {
      if tokens[i].hasPrefix("(注") || tokens[i].hasPrefix("※") { break }
      guard i + 4 < tokens.count, let first = year(tokens[i]), let second = year(tokens[i + 2]),
        follows(first, second), let a = cell(tokens[i + 1], line, parser),
        let b = cell(tokens[i + 3], line, parser),
        let (change, rate) = changeAndRate(tokens[i + 4], line, parser)
      else {
        words.append(FlatTable.Token(text: tokens[i], range: 0..<0))
        i += 1
        continue
      }
      guard years == nil || years! == (first, second), let label = FlatTable.label(words),
        RunTogether.explains(meanings(first, second), [a, b, change, rate])
      else { return nil }
      years = (first, second)
      var row = SummaryRowRecord(
        label: label, cells: [a, b, change, rate].map(\.figure), span: line.span)
      row.isPartOfAbove = label.hasPrefix("うち")
      if line.endNumber > line.number { row.cellLines = cellLines(found[(i + 1)...(i + 4)], line) }
      rows.append(row)
      words = []
      i += 5
    }
    guard words.isEmpty, let years, !rows.isEmpty else { return nil }
    let meanings = meanings(years.0, years.1)
    var table = SummaryTableRecord(
      section: "", unit: unit, columns: [meanings.map(\.header).joined(separator: " ")],
      rows: rows, span: line.span)
    table.meanings = meanings
    table.confirmed = true
    let note = tokens[i...].joined(separator: " ")
    return Result(table: table, note: note.contains(where: \.isASCIIDigitCharacter) ? note : nil)
  }

  /// The printed line of each cell of an item cut across lines (`CutItems`): the line its
  /// first scalar is on; the rate's, after its parenthesis.
  static func cellLines(_ cells: ArraySlice<FlatTable.Token>, _ line: Line) -> [Int] {
    let c = Array(cells)
    let open =
      c[3].text.unicodeScalars.firstIndex(of: "(").map {
        c[3].text.unicodeScalars.distance(from: c[3].text.unicodeScalars.startIndex, to: $0)
      } ?? 0
    return [c[0], c[2], c[3]].map { line.number(at: $0.range.lowerBound) }
      + [line.number(at: c[3].range.lowerBound + open + 1)]
  }

  static func meanings(_ first: String, _ second: String) -> [ColumnMeaning] {
    [
      ColumnMeaning(kind: .amount, header: first + "’", fiscalYearLabel: first + "年度"),
      ColumnMeaning(kind: .amount, header: second + "’", fiscalYearLabel: second + "年度"),
      ColumnMeaning(kind: .change, header: "増減"),
      ColumnMeaning(kind: .ratePercent, header: "増減率"),
    ]
  }

  /// `30’`, `元’`: a fiscal year written short.
  static func year(_ token: String) -> String? {
    guard let last = token.last, last == "’" || last == "'" else { return nil }
    let digits = token.dropLast()
    guard
      digits == "元"
        || ((1...2).contains(digits.count) && digits.allSatisfy(\.isASCIIDigitCharacter))
    else { return nil }
    return String(digits)
  }

  static func follows(_ first: String, _ second: String) -> Bool {
    let a = first == "元" ? 1 : Int(first) ?? -1
    return (Int(second) ?? -1) == a + 1
  }

  static func cell(_ token: String, _ line: Line, _ parser: FigureParser) -> CellToken? {
    guard let cell = CellToken.parse(token, line: line.number, parser: parser),
      cell.figure.amount != nil, !cell.isPercent, !cell.hasUnit
    else { return nil }
    return cell
  }

  /// `+1,853(+1.6%)`: a signed change and its rate in parentheses.
  static func changeAndRate(_ token: String, _ line: Line, _ parser: FigureParser) -> (
    CellToken, CellToken
  )? {
    guard let open = token.firstIndex(of: "("), token.hasSuffix("%)"),
      let change = cell(String(token[..<open]), line, parser),
      let rate = CellToken.parse(
        String(token[token.index(after: open)..<token.index(before: token.endIndex)]),
        line: line.number, parser: parser), rate.isPercent
    else { return nil }
    return (change, rate)
  }
}
