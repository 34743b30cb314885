import BudgetModel

extension SoumuOutline {
  /// A line that is nothing but a heading's figures (`23.5 億円`, `0.5(0.7)`, `[3.1 (3.0)]`, `—`).
  func bareAmount(_ s: [Unicode.Scalar]) throws -> (
    amount: PrintedFigure, prior: PrintedFigure?
  )? {
    guard s.first == "[" || s.first?.isASCIIDigit == true || s.first == "▲" || s.first == "—" else {
      return nil
    }
    var c = Cursor(s)
    guard let (amount, prior) = try figures.headingFigures(&c), FigureParser.atLineEnd(c)
    else { return nil }
    return (amount, prior)
  }

  /// Pairs a run of amounts with the run of headings before it, in order, when the counts
  /// match (a single amount belongs to the last heading); otherwise every amount of the run
  /// is reported (a guess would give a figure to the
  /// wrong heading).
  mutating func resolveAmountRun() {
    defer {
      amountRun = []
      unpairedHeadings = []
      pendingHeading = nil
    }
    guard !amountRun.isEmpty else { return }
    if amountRun.count == 1, let last = unpairedHeadings.last {
      // One amount: the last heading's, as on a page where each amount follows its heading.
      unpairedHeadings = [last]
    }
    guard amountRun.count == unpairedHeadings.count else {
      for entry in amountRun {
        out.report(
          .unrecognizedLine,
          "one of \(amountRun.count) amounts printed after \(unpairedHeadings.count) headings without amounts; the counts differ, so they are not paired",
          entry.segment)
      }
      return
    }
    for (heading, entry) in zip(unpairedHeadings, amountRun) {
      updateHeading(heading) { record in
        record.amount = entry.amount
        record.prior = entry.prior
        record.span.endLine = entry.segment.line.endNumber
      }
    }
  }
}
