import BudgetModel

extension GenericReader {
  /// A rate-only comparison on the line after an amount, `(対前年度比 8.2%増)`, kept until the
  /// amount it compares with is found (`checkPendingRates`).
  struct PendingRate {
    var line: Line
    var text: String
    /// The line of the amount the rate is printed under.
    var recordLine: Int
    var rate: DecimalNumber
  }

  /// A line in parentheses: a headline pair's part, or a rate-only comparison under an amount.
  mutating func acceptParenthesizedLine(_ line: Line, _ text: String) -> Bool {
    acceptHeadlinePair(line, text: text) || acceptPendingRate(line, text)
      || acceptChangeBelow(line, text)
  }

  /// `平成11年度概算要求額 6,575億円` / `(対前年度比 8.2%増)`: the line holds nothing but the
  /// comparison words and one signed rate, right under a line that gave exactly one amount
  /// with nothing in parentheses. True when the line was taken.
  mutating func acceptPendingRate(_ line: Line, _ text: String) -> Bool {
    guard let previous, previous.amountCount == 1, previous.line.number == line.number - 1,
      let last = amountLines.indices.last, amountLines[last].span.line == previous.line.number,
      amountLines[last].prior == nil, amountLines[last].change == nil,
      amountLines[last].changeRatePercent == nil, amountLines[last].isPart != true,
      let rate = ParenthesizedChange.rateOnly(text, parser: parser)
    else { return false }
    pendingRates.append(
      PendingRate(line: line, text: text, recordLine: previous.line.number, rate: rate))
    return true
  }

  /// Each rate-only comparison is kept when the first amount printed after it within three
  /// lines (parts `うち…` aside) is labelled with a year's budget (`平成10年度予算額`; not a
  /// supplementary budget) and the rate is B / A − 1 at its printed precision (each amount
  /// within half a unit): that amount becomes the compared amount's prior, and the rate its
  /// change rate. Otherwise the rate's line is reported.
  mutating func checkPendingRates() {
    let pending = pendingRates
    pendingRates = []
    var taken: [Int] = []
    for item in pending {
      guard
        let r = amountLines.indices.first(where: {
          amountLines[$0].span.line == item.recordLine && amountLines[$0].prior == nil
            && amountLines[$0].change == nil && amountLines[$0].changeRatePercent == nil
        }),
        let k = amountLines.indices.first(where: {
          $0 > r && amountLines[$0].span.line > item.line.number
            && !amountLines[$0].label.hasPrefix("うち") && amountLines[$0].isPart != true
        }),
        amountLines[k].span.line <= item.line.number + 3, !taken.contains(k),
        Self.namesPriorBudget(amountLines[k]),
        Self.rateHolds(item.rate, of: amountLines[r].amount, over: amountLines[k].amount)
      else {
        report(item.line, text: item.text, why: "a rate with no amount to compare is not exported")
        continue
      }
      var prior = amountLines[k].amount
      prior.label = amountLines[k].label
      amountLines[r].prior = prior
      amountLines[r].priorLine = amountLines[k].span.line
      amountLines[r].changeRatePercent = item.rate
      amountLines[r].span.endLine = item.line.endNumber
      taken.append(k)
    }
    for k in taken.sorted(by: >) { amountLines.remove(at: k) }
  }

  /// An amount line standing alone whose label names a year and its budget, not a
  /// supplementary budget nor a change (`平成10年度予算額`, `平成23年度当初予算の総額`).
  static func namesPriorBudget(_ record: AmountLineRecord) -> Bool {
    let label = record.label.filter { $0 != " " }
    return record.prior == nil && record.change == nil && label.contains("年度")
      && label.contains("予算") && !["補正", "増", "減", "比", "差"].contains(where: label.contains)
  }

  /// r ≈ 100 · (B − A) / A, at the rate's precision, each amount within half a unit.
  static func rateHolds(_ rate: DecimalNumber, of later: PrintedFigure, over earlier: PrintedFigure)
    -> Bool
  {
    guard let b = ComparisonSentence.exact(later), let a = ComparisonSentence.exact(earlier),
      a.value > 0
    else { return false }
    let change = RatioSums.Exact(value: b.value - a.value, unit: a.unit + b.unit)
    return ComparisonSentence.rateHolds(rate, change: change, base: a)
  }
}
