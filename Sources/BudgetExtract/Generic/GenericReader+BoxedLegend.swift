import BudgetModel

/// A boxed layout in PDF reading order whose header is a legend of its figures' forms
/// (zaimu-h27: `( 26’当初予算額 )` / `27’ 概 算 額` / `(` / `伸` / `率` / `)`), then rows of a
/// label spaced one character per line (`歳` / `入`), the earlier year's amount in
/// parentheses, the later year's, and the rate in parentheses split over lines (`(` / `7.5` /
/// `%)`). A row is read only when the rate is the growth of its two amounts at the printed
/// precision and both amounts print one unit; the rows end at the first lines of another form.
extension GenericReader {
  /// A line's compact text (spaces removed) with its line number; pieces of one
  /// parenthesized group, or single characters of one label, joined.
  struct BoxedPiece {
    var text: String
    var line: Int
    /// The line of the piece's figure (its digits), if any.
    var figureLine: Int
  }

  /// The lines as pieces: `(` … `)` over lines is one piece, runs of one-character lines are
  /// one piece.
  static func boxedPieces(_ lines: [Line]) -> [BoxedPiece] {
    var pieces: [BoxedPiece] = []
    var open: BoxedPiece?
    var lastSingle = false
    for line in lines {
      let compact = GenericLine.text(of: line).filter { $0 != " " }
      guard !compact.isEmpty else { continue }
      let digitLine = compact.contains(where: \.isASCIIDigitCharacter)
      if var group = open {
        group.text += compact
        if digitLine { group.figureLine = line.number }
        if compact.contains(")") {
          pieces.append(group)
          open = nil
        } else {
          open = group
        }
        lastSingle = false
        continue
      }
      if compact.hasPrefix("("), !compact.contains(")") {
        open = BoxedPiece(text: compact, line: line.number, figureLine: line.number)
        lastSingle = false
        continue
      }
      let single = compact.count == 1 && !digitLine
      if single, lastSingle, let last = pieces.last {
        pieces[pieces.count - 1].text = last.text + compact
      } else {
        pieces.append(BoxedPiece(text: compact, line: line.number, figureLine: line.number))
      }
      lastSingle = single
    }
    return pieces
  }

  /// `26’当初予算額` → (`26年度`, `当初予算額`): a year printed with an apostrophe.
  static func apostropheYear(_ text: String) -> (year: String, rest: String)? {
    let digits = text.prefix { $0.isASCIIDigitCharacter }
    let rest = text.dropFirst(digits.count)
    guard (1...2).contains(digits.count), let mark = rest.first, "’'".contains(mark) else {
      return nil
    }
    return (digits + "年度", String(rest.dropFirst()))
  }

  /// The legend header at `k`: `(<year>’<amount words>)`, `<year + 1>’<amount words>`,
  /// `(<rate word>)`.
  static func boxedHeader(_ pieces: [BoxedPiece], at k: Int) -> [ColumnMeaning]? {
    guard k + 2 < pieces.count else { return nil }
    let first = pieces[k].text
    let rate = pieces[k + 2].text
    guard first.hasPrefix("("), first.hasSuffix(")"), rate.hasPrefix("("), rate.hasSuffix(")"),
      let (earlyYear, earlyWords) = apostropheYear(String(first.dropFirst().dropLast())),
      let (lateYear, lateWords) = apostropheYear(pieces[k + 1].text),
      let a = ColumnMeaning.yearKey(earlyYear), let b = ColumnMeaning.yearKey(lateYear),
      b.n == a.n + 1, earlyWords.hasSuffix("額"), lateWords.hasSuffix("額"),
      ColumnHeader.meanings(String(rate.dropFirst().dropLast())).map(\.kind) == [.ratePercent]
    else { return nil }
    let early = ColumnHeader.meanings(earlyWords).first { $0.kind == .amount }
    let late = ColumnHeader.meanings(lateWords).first { $0.kind == .amount }
    return [
      ColumnMeaning(
        kind: .amount, header: first, fiscalYearLabel: earlyYear, stage: early?.stage),
      ColumnMeaning(
        kind: .amount, header: pieces[k + 1].text, fiscalYearLabel: lateYear, stage: late?.stage),
      ColumnMeaning(kind: .ratePercent, header: rate),
    ]
  }

  /// Reads the rows under each legend header of the document (a pass after `finish`).
  mutating func readBoxedLegend(_ lines: [Line]) {
    guard lines.contains(where: { $0.normalized.contains("’") || $0.normalized.contains("'") })
    else { return }
    let pieces = Self.boxedPieces(lines)
    var k = 0
    while k < pieces.count {
      guard let meanings = Self.boxedHeader(pieces, at: k) else {
        k += 1
        continue
      }
      k += 3
      var rows: [SummaryRowRecord] = []
      while k + 3 < pieces.count, let row = boxedRow(Array(pieces[k..<k + 4]), meanings) {
        rows.append(row)
        k += 4
      }
      guard let first = rows.first, let last = rows.last else { continue }
      var record = SummaryTableRecord(
        section: "", unit: nil, columns: meanings.map(\.header), rows: rows,
        span: SourceSpan(line: first.span.line, endLine: last.span.endLine))
      record.meanings = meanings
      record.confirmed = true
      tables.append(record)
      let taken = Set(rows.flatMap(\.cellLines))
      diagnostics.removeAll { taken.contains($0.span.line) && $0.span.endLine == $0.span.line }
      readBoxedItems(pieces, from: k, totals: rows, meanings)
    }
  }

  /// A label, `(A unit)`, `B unit`, `(r%)`: a row when r is the growth of B over A.
  func boxedRow(_ four: [BoxedPiece], _ meanings: [ColumnMeaning]) -> SummaryRowRecord? {
    let label = four[0].text
    guard !label.hasPrefix("("), !label.contains(where: \.isASCIIDigitCharacter),
      label.count <= 20, !Self.isNote(label), four[1].text.hasPrefix("("),
      four[1].text.hasSuffix(")"), four[3].text.hasPrefix("("), four[3].text.hasSuffix("%)"),
      let a = CellToken.parse(
        String(four[1].text.dropFirst().dropLast()), line: four[1].figureLine, parser: parser),
      let b = CellToken.parse(four[2].text, line: four[2].figureLine, parser: parser),
      let r = CellToken.parse(
        String(four[3].text.dropFirst().dropLast()), line: four[3].figureLine, parser: parser),
      r.isPercent, a.hasUnit, b.hasUnit,
      a.figure.amount?.parts.map(\.unit) == b.figure.amount?.parts.map(\.unit),
      let bareA = Self.withoutUnit(a), let bareB = Self.withoutUnit(b)
    else { return nil }
    let verdict = TableArithmetic.check(meanings, rows: [[bareA, bareB, r]])
    guard verdict.held == 1, verdict.failedRows.isEmpty else { return nil }
    var row = SummaryRowRecord(
      label: label, cells: [a.figure, b.figure, r.figure],
      span: SourceSpan(line: four[0].line, endLine: r.line))
    row.cellLines = [a.line, b.line, r.line]
    return row
  }
}
