import BudgetModel

/// The rows of a table printed flat (`FlatTable`), from its runs of figures.
///
/// When the header names fewer columns than its rows print (a two-level header flattened:
/// `平成30年度 平成31年度 増△減 通常分 臨時・特別の措置 うち、通常分` over rows of six cells), the
/// header's columns are placed among the cells by the rows' own arithmetic: exactly one
/// placement must satisfy every row's relations (B − A = C), and the cells between an amount
/// column and the next are its parts, two or more that add up to it on every row; the parts
/// and the cells after a change column are reported, never exported. Rates printed in
/// parentheses before a row's label (`(3.8%) (1.8%) 一般会計歳出(A) …`) are those of the change
/// column and the cells after it, in order: a change column's rate is kept when the row's
/// arithmetic confirms it (C / A), any other is reported.
struct FlatRows {
  typealias Segment = FlatTable.Body.Segment

  let header: [ColumnMeaning]
  let line: Int
  var meanings: [ColumnMeaning] = []
  var rows: [SummaryRowRecord] = []
  var cellRows: [[CellToken]] = []
  var unexplained: [String] = []
  /// The header's tokens as printed (the part words `FlatRows.partWords` names parts with).
  var headerWords: [String] = []

  init(meanings: [ColumnMeaning], line: Int) {
    self.header = meanings
    self.line = line
  }

  mutating func read(_ segments: [Segment]) {
    guard let layout = Self.layout(header, segments) else {
      unexplained += segments.map { Self.printed($0.run) }
      return
    }
    let rated = Self.ratedColumns(layout, segments)
    meanings = []
    for (k, meaning) in layout.enumerated() {
      meanings.append(meaning)
      if rated.contains(k) {
        meanings.append(ColumnMeaning(kind: .ratePercent, header: "(\(meaning.header)の率%)"))
      }
    }
    for segment in segments { take(segment, layout: layout, rated: rated) }
    meanings = Self.provenParts(
      meanings, words: Self.partWords(headerWords, header), rows: cellRows)
    readPartRates(segments, layout: layout, rated: rated)
  }

  mutating func take(_ segment: Segment, layout: [ColumnMeaning], rated: [Int]) {
    let n = layout.count
    guard segment.run.count % n == 0 else {
      unexplained += segment.rates.map(\.text) + [Self.printed(segment.run)]
      return
    }
    let label = FlatTable.label(segment.words)
    for start in stride(from: 0, to: segment.run.count, by: n) {
      let chunk = Array(segment.run[start..<(start + n)])
      var cells: [CellToken] = []
      var rates = start == 0 ? segment.rates : []
      let firstChange = layout.firstIndex { $0.kind == .change } ?? n
      for (k, cell) in chunk.enumerated() {
        cells.append(cell.cell)
        guard rated.contains(k) else { continue }
        let rate = k - firstChange < rates.count ? rates[k - firstChange].cell : nil
        cells.append(
          rate ?? CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: line))
        if rate != nil { rates[k - firstChange].text = "" }
      }
      guard start == 0, let label, !chunk.contains(where: \.cell.isPercent),
        RunTogether.explains(meanings, cells)
      else {
        unexplained += rates.map(\.text).filter { !$0.isEmpty } + [Self.printed(chunk)]
        continue
      }
      unexplained += rates.map(\.text).filter { !$0.isEmpty }
      var row = SummaryRowRecord(
        label: label, cells: cells.map(\.figure), span: SourceSpan(line: line, endLine: line))
      row.isPartOfAbove = label.hasPrefix("うち")
      rows.append(row)
      cellRows.append(cells)
    }
  }

  static func printed(_ run: [(text: String, cell: CellToken)]) -> String {
    run.map(\.text).joined(separator: " ")
  }
}
