import BudgetModel

/// A table block printed one cell per line in column order (PDF reading order): the row
/// labels first, then the first column's cells top to bottom, then the next column's, …
///
/// A column is printed as `m` cells (one per row), as `m` figures in parentheses
/// (`(144.5%)`: the rates or ratios the header says are in parentheses), or as `m` pairs of a
/// figure and the figure in parentheses under it (`14,145` / `(94.5%)`). A column with no cell
/// in the block is not printed at all. Which header column each printed column is, is
/// confirmed by the rows' arithmetic: a reading is taken only when it is the one reading under
/// which every row has a relation of the header (B − A = C, C / A, B / A) that holds and none
/// that fails.
enum ColumnOrder {
  /// One printed cell: its figure, whether it is printed in parentheses, and whether it is
  /// printed with no sign at all (not even `+`).
  struct Token {
    var cell: CellToken
    var parenthesized: Bool
    var unsigned: Bool
  }

  struct Reading: Equatable {
    /// Per row, one cell per header column; nil where the block prints none.
    var rows: [[CellToken?]]
    /// Changes printed without their sign whose row says they are decreases (B − A = −C, and
    /// another relation of the row holds): given their sign, `(row, column)`.
    var signed: [Pair] = []
  }

  struct Pair: Equatable {
    var row: Int
    var column: Int
  }

  /// A printed column: where its tokens start, and whether it is plain, parenthesized or
  /// paired.
  enum Group: Equatable {
    case plain(start: Int, percent: Bool)
    case parenthesized(start: Int)
    case paired(start: Int)
  }

  /// The one reading of `tokens` as `rows` rows under `meanings` that the arithmetic
  /// confirms; nil when none or more than one is.
  static func read(rows m: Int, tokens: [Token], meanings: [ColumnMeaning]) -> Reading? {
    // Each header column is printed at most once (a paired column takes two of them).
    guard m >= 2, tokens.count > m, tokens.count % m == 0,
      tokens.count <= m * meanings.count
    else { return nil }
    var found: [Reading] = []
    for groups in partitions(tokens, rows: m, from: 0) {
      for columns in assignments(groups, meanings: meanings, from: 0, after: -1) {
        if let reading = check(groups, columns, tokens: tokens, rows: m, meanings: meanings),
          !found.contains(reading)
        {
          found.append(reading)
        }
      }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// Every way to cut the tokens from `p` into printed columns of `m` rows.
  static func partitions(_ tokens: [Token], rows m: Int, from p: Int) -> [[Group]] {
    if p == tokens.count { return [[]] }
    var result: [[Group]] = []
    var heads: [(Group, Int)] = []
    if p + m <= tokens.count {
      let slice = tokens[p..<p + m]
      if slice.allSatisfy({ !$0.parenthesized }) {
        let percent = slice.allSatisfy(\.cell.isPercent)
        if percent || slice.allSatisfy({ !$0.cell.isPercent }) {
          heads.append((.plain(start: p, percent: percent), p + m))
        }
        // A rate or ratio printed without `%` (`0.7`, `△6.4`, kankyo-h14): every cell with a
        // decimal fraction may be a percent column too; the arithmetic picks the reading.
        if !percent, slice.allSatisfy({ ($0.cell.decimal?.scale ?? 0) >= 1 }) {
          heads.append((.plain(start: p, percent: true), p + m))
        }
      }
      if slice.allSatisfy({ $0.parenthesized && $0.cell.isPercent }) {
        heads.append((.parenthesized(start: p), p + m))
      }
    }
    if p + 2 * m <= tokens.count,
      (0..<m).allSatisfy({
        !tokens[p + 2 * $0].parenthesized && !tokens[p + 2 * $0].cell.isPercent
          && tokens[p + 2 * $0 + 1].parenthesized && tokens[p + 2 * $0 + 1].cell.isPercent
      })
    {
      heads.append((.paired(start: p), p + 2 * m))
    }
    for (group, next) in heads {
      for rest in partitions(tokens, rows: m, from: next) { result.append([group] + rest) }
    }
    return result
  }

  /// Every order-keeping way to give each printed column its header column (a paired column
  /// takes an amount or change column and the percent column right after it).
  static func assignments(
    _ groups: [Group], meanings: [ColumnMeaning], from g: Int, after last: Int
  ) -> [[Int]] {
    if g == groups.count { return [[]] }
    func isPercent(_ k: Int) -> Bool {
      [.ratePercent, .ratioPercent, .sharePercent].contains(meanings[k].kind)
    }
    func isAmount(_ k: Int) -> Bool { [.amount, .change].contains(meanings[k].kind) }
    var result: [[Int]] = []
    for k in (last + 1)..<max(meanings.count, last + 1) {
      let fits: Bool
      switch groups[g] {
      case .plain(_, let percent): fits = percent ? isPercent(k) : isAmount(k)
      case .parenthesized: fits = isPercent(k)
      case .paired: fits = isAmount(k) && k + 1 < meanings.count && isPercent(k + 1)
      }
      guard fits else { continue }
      let end: Int
      if case .paired = groups[g] { end = k + 1 } else { end = k }
      for rest in assignments(groups, meanings: meanings, from: g + 1, after: end) {
        result.append([k] + rest)
      }
    }
    return result
  }

  /// The rows of one reading, when the arithmetic confirms every row.
  static func check(
    _ groups: [Group], _ columns: [Int], tokens: [Token], rows m: Int,
    meanings: [ColumnMeaning]
  ) -> Reading? {
    var rows = Array(repeating: [Token?](repeating: nil, count: meanings.count), count: m)
    for (group, k) in zip(groups, columns) {
      for r in 0..<m {
        switch group {
        case .plain(let start, _), .parenthesized(let start): rows[r][k] = tokens[start + r]
        case .paired(let start):
          rows[r][k] = tokens[start + 2 * r]
          rows[r][k + 1] = tokens[start + 2 * r + 1]
        }
      }
    }
    var reading = Reading(rows: [])
    for (r, row) in rows.enumerated() {
      guard let (cells, signed) = confirm(row, meanings: meanings) else { return nil }
      reading.rows.append(cells)
      reading.signed += signed.map { Pair(row: r, column: $0) }
    }
    return reading
  }

  /// A row's cells when a relation holds and none fails; a change printed unsigned is given
  /// the sign of B − A when B − A = −C and another relation of the row holds.
  static func confirm(_ row: [Token?], meanings: [ColumnMeaning]) -> ([CellToken?], [Int])? {
    var cells = row.map { $0?.cell }
    let absent = CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0)
    var held = 0
    var unsignedChanges: [Int] = []
    for relation in ColumnMeaning.relations(meanings) {
      let full = cells.map { $0 ?? absent }
      guard let holds = TableArithmetic.holds(relation, full) else { continue }
      if holds {
        held += 1
        continue
      }
      let k = relation.result
      guard !relation.isQuotient, row[k]?.unsigned == true, var negated = cells[k],
        negated.figure.amount != nil
      else { return nil }
      negated.figure.amount?.isNegative = true
      var flipped = full
      flipped[k] = negated
      guard TableArithmetic.holds(relation, flipped) == true else { return nil }
      cells[k] = negated
      unsignedChanges.append(k)
    }
    guard held > 0 else { return nil }
    return (cells, unsignedChanges)
  }
}
