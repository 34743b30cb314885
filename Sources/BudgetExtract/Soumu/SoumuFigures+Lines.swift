import BudgetModel

extension SoumuFigures {
  /// Whether a piece of text carries something that looks like a money figure: an amount with
  /// a unit, or an amount with a figure in parentheses after it.
  func carriesFigure(_ s: [Unicode.Scalar]) -> Bool {
    // Every figure starts with a number: without a digit there is nothing to try.
    guard s.contains(where: { $0.isASCIIDigit }) else { return false }
    var p = 0
    while p < s.count {
      guard let next = FigureParser.nextFigureStart(s, from: p) else { return false }
      p = next
      if FigureParser.mayStartFigure(s, at: p) {
        var c = Cursor(s, from: p)
        if let amount = try? money(&c) {
          if amount.parts.contains(where: { $0.unit.map { $0 != "円" } ?? false }) { return true }
          c.skipSpaces()
          if c.consume("("), (try? plainFigure(&c)) != nil { return true }
        }
      }
      p += 1
    }
    return false
  }

  static let monthWord: Unicode.Scalar = "月"

  /// A publication date line: an era year and a month (`令和5年12月`), perhaps a day after it.
  func isPublicationDate(_ s: [Unicode.Scalar]) -> Bool {
    guard let year = EraYear.scan(s, at: 0, eras: eras) else { return false }
    var c = Cursor(s, from: year.end)
    c.skipSpaces()
    var monthDigits = 0
    while let ch = c.peek, ch.isASCIIDigit {
      c.i += 1
      monthDigits += 1
    }
    guard monthDigits > 0, c.consume(Self.monthWord) else { return false }
    c.skipSpaces()
    return c.atEnd || c.peek?.isASCIIDigit == true
  }

  /// The figure filling a whole table cell, or nil.
  func cellFigure(_ cell: [Unicode.Scalar]) throws -> PrintedFigure? {
    let norm = cell.map(Line.fold)
    var c = Cursor(norm)
    c.skipSpaces()
    guard let f = try plainFigure(&c) else { return nil }
    c.skipSpaces()
    return c.atEnd ? f : nil
  }
}

extension SoumuRecords {
  /// A line the figure parsers could not read: a malformed amount, or (should a parser ever
  /// throw anything else) a sentence naming the error rather than a raw error value.
  mutating func reportFailure(_ error: any Error, _ seg: Segment) {
    if let error = error as? MalformedNumber {
      report(.malformedAmount, "malformed amount '\(error.text)'", seg)
    } else {
      report(
        .unrecognizedLine, "a line the figure parsers could not read (\(type(of: error)))", seg)
    }
  }
}
