import BudgetModel

/// Settlement headers as pages other than the ministries' own print them (issue #20, set P):
/// - the side of the account and a colon before the columns, `歳入:` / `歳出：`
///   (`歳入: 算額 収納済額 差額`); a side with no colon, or a unit after each column word
///   (`歳入 徴収決定済額(千円) …`), is `SettlementAccount`'s, which reads years as rows;
/// - cells that print their own unit (`3714億円`, `1兆9037億円`, `-1533万円`, `0円`), checked
///   in yen;
/// - `差額` for the difference to the budget;
/// - one column word the accounts law does not print (`算額`, a word whose first character a
///   page lost): it takes the one role that completes an identity with the columns named, so
///   the account's own arithmetic checks it on every row; never the settled amount, and never
///   exported (the column is `other`).
extension SettlementHeader {
  /// The length of the side's name and its colon (`歳入:`, `歳出：`) that start a header line.
  static func sidePrefix(_ rest: Substring) -> Int? {
    for side in ["歳入:", "歳入：", "歳出:", "歳出："] where rest.hasPrefix(side) {
      return side.count
    }
    return nil
  }

  /// A word of one to four characters ending in `額` right before a column word of the
  /// accounts law (`算額` in `算額収納済額差額`); nil otherwise.
  static func unnamed(_ rest: Substring) -> String? {
    for n in 1...4 {
      let word = rest.prefix(n)
      guard word.count == n, word.allSatisfy(isWordCharacter) else { return nil }
      let after = rest.dropFirst(n)
      if word.last == "額", word.count >= 2,
        words.contains(where: { after.hasPrefix($0.0) })
      {
        return String(word)
      }
    }
    return nil
  }

  private static func isWordCharacter(_ c: Character) -> Bool {
    guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
    return (0x4E00...0x9FFF).contains(scalar.value) || (0x3040...0x30FF).contains(scalar.value)
  }

  /// The columns' roles; one column the accounts law does not name takes the role that
  /// completes an identity with the named columns, when exactly one identity can be completed
  /// and that role is not a settled amount.
  static func roles(_ meanings: [ColumnMeaning]) -> [Role?] {
    var roles = meanings.map { role(of: $0.header) }
    let unnamed = roles.indices.filter { roles[$0] == nil }
    guard unnamed.count == 1 else { return roles }
    let named = roles.compactMap { $0 }
    let spent: [Role] = [.settledExpenditure, .carried, .unused]
    let all: [[Role]] = [
      [.settledRevenue, .revenueBudget, .difference],
      [.determined, .settledRevenue, .lost, .unpaid],
      [.expenditureBudget] + spent, [.appropriation] + spent,
    ]
    let missing = all.compactMap { members -> Role? in
      let left = members.filter { !named.contains($0) }
      return left.count == 1 && left.count < members.count - 1 ? left[0] : nil
    }
    guard missing.count == 1, let role = missing.first,
      role != .settledRevenue, role != .settledExpenditure
    else { return roles }
    roles[unnamed[0]] = role
    return roles
  }

  /// `holds` for cells that print their own unit (`3714億円 3706億円 -7.7億円`): the identity
  /// in yen, within one unit of the coarsest printed digit per part beyond the first.
  static func holdsInYen(total: Int, parts: [Int], _ cells: [CellToken]) -> Bool? {
    func yen(_ cell: CellToken) -> (value: Int64, unit: Int64)? {
      guard cell.hasUnit, let amount = cell.figure.amount,
        let printed = GenericReader.yen(amount)
      else { return nil }
      return (amount.isNegative ? -printed.value : printed.value, printed.unit)
    }
    guard let sum = yen(cells[total]) else { return nil }
    var values: [(value: Int64, unit: Int64)] = []
    for p in parts {
      if let value = yen(cells[p]) {
        values.append(value)
      } else if cells[p].figure.amount != nil {
        return nil
      }
    }
    guard !values.isEmpty, let coarsest = ([sum] + values).map(\.unit).max() else { return nil }
    let diff = abs(sum.value - values.reduce(0) { $0 + $1.value })
    return diff <= coarsest * Int64(max(parts.count - 1, 1))
  }
}
