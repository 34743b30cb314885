import BudgetModel

/// The items under the totals of a legend header (`GenericReader+BoxedLegend`; zaimu-h27, a
/// special account's page of 財務省所管特別会計予算概算額の概要):
///
///     (主な歳入)
///     再 保 険 料 収 入 / 1,153 億円 / ( / 6.6 % )
///     入 / 239 億円 / ( / 12.2 % )
///
/// Each item prints the later year's amount and its growth rate in parentheses, as the legend
/// says, but no earlier amount: nothing in its row checks the rate. The totals prove them: the
/// run of items right after the totals (or after the previous total's items) whose amounts add
/// up exactly to a total's later amount (1,153 + 239 = 1,392 for 歳入) are its parts, and the
/// rates are proven when the prior amounts they imply add up to the total's own implied prior
/// amount at the printed precision (1,153 / 1.066 + 239 / 1.122 ≈ 1,392 / 1.075:
/// `SumFormulaRates.holds`), with two different rates among them at least (equal rates would
/// hold whatever they were). Each total is matched in order; the first that finds no such run
/// ends the reading. The items read are exported as the later year's amounts with their rates
/// (a rate of the amount before it, `impliedBase`); an amount line of the same label elsewhere
/// is reported (the label was printed apart from its figures).
extension GenericReader {
  struct BoxedItem {
    var label: String
    var labelLine: Int
    var amount: CellToken
    var rate: CellToken
  }

  mutating func readBoxedItems(
    _ pieces: [BoxedPiece], from start: Int, totals: [SummaryRowRecord], _ meanings: [ColumnMeaning]
  ) {
    var items: [BoxedItem] = []
    var k = start
    while k + 2 < pieces.count, Self.boxedHeader(pieces, at: k) == nil {
      if let item = boxedItem(Array(pieces[k..<k + 3])) {
        items.append(item)
        k += 3
      } else {
        k += 1
      }
    }
    var next = 0
    var groups: [[BoxedItem]] = []
    for total in totals {
      guard let group = Self.boxedGroup(items[next...], total: total) else { break }
      groups.append(group)
      next += group.count
    }
    for group in groups { placeBoxedItems(group, meanings) }
  }

  /// A label, `B unit`, `(r%)`.
  func boxedItem(_ three: [BoxedPiece]) -> BoxedItem? {
    let label = three[0].text
    guard !label.hasPrefix("("), !label.contains(where: \.isASCIIDigitCharacter),
      label.count <= 20, !Self.isNote(label), three[2].text.hasPrefix("("),
      three[2].text.hasSuffix("%)"),
      let b = CellToken.parse(three[1].text, line: three[1].figureLine, parser: parser),
      let r = CellToken.parse(
        String(three[2].text.dropFirst().dropLast()), line: three[2].figureLine, parser: parser),
      r.isPercent, b.hasUnit, !b.isPercent, b.figure.amount?.parts.count == 1
    else { return nil }
    return BoxedItem(label: label, labelLine: three[0].line, amount: b, rate: r)
  }

  /// The run of items from the first that adds up exactly to the total's later amount, two
  /// at least, whose rates the implied prior amounts prove.
  static func boxedGroup(_ items: ArraySlice<BoxedItem>, total: SummaryRowRecord) -> [BoxedItem]? {
    guard total.cells.count == 3, let b = total.cells[1].amount, b.parts.count == 1,
      !b.isNegative, let unit = b.parts[0].unit, let r = total.cells[2].amount, r.parts.count == 1
    else { return nil }
    let target = b.parts[0].number
    let rate = r.isNegative ? r.parts[0].number.negated() : r.parts[0].number
    var run: [BoxedItem] = []
    for item in items {
      guard let amount = item.amount.figure.amount, amount.parts[0].unit == unit,
        !amount.isNegative
      else { return nil }
      run.append(item)
      let sum = run.map { $0.amount.figure.amount!.parts[0].number }
      let scale = (sum + [target]).map(\.scale).max() ?? 0
      let total = sum.reduce(Int64(0)) { $0 + $1.scaled(to: scale) }
      if total > target.scaled(to: scale) { return nil }
      guard total == target.scaled(to: scale) else { continue }
      let pairs = run.map { item -> SumFormulaRates.Pair in
        (item.amount.figure.amount!.parts[0].number, item.rate.decimal)
      }
      guard run.count >= 2, Set(pairs.compactMap(\.rate)).count >= 2,
        SumFormulaRates.holds(pairs, total: (target, rate)) == true
      else { return nil }
      return run
    }
    return nil
  }

  /// The group's items as a table of the later year's amounts and their rates. An item whose
  /// label is one character (`入`: a label spaced one character per line whose other
  /// characters PDF reading order printed elsewhere, `雑` / `収` after the items) is proven by
  /// the total with the others but names no row: it is reported, not exported.
  mutating func placeBoxedItems(_ group: [BoxedItem], _ meanings: [ColumnMeaning]) {
    guard meanings.count == 3 else { return }
    for item in group where item.label.count < 2 {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "an item whose label is one character of a label printed one character per line names no row: not exported",
          text: item.label, span: SourceSpan(line: item.amount.line)))
    }
    let named = group.filter { $0.label.count >= 2 }
    guard let first = named.first, let last = named.last else { return }
    var rate = meanings[2]
    rate.impliedBase = true
    let rows = named.map { item -> SummaryRowRecord in
      var row = SummaryRowRecord(
        label: item.label, cells: [item.amount.figure, item.rate.figure],
        span: SourceSpan(line: item.labelLine, endLine: item.rate.line))
      row.cellLines = [item.amount.line, item.rate.line]
      return row
    }
    var record = SummaryTableRecord(
      section: "", unit: nil, columns: [meanings[1].header, rate.header], rows: rows,
      span: SourceSpan(line: first.labelLine, endLine: last.rate.line))
    record.meanings = [meanings[1], rate]
    record.confirmed = true
    tables.append(record)
    let taken = Set(named.flatMap { [$0.amount.line, $0.rate.line] })
    let labels = Set(
      amountLines.filter { taken.contains($0.span.line) }.map(\.label).filter { !$0.isEmpty })
    dropAmbiguousLabels(labels, except: taken)
    diagnostics.removeAll { taken.contains($0.span.line) && $0.span.endLine == $0.span.line }
  }
}
