import BudgetModel

/// A label-before table whose last row is its total, the total's label printed after it
/// (PDF reading order: `… 1,964百万円 1,474百万円 △ 490百万円 323,515百万円 329,165百万円
/// 5,650百万円 そ` / `の` / `合 計`): two rows run on one line, the second with no label before
/// it, and `合 計` after the last figures, with the pieces of a label spaced over lines (`そ`,
/// `の` of `他`'s `その他`) before it.
extension GenericReader {
  /// The words that name a table's total row.
  static let totalWords = ["合計", "総計", "計"]

  /// The rows of a label-before table whose last row has no label before it and whose text
  /// after the last row ends in a total word: the last row is named by that word only when
  /// the rows above add up to it in every amount and change column (the top-level rows:
  /// a row that is the sum of the rows right under it takes them as its parts). Characters
  /// printed alone before the total word complete the one row label of a single character
  /// (`そ` `の` + `他`); nil when any of this does not hold.
  static func pairWithTrailingTotal(
    _ pieces: [Piece], columns n: Int, meanings: [ColumnMeaning]
  ) -> [(label: String, cells: [CellToken])]? {
    var rows: [(label: String, cells: [CellToken])] = []
    var label: [String] = []
    var cells: [CellToken] = []
    for piece in pieces {
      switch piece {
      case .text(let text):
        guard cells.isEmpty else { return nil }
        label.append(text)
      case .cell(let cell):
        cells.append(cell)
        guard cells.count == n else { continue }
        rows.append((joinLabel(label), cells))
        label = []
        cells = []
      }
    }
    let trailing = label
    // Every row but the last has its label; the last has none; text follows it.
    guard cells.isEmpty, rows.count >= 3, rows.last?.label.isEmpty == true,
      rows.dropLast().allSatisfy({ !$0.label.isEmpty }), !trailing.isEmpty
    else { return nil }
    let tokens = trailing.flatMap { $0.split(separator: " ").map(String.init) }
    let compact = tokens.joined()
    // `計` of `会計` names an account, not a total.
    guard let word = totalWords.first(where: { compact.hasSuffix($0) }),
      !compact.hasSuffix("会計")
    else { return nil }
    // The characters before the total word, each printed alone.
    var fragments = tokens
    var rest = word
    while !rest.isEmpty, let last = fragments.last, rest.hasSuffix(last) {
      rest.removeLast(last.count)
      fragments.removeLast()
    }
    guard rest.isEmpty, fragments.allSatisfy({ $0.count == 1 }) else { return nil }
    if !fragments.isEmpty {
      let single = rows.indices.dropLast().filter { rows[$0].label.count == 1 }
      guard single.count == 1 else { return nil }
      rows[single[0]].label = fragments.joined() + rows[single[0]].label
    }
    let bare = rows.map { $0.cells.compactMap(withoutUnit) }
    guard bare.allSatisfy({ $0.count == n }),
      isTotal(bare.last!, of: Array(bare.dropLast()), meanings: meanings)
    else { return nil }
    rows[rows.count - 1].label = word
    return rows
  }

  /// Whether `total` is the sum of the top-level rows of `rows` in every amount and change
  /// column, within the rounding of the printed figures: a row that is the sum of the
  /// consecutive rows right under it (two or more) takes them as its parts.
  static func isTotal(_ total: [CellToken], of rows: [[CellToken]], meanings: [ColumnMeaning])
    -> Bool
  {
    let columns = meanings.indices.filter {
      meanings[$0].kind == .amount || meanings[$0].kind == .change
    }
    guard !columns.isEmpty, meanings.contains(where: { $0.kind == .amount }) else {
      return false
    }
    var top: [[CellToken]] = []
    var i = 0
    while i < rows.count {
      top.append(rows[i])
      let end = stride(from: i + 2, to: rows.count, by: 1).first { j in
        sumsTo(Array(rows[(i + 1)...j]), rows[i], columns: columns)
      }
      i = (end ?? i) + 1
    }
    return top.count >= 2 && sumsTo(top, total, columns: columns)
  }

  /// Whether the rows add up to `total` in the columns, each printed figure rounded: the
  /// difference is at most half a unit of the last printed digit per figure.
  static func sumsTo(_ rows: [[CellToken]], _ total: [CellToken], columns: [Int]) -> Bool {
    for k in columns {
      let values = (rows.map { $0[k] } + [total[k]]).compactMap(\.decimal)
      guard values.count == rows.count + 1 else { return false }
      let scale = values.map(\.scale).max() ?? 0
      let sum = values.dropLast().reduce(Int64(0)) { $0 + $1.scaled(to: scale) }
      let diff = abs(sum - values.last!.scaled(to: scale))
      // Each figure is off by at most half a unit of its last digit.
      let units = values.reduce(Int64(0)) { $0 + TableArithmetic.pow10(scale - $1.scale) }
      if 2 * diff > units { return false }
    }
    return true
  }
}
