import BudgetModel

/// Amounts under a legend line naming the one earlier year's initial budget their parentheses
/// or brackets hold (`PriorLegend`): the legend is no heading of the amounts below (their own
/// year stays the document's), a bracket glued after an amount is read as its parentheses,
/// and the figure so read carries the legend's words, so that the transform exports it only
/// when they name the year before the document's.
extension GenericReader {
  /// Learns a legend of prior figures; true when the line states one.
  mutating func learnPriorLegend(_ line: Line) {
    guard legend.prior == nil, line.normalized.contains("内") || line.normalized.contains("書")
    else { return }
    legend.prior = PriorLegend.read(GenericLine.text(of: line), line: line.number)
  }

  /// The line with the brackets after its amounts written as parentheses, under a legend of
  /// brackets; the line itself otherwise.
  mutating func bracketsAsParentheses(_ line: Line) -> Line {
    guard let prior = legend.prior, prior.brackets, line.number > prior.line,
      line.normalized.contains("]"), let scalars = PriorLegend.parenthesized(line.normalized)
    else { return line }
    var result = line
    result.normalized = scalars
    legend.priorLines.insert(line.number)
    return result
  }

  /// Labels the figures read from the legend's parentheses (or brackets) with its words.
  mutating func labelLegendPriors() {
    guard let prior = legend.prior else { return }
    for k in amountLines.indices {
      let line = amountLines[k].span.line
      guard line > prior.line, amountLines[k].prior != nil, amountLines[k].prior?.label == nil,
        !prior.brackets || legend.priorLines.contains(line)
      else { continue }
      amountLines[k].prior?.label = prior.words
    }
  }

  /// `〔( )内 11年度当初予算額〕` as a note: what the parentheses hold, no heading of the
  /// amounts below (taken for one, their own amounts were exported as that year's); after the
  /// amounts of a bare reference mark (`(参考)`), it opens the list below and ends the mark.
  /// True when the note is such a legend.
  mutating func takesPriorLegend(_ compact: String) -> Bool {
    guard PriorLegend.read(compact, line: 0) != nil else { return false }
    if contextHasAmounts, let shown = context, ReferenceHeading.isBare(shown) { context = nil }
    return true
  }

  /// The text a note mark is looked for in: without the note replaced after a legend of
  /// brackets (`legendNote`), and without `(注記)` glued after the line's last amount
  /// (`…活躍推進分野150億円(注記)`), which refers the amount to a note printed elsewhere, as
  /// `827.2 億円※` does: the line is no note for it.
  static func withoutGluedNote(_ text: String, legendNote: Bool) -> String {
    let marked = legendNote ? text.replacingOccurrences(of: "(注記)", with: "") : text
    return marked.hasSuffix("円(注記)") ? String(marked.dropLast(4)) : marked
  }
}
