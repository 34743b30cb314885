import BudgetModel

extension GenericReader {
  /// `・地球環境研究総合推進費(環境庁)` / `2,750( 2,650)` under `(単位は百万円)`: an item's name
  /// marked as a list entry, and on the next line its amount as a bare number with a figure in
  /// parentheses. The number takes the unit stated above the list (a unit statement
  /// in scope, none from anywhere else); the figure in parentheses is reported, since no
  /// legend says what it is. When an amount with its own unit heads the items (a section's
  /// total, `1,454億円`), the items under it must not add up to more than it, else the unit
  /// is not certain and every item of the run is taken back and reported. True when the line
  /// was taken.
  mutating func acceptBareItem(_ line: Line, _ text: String) -> Bool {
    guard let unit = unitScope, let previous, previous.amountCount == 0,
      previous.line.number < line.number,
      let mark = previous.text.trimmingSpaces.first, AmountLine.itemMarks.contains(mark),
      Self.isItemLabel(previous.text), let number = Self.bareItemFigures(text)
    else { return false }
    let label = Self.joinLabel([previous.text])
    var record = AmountLineRecord(
      scope: .item, label: label,
      amount: PrintedFigure(amount: PrintedAmount(number, unit: unit), label: label),
      span: SourceSpan(line: line.number, endLine: line.endNumber))
    record.context = context
    if let prior = legendPrior(text, unit: unit) {
      record.prior = prior
    } else {
      report(
        line, text: text,
        why:
          "the figure in parentheses after an item's amount has no legend saying what it is; not exported"
      )
    }
    amountLines.append(record)
    bareItemLines.insert(line.number)
    contextHasAmounts = true
    checkBareItemsUnderTotal()
    return true
  }

  /// An entry's name: no year, no amount, no figure, not a note (`・G8環境大臣会合開催経費
  /// (環境庁)`; its list mark tells it from a header's words).
  static func isItemLabel(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    return compact.count <= 80 && !isNote(text) && !compact.contains("年度")
      && !compact.contains("円") && !holdsFigure(compact)
  }

  /// `2,750( 2,650)`, `68(   0)`: a number grouped by commas, then another in parentheses,
  /// nothing else (a number alone, `614` or a page's `12`, is not taken: the pair is what
  /// tells an item's amount from a stray number).
  static func bareItemFigures(_ text: String) -> DecimalNumber? {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard let open = compact.firstIndex(of: "("), compact.hasSuffix(")"),
      isGrouped(compact[compact.index(after: open)..<compact.index(before: compact.endIndex)])
    else { return nil }
    let first = compact[..<open]
    guard isGrouped(first), let number = DecimalNumber(ascii: first.filter { $0 != "," }) else {
      return nil
    }
    return number
  }

  /// Digits in groups of three after the first (`68,574`, `0`), no sign, no fraction.
  static func isGrouped(_ text: Substring) -> Bool {
    let groups = text.split(separator: ",", omittingEmptySubsequences: false)
    guard let head = groups.first, (1...3).contains(head.count) || groups.count == 1,
      !head.isEmpty
    else { return false }
    return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigitCharacter) }
      && groups.dropFirst().allSatisfy { $0.count == 3 }
  }

  /// The run of bare items since the last amount printed with its own unit (a section's
  /// total): if they add up to more than it, their unit is not certain; all of them are taken
  /// back and reported.
  mutating func checkBareItemsUnderTotal() {
    let bare = bareItemLines
    guard let totalIndex = amountLines.lastIndex(where: { !bare.contains($0.span.line) }),
      let total = ComparisonSentence.exact(amountLines[totalIndex].amount)
    else { return }
    let run = amountLines.indices.filter { $0 > totalIndex }
    var sum: Int128 = 0
    for k in run {
      guard let item = ComparisonSentence.exact(amountLines[k].amount) else { return }
      sum += item.value
    }
    guard sum > total.value else { return }
    for k in run.reversed() {
      let record = amountLines.remove(at: k)
      bareItemLines.remove(record.span.line)
      diagnostics.append(
        Diagnostic(
          kind: .unitUnknown,
          message: "items under a total that add up to more than it: their unit is not certain",
          text: record.label, span: record.span))
    }
  }
}
