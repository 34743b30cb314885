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
    var records = records
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
      guard let previous, previous.amountCount == 0,
        Self.isLabel(previous.text) || yearStageCaption(before: line) != nil
      else {
        report(line, text: text, why: "an amount with no label is not exported")
        return
      }
      let named = yearStageCaption(before: line) ?? Self.joinLabel([previous.text])
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
}
