import BudgetModel

extension ColumnOrder {
  /// `(非公共)` / `一般政策経費等` / `その他施設費` / `石油特会繰入`, then each column's cells
  /// 939 / 29 / 125 / 1,092 (kankyo-h17-gaisan-yokyu-gaiyo lines 20-41): a group's heading in
  /// parentheses printed before its items labels the group's total, which the page prints
  /// after them. The sums decide which row it labels: the row whose amounts are the sums of
  /// the other rows' in every amount column (within the rounding of the printed figures) —
  /// the first row, where the labels stay in their order, or the last, where the heading's
  /// label moves to it. Labels with no such heading are returned as they are; nil when a
  /// heading opens the labels and no first or last row is the total (which row is the
  /// group's, nothing proves: the block is not read).
  static func placeHeading<Label>(
    _ labels: [Label], text: (Label) -> String, _ reading: Reading, meanings: [ColumnMeaning]
  ) -> [Label]? {
    guard labels.count >= 3, isGroupHeading(text(labels[0])),
      !labels.dropFirst().contains(where: { isGroupHeading(text($0)) })
    else { return labels }
    let columns = meanings.indices.filter { c in
      meanings[c].kind == .amount && reading.rows.allSatisfy { $0[c]?.figure.amount != nil }
    }
    guard !columns.isEmpty else { return nil }
    let totals = reading.rows.indices.filter { r in
      columns.allSatisfy { c in
        let parts = reading.rows.indices.filter { $0 != r }.compactMap {
          reading.rows[$0][c]?.figure.amount
        }
        return reading.rows[r][c]?.figure.amount.map { ClauseProof.sums($0, parts) } ?? false
      }
    }
    guard totals.count == 1 else { return nil }
    if totals[0] == 0 { return labels }
    guard totals[0] == labels.count - 1 else { return nil }
    return Array(labels.dropFirst()) + [labels[0]]
  }

  static let unplacedHeadingMessage =
    "a heading in parentheses over rows printed in column order labels no row the sums prove to be its total: the block is not read"

  /// `(非公共)`, `(公 共)`: words wholly in parentheses, not a numbered item (`(1)…`) nor a
  /// part (`(うち…)`).
  static func isGroupHeading(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard compact.count >= 3, compact.hasPrefix("("), compact.hasSuffix(")"),
      !compact.dropFirst().dropLast().contains(where: { "()".contains($0) })
    else { return false }
    let inner = compact.dropFirst()
    return !inner.hasPrefix("うち") && !(inner.first?.isNumber ?? true)
  }
}
