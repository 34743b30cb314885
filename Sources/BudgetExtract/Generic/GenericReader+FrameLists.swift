import BudgetModel

extension GenericReader {
  /// A page flattened into one long line: its glued tables (`GenericReader+GluedStacked`) or
  /// a frame of two lists.
  mutating func takeLongLine(_ line: Line) -> Bool {
    line.normalized.count > 60 && (takeGluedStacked(line) || takeFrameLine(line))
  }

  /// A line that is nothing but a frame's title, its unit statement and two numbered lists run
  /// together (`FrameLists`). True when the sums proved the one reading.
  mutating func takeFrameLine(_ line: Line) -> Bool {
    guard line.normalized.count > 60, line.normalized.contains("単"),
      FrameLists.entries(GenericLine.text(of: line), units: units) != nil
    else { return false }
    finish()
    // The page's title printed before its unit statement (`…補正予算(第1号)フレーム`).
    let text = GenericLine.text(of: line)
    if tables.isEmpty, amountLines.isEmpty, let open = text.range(of: "(単位:") {
      let lead = String(text[..<open.lowerBound]).trimmingSpaces
      if !lead.isEmpty { noteText(lead, line) }
    }
    return takeFrameLists(line, text)
  }

  /// A run-together string that is two numbered lists side by side (`FrameLists`): each entry
  /// an item of the document's stage, with the words before the unit statement (the frame's
  /// title, `令和3年度一般会計補正予算(第1号)フレーム`) as its context; parts are parts of their
  /// entry. An entry whose label names a year would be read as that year's, one that names a
  /// stage as that stage's: reported (`前年度剰余金受入`, a term of the accounts, names none).
  /// True when the sums proved the one reading.
  mutating func takeFrameLists(_ line: Line, _ text: String) -> Bool {
    guard let read = FrameLists.entries(text, units: units),
      FrameLists.assignment(read.entries) != nil,
      let open = text.range(of: "(単位:")
    else { return false }
    let lead = String(text[..<open.lowerBound]).trimmingSpaces
    for entry in read.entries {
      // `前年度剰余金受入`: a term of the accounts, a revenue of this budget (the sums proved it
      // one of its list's entries), names no year.
      let words = PriorYearWords.withoutAccountTerms(entry.label)
      guard !words.contains("年度"), !words.contains("前年"),
        ColumnMeaning.Stage.named(in: entry.label).isEmpty
      else {
        report(
          line, text: "\(entry.label) \(entry.amount)",
          why: "an entry of a frame whose label names a year is not certain; not exported")
        continue
      }
      let negative = entry.amount.significand < 0
      let number = negative ? entry.amount.negated() : entry.amount
      var record = AmountLineRecord(
        scope: .item, label: entry.label,
        amount: PrintedFigure(
          amount: PrintedAmount(number, unit: read.unit, isNegative: negative), label: entry.label),
        span: line.span)
      record.context = lead.isEmpty ? context : lead
      if case .part = entry.mark { record.isPart = true }
      amountLines.append(record)
    }
    return true
  }
}
