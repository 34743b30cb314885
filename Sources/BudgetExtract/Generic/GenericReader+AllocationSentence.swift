import BudgetModel

extension GenericReader {
  /// A sentence that is one entry (`AllocationSentence`): read as the item line its words and
  /// amount make (`小型巡視艇の新造1隻 7億円`), through the checks every list line takes; the
  /// year and stage are the heading's, as for any item. True when taken.
  mutating func takeAllocationSentence(_ line: Line, _ text: String) -> Bool {
    guard let (label, amount) = AllocationSentence.split(text),
      var records = AmountLine.parse(line, text: label + " " + amount, parser: parser),
      records.count == 1, records[0].label == label, records[0].prior == nil,
      records[0].context == nil, records[0].isPart != true
    else { return false }
    records[0].scope = .item
    acceptEntries(records, line: line, text: text)
    return true
  }
}
