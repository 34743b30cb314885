import BudgetModel

extension GenericReader {
  /// `人件費` / `533,483百万円` / `(61%)`: an amount with an unsigned share under it is a slice
  /// of a chart, whose year the chart does not print; the amount read from the line above is
  /// taken back and both lines are reported.
  mutating func retractChartSlice(_ line: Line, text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    guard compact.hasPrefix("("), compact.hasSuffix("%)"),
      compact.dropFirst().dropLast(2).allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." }),
      let last = amountLines.last, let previous, previous.amountCount > 0,
      last.span.endLine == previous.line.endNumber
    else { return false }
    amountLines.removeLast()
    report(
      previous.line, text: previous.text,
      why:
        "an amount with a share under it (\(compact)) is a chart's slice: its year is not printed")
    report(line, text: text, why: "a share of a chart is not exported")
    return true
  }
}
