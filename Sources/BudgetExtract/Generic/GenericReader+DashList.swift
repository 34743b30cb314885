import BudgetModel

/// A web page's list flattened with dash bullets (national-h24-kankyo-hozen-gaisan lines 11-14):
///
///     - 平成24年度概算要求の総額:
///     - 1兆8,490億円(前年度比52.9%増)
///     (内、東日本大震災からの復旧・復興に係る経費は6,847億円) - 平成23年度当初予算の総額:
///     - 1兆2,091億円
///
/// An item is a label ending with `:` (after the dash that starts its line, or after the last
/// ` - ` of a line) and, on the next line, the dash and one amount with its unit and nothing
/// else: that dash is the list's bullet, not a minus sign, and the amount is the label's. A rate
/// against the prior year in parentheses after the amount (`(前年度比52.9%増)`) is kept only when
/// the next item's label names a year's budget (not a supplementary one) and the rate is the
/// growth of the first amount over that one at the printed precision (18,490 / 12,091 − 1 =
/// 52.9%): that amount is then the first one's prior. Otherwise the rate is reported.
extension GenericReader {
  struct DashItem {
    var label: String
    var amount: PrintedFigure
    var rate: DecimalNumber?
    var rateText: String?
    var line: Line
  }

  mutating func readDashLists(_ lines: [Line]) {
    var items: [DashItem] = []
    var label: String?
    for line in lines {
      let text = GenericLine.text(of: line)
      if text.isEmpty { continue }
      if let label, let item = dashAmount(text, line: line, label: label) { items.append(item) }
      label = Self.dashLabel(text)
    }
    let taken = Set(items.indices.filter { takeDashItem(items[$0]) })
    func record(_ i: Int) -> Int? {
      guard taken.contains(i) else { return nil }
      return amountLines.firstIndex { $0.span.line == items[i].line.number }
    }
    var priors: [Int] = []
    for (i, item) in items.enumerated() where item.rate != nil {
      guard let r = record(i), let rate = item.rate else { continue }
      if i + 1 < items.count, let p = record(i + 1),
        Self.namesPriorBudget(amountLines[p]),
        Self.rateHolds(rate, of: amountLines[r].amount, over: amountLines[p].amount)
      {
        var prior = amountLines[p].amount
        prior.label = amountLines[p].label
        amountLines[r].prior = prior
        amountLines[r].priorLine = amountLines[p].span.line
        amountLines[r].changeRatePercent = rate
        priors.append(p)
      } else {
        report(
          item.line, text: item.rateText ?? "",
          why: "a rate with no amount to compare is not exported")
      }
    }
    for p in priors.sorted(by: >) { amountLines.remove(at: p) }
  }

  /// The label a line ends with: `- 平成24年度概算要求の総額:` or `(…) - 平成23年度当初予算の総額:`.
  static func dashLabel(_ text: String) -> String? {
    guard text.hasSuffix(":") || text.hasSuffix("：") else { return nil }
    let body = " " + String(text.dropLast())
    let pieces = body.split(separator: " - ", omittingEmptySubsequences: false)
    guard pieces.count >= 2, let last = pieces.last else { return nil }
    let label = last.split(separator: " ").joined(separator: " ")
    // (A change may be signed: a label naming one is left alone.)
    guard !label.isEmpty, label.count <= 40, !holdsFigure(label), !isNote(label),
      !["増", "減", "差", "比"].contains(where: label.contains)
    else { return nil }
    return label
  }

  /// `- 1兆2,091億円`, `- 1兆8,490億円(前年度比52.9%増)` under a label line: the item, or nil.
  func dashAmount(_ text: String, line: Line, label: String) -> DashItem? {
    guard text.hasPrefix("- ") else { return nil }
    var rest = String(text.dropFirst(2))
    var rate: DecimalNumber?
    var rateText: String?
    if let open = rest.firstIndex(of: "(") {
      let paren = String(rest[open...])
      guard paren.hasSuffix(")"), let r = ParenthesizedChange.rateOnly(paren, parser: parser)
      else { return nil }
      rate = r
      rateText = paren
      rest = String(rest[..<open])
    }
    let tokens = rest.split(separator: " ")
    guard tokens.count == 1, let token = tokens.first.map(String.init),
      let cell = CellToken.parse(token, line: line.number, parser: parser), cell.hasUnit,
      !cell.isPercent, let amount = cell.figure.amount, !amount.isNegative
    else { return nil }
    var figure = cell.figure
    figure.label = label
    return DashItem(label: label, amount: figure, rate: rate, rateText: rateText, line: line)
  }

  /// Takes the item's amount line: the one read on its line with the bullet as its label,
  /// relabelled, or a new one when the line was reported (the dash read as a minus sign).
  mutating func takeDashItem(_ item: DashItem) -> Bool {
    let number = item.line.number
    if let r = amountLines.firstIndex(where: { $0.span.line == number }) {
      guard amountLines[r].label.filter({ $0 != " " }) == "-",
        amountLines[r].amount.amount == item.amount.amount, amountLines[r].prior == nil
      else { return false }
      amountLines[r].label = item.label
      amountLines[r].amount.label = item.label
      amountLines[r].scope = .headline
      return true
    }
    guard diagnostics.contains(where: { $0.span.line == number }),
      !tables.contains(where: { $0.span.line <= number && number <= $0.span.endLine })
    else { return false }
    diagnostics.removeAll { $0.span.line == number }
    let record = AmountLineRecord(
      scope: .headline, label: item.label, amount: item.amount, span: SourceSpan(line: number))
    let at = amountLines.firstIndex { $0.span.line > number } ?? amountLines.count
    amountLines.insert(record, at: at)
    return true
  }
}
