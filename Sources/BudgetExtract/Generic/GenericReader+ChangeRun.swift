import BudgetModel

extension GenericReader {
  /// A comparison line that ends a run of comparison lines printed right after as many
  /// amount lines (`ChangeRun`): each comparison goes to the amount the arithmetic gives it,
  /// when exactly one assignment holds. A comparison the line above took by adjacency
  /// (`attachWrappedChange`) is assigned again with the others; the earlier comparison lines'
  /// reports are withdrawn. True when the run was read.
  mutating func attachChangeRun(_ line: Line, _ text: String) -> Bool {
    guard let current = ChangeRun.comparison(text, parser: parser) else { return false }
    let earlier = idleLog.lines.reversed().filter { entry in
      if case .blank = entry.kind { return false }
      return entry.line.number < line.number
    }
    var changes: [(line: Line, comparison: ChangeRun.Comparison)] = [(line, current)]
    var k = 0
    while k < earlier.count,
      let comparison = ChangeRun.comparison(
        GenericLine.text(of: earlier[k].line), parser: parser)
    {
      changes.insert((earlier[k].line, comparison), at: 0)
      k += 1
    }
    guard (2...ChangeRun.longest).contains(changes.count),
      let records = amountRun(before: earlier.dropFirst(k), count: changes.count)
    else { return false }
    let runLines = Set(changes.map(\.line.number))
    guard
      records.allSatisfy({
        let record = amountLines[$0]
        return record.prior == nil && record.supplementary == nil && record.isPart != true
          && (record.change == nil && record.changeRatePercent == nil
            || runLines.contains(record.changeLine ?? -1))
      }),
      case let amounts = records.compactMap({ amountLines[$0].amount.amount }),
      amounts.count == records.count,
      let readings = ChangeRun.assignment(
        amounts: amounts,
        comparisons: changes.map(\.comparison))
    else { return false }
    for (i, index) in records.enumerated() {
      let (j, reading) = readings[i]
      var record = amountLines[index]
      record.change = reading.change
      record.changeLine = changes[j].line.number
      record.changeRatePercent = reading.rate
      record.span = SourceSpan(line: record.span.line, endLine: changes[j].line.endNumber)
      amountLines[index] = record
    }
    diagnostics.removeAll { runLines.contains($0.span.line) && $0.kind == .unrecognizedLine }
    return true
  }

  /// The indices in `amountLines` of the `count` lines right before a run of comparisons
  /// (`lines`, newest first), each holding exactly one amount read outside tables; nil when
  /// any of them is not such a line, or the line before them is one too (a longer run of
  /// amounts: which of them the comparisons are for is not certain).
  func amountRun(before lines: ArraySlice<(line: Line, kind: GenericLine)>, count: Int) -> [Int]? {
    var records: [Int] = []
    for entry in lines.prefix(count + 1) {
      let found = amountLines.indices.filter { amountLines[$0].span.line == entry.line.number }
      if records.count == count { return found.isEmpty ? records : nil }
      guard found.count == 1 else { return nil }
      records.insert(found[0], at: 0)
    }
    return records.count == count ? records : nil
  }
}
