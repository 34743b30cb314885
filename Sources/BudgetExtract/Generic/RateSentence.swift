import BudgetModel

/// A press release's headline sentence that states the budget year's amount, then the earlier
/// one in parentheses and the growth over it (shohisha-h23):
///
///     ○消費者庁の平成23年度予算額は90.4億円。平成
///     22年度予算(89.5億円)比1.0%の伸び。
///
/// `<label>は<B>。<earlier label>(<A>)比<r>%の伸び` (`の増`, `の減`, `増`, `減`, …): read only
/// when the label names one fiscal year, the earlier label names a year of its own (`年度`),
/// and r is (B − A) / A at its printed precision (each amount within half a unit of its last
/// digit). The sentence may break anywhere after the first `。`; the line that finishes it is
/// read with it. The earlier amount keeps its label: the transform gives it a measure only
/// when it names the prior year's budget.
enum RateSentence {
  struct Reading {
    var label: String
    var amount: PrintedFigure
    var base: PrintedFigure
    var rate: DecimalNumber
  }

  static let growth: [(String, Bool)] = [
    ("の伸び", false), ("の増加", false), ("の減少", true), ("の増", false), ("の減", true),
    ("伸び", false), ("増加", false), ("減少", true), ("増", false), ("減", true),
  ]

  /// `…予算額は90.4億円。` and more words with no `。` of their own: the sentence goes on.
  static func isHead(_ text: String, parser: FigureParser) -> Bool {
    let compact = text.filter { $0 != " " }
    guard let stop = compact.firstIndex(of: "。"), !compact.hasSuffix("。"),
      compact[compact.index(after: stop)...].count <= 20,
      !compact[compact.index(after: stop)...].contains("。")
    else { return false }
    return first(String(compact[...stop]), parser: parser) != nil
  }

  static func read(_ text: String, parser: FigureParser) -> Reading? {
    let compact = text.filter { $0 != " " }
    guard let stop = compact.firstIndex(of: "。"),
      let (label, amount) = first(String(compact[...stop]), parser: parser)
    else { return nil }
    var rest = Array(compact[compact.index(after: stop)...].unicodeScalars)
    if rest.last == "。" { rest.removeLast() }
    guard let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")"),
      close + 1 < rest.count, rest[close + 1] == "比"
    else { return nil }
    let baseLabel = String(String.UnicodeScalarView(rest[..<open]))
    guard baseLabel.contains("年度"), !baseLabel.contains("円") else { return nil }
    var inner = Cursor(rest, from: open + 1, to: close)
    guard inner.peek?.isASCIIDigit == true,
      let base = ComparisonSentence.whole(&inner, parser: parser), inner.atEnd
    else { return nil }
    var k = close + 2
    let start = k
    while k < rest.count, rest[k].isASCIIDigit || rest[k] == "." { k += 1 }
    guard k > start, k < rest.count, rest[k] == "%",
      var rate = DecimalNumber(codePoints: rest[start..<k].map(\.value))
    else { return nil }
    let words = String(String.UnicodeScalarView(rest[(k + 1)...]))
    guard let (_, decrease) = growth.first(where: { $0.0 == words }) else { return nil }
    if decrease { rate = rate.negated() }
    let printedBase = PrintedFigure(amount: base, label: baseLabel)
    guard let b = ComparisonSentence.exact(amount), let a = ComparisonSentence.exact(printedBase)
    else { return nil }
    // The change B − A is uncertain by half a unit of each.
    let change = RatioSums.Exact(value: b.value - a.value, unit: a.unit + b.unit)
    guard ComparisonSentence.rateHolds(rate, change: change, base: a) else { return nil }
    return Reading(label: label, amount: amount, base: printedBase, rate: rate)
  }

  /// `○消費者庁の平成23年度予算額は90.4億円。`: the words before `は` naming one fiscal year
  /// and a budget, and the amount after it, nothing else before the `。`.
  static func first(_ sentence: String, parser: FigureParser) -> (String, PrintedFigure)? {
    guard let topic = sentence.lastIndex(of: "は") else { return nil }
    let label = AmountLine.clean(
      String(sentence[..<topic].drop { AmountLine.itemMarks.contains($0) }))
    guard label.contains("予算"), label.components(separatedBy: "年度").count == 2 else {
      return nil
    }
    var s = Array(sentence[sentence.index(after: topic)...].unicodeScalars)
    guard s.last == "。" else { return nil }
    s.removeLast()
    var cursor = Cursor(s)
    guard cursor.peek?.isASCIIDigit == true,
      let amount = ComparisonSentence.whole(&cursor, parser: parser), cursor.atEnd
    else { return nil }
    return (label, PrintedFigure(amount: amount, label: label))
  }
}

extension GenericReader {
  /// The sentence on this line (true), or its head kept for the next line (true).
  mutating func takeRateSentence(_ line: Line, text: String) -> Bool {
    if let reading = RateSentence.read(text, parser: parser) {
      addRateSentence(reading, first: line, last: line)
      return true
    }
    guard comparisonHead == nil, RateSentence.isHead(text, parser: parser) else { return false }
    comparisonHead = (text, line, "")
    return true
  }

  mutating func addRateSentence(_ reading: RateSentence.Reading, first: Line, last: Line) {
    var record = AmountLineRecord(
      scope: .headline, label: reading.label, amount: reading.amount, prior: reading.base,
      span: SourceSpan(line: first.number, endLine: last.endNumber))
    record.priorLine = last.number
    record.changeRatePercent = reading.rate
    record.context = context
    amountLines.append(record)
    contextHasAmounts = true
    lists.name = nil
  }
}
