import BudgetModel

/// `歳入` / `徴収決定済額(千円) 収納済歳入額(千円) …` / `2年度 …` / `元年度 …` / `歳出` /
/// `歳出予算現額(千円) 支出済歳出額(千円) …` / `2年度 …` / `元年度 …` (keisan-r2-tokkyo-tokkai-
/// kessan-kensain lines 19-26): the two sides of an account, each its words as a header over
/// rows of years, run together in one block. When the block is no account as a whole, each
/// side (from a header line printed after cells, with the side's word above it) is read as an
/// account of its own, proven by its own identities.
extension GenericReader {
  mutating func readSettlementRun(
    _ run: [(line: Line, tokens: [SettlementAccount.Token])], _ lines: [Line]
  ) {
    let sides = SettlementAccount.sides(run.map(\.tokens))
    let printed = run.filter { !$0.tokens.isEmpty }.map(\.tokens)
    guard sides.count > 1, SettlementAccount.read(printed) == nil,
      SettlementAccount.readYearRows(printed, unitAbove: nil) == nil
    else { return readSettlementAccount(run, lines) }
    for side in sides { readSettlementAccount(Array(run[side]), lines) }
  }
}

extension SettlementAccount {
  /// Where each side starts: a line of the account's words printed after a line of cells
  /// (with the side's word, or lines of nothing but units, right above it) starts a side.
  static func sides(_ lines: [[Token]]) -> [Range<Int>] {
    func hasCells(_ line: [Token]) -> Bool {
      line.contains { if case .cell = $0 { true } else { false } }
    }
    func isHeader(_ line: [Token]) -> Bool {
      line.contains { if case .role = $0 { true } else { false } }
        && line.allSatisfy { if case .role = $0 { true } else { $0.isAside } }
    }
    var starts = [0]
    for k in lines.indices where k > 0 && isHeader(lines[k]) {
      guard lines[..<k].contains(where: hasCells) else { continue }
      var start = k
      while start > starts.last! + 1, !lines[start - 1].isEmpty,
        lines[start - 1].allSatisfy(\.isAside)
      {
        start -= 1
      }
      guard start > starts.last!, hasCells(lines[start - 1]) || lines[start - 1].isEmpty else {
        continue
      }
      starts.append(start)
    }
    return starts.indices.map { i in
      starts[i]..<(i + 1 < starts.count ? starts[i + 1] : lines.count)
    }
  }
}
