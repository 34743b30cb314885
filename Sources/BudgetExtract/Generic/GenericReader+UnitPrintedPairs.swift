import BudgetModel

/// A block of pairs with no change, rate or ratio to check (fukko-r5-bousai-hakusho):
///
///     <1>被災者支援総合交付金
///     令和5年度予算額
///     10,201百万円
///     令和4年度予算額
///     11,527
///
/// Each name says its own year and stage, and the first figure prints its unit; the bare
/// figures after it would share that unit only by the layout's habit, which nothing in the
/// block proves (in a block with a change, B − A = C proves it). The figures that print
/// their unit are read as the columns their names say; each bare one is reported, unless the
/// document's blocks together prove its unit (`GenericReader+BareUnitPairs`).
extension GenericReader {
  mutating func unitPrintedPairs(
    _ block: PairState, _ meanings: [ColumnMeaning], _ cells: [CellToken]
  ) -> (meanings: [ColumnMeaning], cells: [CellToken])? {
    guard TableArithmetic.relations(meanings).isEmpty,
      meanings.allSatisfy({ $0.kind == .amount && $0.fiscalYearLabel != nil && $0.stage != nil }),
      Set(meanings.map { "\($0.fiscalYearLabel ?? "")|\($0.stage?.rawValue ?? "")" }).count
        == meanings.count
    else { return nil }
    let kept = cells.indices.filter { cells[$0].hasUnit }
    guard !kept.isEmpty else { return nil }
    if let first = block.pairs.first, cells[0].hasUnit, kept.count < cells.count {
      pairs.bare.append(
        BareUnitBlock(firstLine: first.line.number, meanings: meanings, cells: cells))
    }
    for k in cells.indices where !cells[k].hasUnit {
      diagnostics.append(
        Diagnostic(
          kind: .unitUnknown,
          message:
            "a figure printed without its unit under \(meanings[k].header), in a block with no change to prove it shares the unit of the figure above, is not exported",
          text: block.lines.first { $0.number == cells[k].line }.map(GenericLine.text(of:)) ?? "",
          span: SourceSpan(line: cells[k].line)))
    }
    return (kept.map { meanings[$0] }, kept.map { cells[$0] })
  }
}
