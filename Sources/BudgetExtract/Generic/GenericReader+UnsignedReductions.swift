import BudgetModel

extension GenericReader {
  /// `既定経費の減額 827,457百万円`, `…の修正減少 …`: an amount whose label says it is a
  /// reduction but which is printed without `▲` or `△`. The schema's amounts carry their
  /// sign, and which sign the document means is in words the reader does not parse (a cut
  /// of the budget is negative; `減額` in a table of reductions lists them positive): the
  /// amount is reported, never exported as an addition. A change column's word (`増減額`,
  /// `増△減額`) is no reduction, and a signed amount keeps its sign.
  mutating func reportUnsignedReductions() {
    let kept = amountLines.filter { record in
      guard Self.namesReduction(record.label), record.amount.amount?.isNegative != true else {
        return true
      }
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "an amount whose label names a reduction but which is printed without a sign is not exported",
          text: record.label, span: record.span))
      return false
    }
    amountLines = kept
  }

  static func namesReduction(_ label: String) -> Bool {
    let words = label.filter { $0 != " " && $0 != "　" }
    for word in ["減額", "減少"] {
      var from = words.startIndex
      while let range = words[from...].range(of: word) {
        let before = words[..<range.lowerBound].last
        // `増減額`, `増△減額`, `増▲減額`, `増・減額`: a change column, signed by its mark.
        if before.map({ !"増△▲・/／".contains($0) }) ?? true { return true }
        from = range.upperBound
      }
    }
    return false
  }
}
