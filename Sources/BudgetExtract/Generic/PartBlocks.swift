import BudgetModel

/// A table's last row printed one cell per line in column order, each amount column's cell
/// followed by its `うち` part (内閣官房's 国土強靱化関係予算: national-r1 `合計 1,344,683` /
/// `(うち公共事業関係費)` / `850,300` / `1,082,284` / `(うち公共事業関係費)` / `779,500`;
/// national-r2 `40,574` / `(うち公共事業関係費)` / `34,535` / `39,519` / `(うち公共事業関係費)` /
/// `34,090` / `1.03`): the shape of the block, read from the classified lines after the label.
struct PartBlock {
  /// The label of the parts (`(うち公共事業関係費)`), printed before each part.
  var partLabel: String
  /// Per amount column: the whole's cell and the part's cell.
  var wholes: [CellToken]
  var parts: [CellToken]
  /// The cells after the amount columns' (a ratio, one per line).
  var rest: [CellToken]
  /// The index of the line after the block.
  var end: Int

  /// Reads `whole` / `(うち…)` / `part` for each of `amounts` columns, then `others` cells, from
  /// `k` (blank lines skipped); the first whole may carry the row's label (`first`).
  static func read(
    _ kinds: [GenericLine], from start: Int, amounts: Int, others: Int
  ) -> (label: String, block: PartBlock)? {
    var k = start
    func next() -> GenericLine? {
      while k < kinds.count, case .blank = kinds[k] { k += 1 }
      guard k < kinds.count else { return nil }
      defer { k += 1 }
      return kinds[k]
    }
    var label = ""
    var partLabel: String?
    var wholes: [CellToken] = []
    var parts: [CellToken] = []
    for c in 0..<amounts {
      guard case .row(let printed, let cells) = next(), cells.count == 1,
        c == 0 || printed.isEmpty, cells[0].decimal != nil, !cells[0].isPercent
      else { return nil }
      if c == 0 { label = printed }
      guard case .text(let text) = next(), isPartLabel(text), partLabel == nil || partLabel == text,
        case .row(let none, let part) = next(), none.isEmpty, part.count == 1,
        let p = part[0].decimal, let w = cells[0].decimal, p.scale == w.scale,
        0 < p.significand, p.significand < w.significand
      else { return nil }
      partLabel = text
      wholes.append(cells[0])
      parts.append(part[0])
    }
    var rest: [CellToken] = []
    for _ in 0..<others {
      guard case .row(let none, let cells) = next(), none.isEmpty, cells.count == 1,
        cells[0].decimal != nil
      else { return nil }
      rest.append(cells[0])
    }
    guard let partLabel else { return nil }
    return (
      label, PartBlock(partLabel: partLabel, wholes: wholes, parts: parts, rest: rest, end: k)
    )
  }

  /// `(うち公共事業関係費)`: a part's label in parentheses and nothing else.
  static func isPartLabel(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    return compact.hasPrefix("(うち") && compact.hasSuffix(")") && compact.count > 4
      && !GenericReader.holdsFigure(compact)
  }

  /// Whether the rows add up to the wholes exactly, in every amount column.
  func isSum(of rows: [[CellToken]]) -> Bool {
    guard !rows.isEmpty else { return false }
    return wholes.indices.allSatisfy { c in
      guard let total = wholes[c].decimal else { return false }
      let values = rows.compactMap { $0[c].decimal }
      return values.count == rows.count && values.allSatisfy { $0.scale == total.scale }
        && values.reduce(Int64(0)) { $0 + $1.significand } == total.significand
    }
  }

  /// Whether `ratio` is `wholes[later] / wholes[earlier]` at its printed precision (half a
  /// unit of its last digit), as a multiplier (`1.03`) or a percent (`103.0`).
  static func ratioHolds(_ ratio: CellToken, _ later: CellToken, _ earlier: CellToken) -> Bool {
    guard let r = ratio.decimal, let b = later.decimal, let a = earlier.decimal, a.scale == b.scale,
      a.significand > 0, r.scale >= 1
    else { return false }
    let scale = ratio.isPercent ? 100 : 1
    // |b / a · scale − r| ≤ ½ · 10^−s  ⇔  |2 · b · scale · 10^s − 2 · r · a| ≤ a
    let pow = Int128(RatioSums.pow10(r.scale))
    let lhs =
      2 * Int128(b.significand) * Int128(scale) * pow - 2 * Int128(r.significand)
      * Int128(a.significand)
    return abs(lhs) <= Int128(a.significand)
  }
}
