import BudgetModel

/// An amount line met by the main loop: a sentence's amounts are tried by the clause rules
/// (or reported), a list line's entries are checked for the marks and words that change what
/// they are, then kept.
extension GenericReader {
  mutating func accept(_ records: [AmountLineRecord], line: Line, text: String) {
    if acceptYearChain(line, text) { return }
    if records.isEmpty, takeSentenceAmount(line, text: text) { return }
    if records.isEmpty || Self.endsSentence(text) || records[0].label.count > 40 {
      if takeClauseLine(line, text) || takeEnumeratedClauses(line, text)
        || takeAllocationSentence(line, text)
      {
        return
      }
      report(line, text: text, why: "an amount inside a sentence is not exported")
      return
    }
    acceptEntries(records, line: line, text: text)
  }

  /// An amount line's entries once it is known to be no sentence: checked for the marks and
  /// words that change what they are, then kept.
  mutating func acceptEntries(_ records: [AmountLineRecord], line: Line, text: String) {
    guard records.allSatisfy(zeroPartIsConfirmed) else {
      report(
        line, text: text,
        why: "an amount whose leading part is printed as zero (00兆) is not certain")
      return
    }
    if takeSignedChangeRow(records, line: line, text: text)
      || takeInlineArrow(records, line: line, text: text)
      || reportSignedAfterWords(records, line: line, text: text)
      || acceptListForms(records, line: line, text: text)
    {
      return
    }
    if records.contains(where: { Self.isCutWord($0.label) }) {
      report(
        line, text: text,
        why:
          "an amount under one character of a word cut off (its other characters printed on another line) names no row"
      )
    }
    var records = records.filter { !Self.isCutWord($0.label) }
    guard !records.isEmpty else { return }
    let label = records[0].label
    if label.isEmpty || label == "(" {
      let compact = text.filter { $0 != " " }
      if attachPriorLine(records, line: line, compact: compact) { return }
      // `( 1,294 億円 )` under a label, with no amount before it: the figure printed beside
      // another (a prior year, a part), never the label's own amount.
      guard !(compact.hasPrefix("(") && compact.hasSuffix(")")) else {
        report(
          line, text: text, why: "an amount in parentheses with no amount beside it is not exported"
        )
        return
      }
      guard let named = nameAbove(line, text: text, compact: compact) else { return }
      records[0].label = named
      records[0].amount.label = named
      records[0].scope = AmountLine.scope(of: named)
      records[0].span = SourceSpan(line: line.number, endLine: line.endNumber)
      nameParts(&records, named)
    }
    // An amount's own mark (`0.5億円(29補正)`) says its year and stage before any heading does.
    for k in records.indices { records[k].context = records[k].context ?? context }
    Self.attachLabelRates(&records)
    contextHasAmounts = true
    amountLines += records
    lists.name = nil
  }

  /// The name above an amount line with no label (`labelAbove`), or nil with the line reported.
  mutating func nameAbove(_ line: Line, text: String, compact: String) -> String? {
    switch labelAbove(line, compact: compact) {
    case .name(let name): return name
    case .cut:
      report(
        line, text: text,
        why: "an amount under one character of a label printed one character per line names no row")
    case .none:
      report(line, text: text, why: "an amount with no label is not exported")
    }
    return nil
  }
}
