import BudgetModel

/// The legend a document prints for its parentheses (`( )書きは前年度予算額`, `( )内は…を含んだ
/// 額`). Parentheses after an amount are read as the prior year's figure, the convention of
/// budget overviews; a legend that gives them another meaning (an amount including another
/// agency's share, a part) takes that reading back: those figures are reported, not exported.
extension GenericReader {
  /// Words that open a legend of parentheses, spaces removed.
  static let legendMarks = [")書き", ")内", "括弧書き", "括弧内", "カッコ書き", "カッコ内"]

  /// The first line that states what parentheses hold, when it does not say the prior year.
  static func otherParenthesesLegend(_ lines: [Line]) -> (line: Int, text: String)? {
    for line in lines {
      let text = GenericLine.text(of: line)
      let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
      guard legendMarks.contains(where: compact.contains) else { continue }
      // `()内は前年度予算額`, `()内は平成26年度当初予算の額`: the convention (a prior year's
      // initial budget); anything else is another figure.
      if compact.contains("前年") || compact.contains("当初") { return nil }
      return (line.number, text)
    }
    return nil
  }

  /// Drops every prior-year figure read from parentheses when the legend says otherwise.
  mutating func applyParenthesesLegend(_ lines: [Line]) {
    guard amountLines.contains(where: { $0.prior != nil }),
      let legend = Self.otherParenthesesLegend(lines)
    else { return }
    for k in amountLines.indices where amountLines[k].prior != nil {
      amountLines[k].prior = nil
      let line = amountLines[k].priorLine ?? amountLines[k].span.line
      amountLines[k].priorLine = nil
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "a figure in parentheses is not the prior year's here (line \(legend.line): \(legend.text)); not exported",
          text: amountLines[k].label, span: SourceSpan(line: line)))
    }
  }
}
