import BudgetModel

/// A block of `GenericReader+UnitPrintedPairs` kept whole until the document is read: the
/// figure that prints its unit and the bare ones after it.
struct BareUnitBlock {
  var firstLine: Int
  var meanings: [ColumnMeaning]
  var cells: [CellToken]
}

/// The bare figures of unit-printed pairs (fukko-r5-bousai-hakusho), proven by the document's
/// blocks together:
///
///     令和5年度予算額        令和5年度予算額
///     24,913百万円           10,201百万円
///     令和4年度予算額        令和4年度予算額
///     27,849                 11,527
///
/// No block proves its bare figure's unit by itself. Budget units stand a power of ten apart
/// (円, 千円, 万円, 百万円, 億円: at least tenfold), so a bare figure in another unit than the
/// one printed above it would be at least ten times its printed partner's size, or at most a
/// tenth of it, once read as sharing it. When the document holds at least three such blocks,
/// all printing one unit, and every bare figure, read as sharing that unit, is within a factor
/// of two of the figure above it, another unit would make every one of those items change
/// fivefold or more in the same year in the same direction: the blocks together prove the
/// unit, and the bare figures are read. One block outside those bounds, or a block printing
/// another unit, and every bare figure stays reported.
extension GenericReader {
  /// The least number of blocks that prove the unit together.
  static let bareUnitBlocksNeeded = 3

  mutating func readBareUnitPairs() {
    let blocks = pairs.bare
    guard blocks.count >= Self.bareUnitBlocksNeeded,
      let unit = blocks[0].cells[0].figure.amount?.parts.last?.unit,
      blocks.allSatisfy({ Self.bareFiguresNear($0, unit: unit) })
    else { return }
    for block in blocks {
      guard
        let t = tables.firstIndex(where: {
          $0.span.line == block.firstLine && $0.rows.count == 1 && $0.confirmed
        })
      else { continue }
      tables[t].columns = block.meanings.map(\.header)
      tables[t].meanings = block.meanings
      tables[t].rows[0].cells = block.cells.map(\.figure)
      tables[t].rows[0].cellLines = block.cells.map(\.line)
      let bareLines = Set(block.cells.filter { !$0.hasUnit }.map(\.line))
      diagnostics.removeAll {
        $0.kind == .unitUnknown && bareLines.contains($0.span.line)
      }
    }
  }

  /// Every bare figure of the block is within a factor of two of the block's first figure,
  /// which prints `unit`.
  static func bareFiguresNear(_ block: BareUnitBlock, unit: String) -> Bool {
    guard let first = block.cells.first, let amount = first.figure.amount,
      amount.parts.count == 1, amount.parts[0].unit == unit, !amount.isNegative,
      let printed = amount.parts[0].number.scaledToInteger(byPowerOfTen: 3), printed > 0
    else { return false }
    let bare = block.cells.dropFirst().filter { !$0.hasUnit }
    guard !bare.isEmpty else { return false }
    return bare.allSatisfy { cell in
      guard let number = cell.decimal, let value = number.scaledToInteger(byPowerOfTen: 3),
        value > 0
      else { return false }
      return value <= 2 * printed && printed <= 2 * value
    }
  }
}
