import BudgetModel

extension ClauseProof {
  /// Words that name an account's balance: a surplus, a deficit or a difference (`剰余金`,
  /// `不足額`, `歳入歳出差引`, `収支`, `差額`), which is no revenue and no spending.
  static let balanceWords = ["剰余", "不足額", "不足分", "差引", "収支", "差額", "欠損"]
  /// Terms of the accounts that hold a balance word and are a revenue or a spending of the
  /// year (`前年度剰余金受入`, the surplus carried in; `剰余金繰入`).
  static let balanceTermEndings = ["受入", "受入れ", "繰入", "繰入れ"]

  enum Side { case revenue, spending, balance }

  /// The side of the account a label names: a balance by its words, revenue by `歳入` or a
  /// label ending in `収入`/`受入`, spending by `歳出` or `支出`; nil when it names none.
  static func side(_ label: String) -> Side? {
    let words = compact(label)
    if balanceWords.contains(where: words.contains),
      !balanceTermEndings.contains(where: words.hasSuffix)
    {
      return .balance
    }
    let revenue =
      words.contains("歳入") || words.hasSuffix("収入") || words.hasSuffix("受入")
    let spending = words.contains("歳出") || words.contains("支出")
    guard revenue != spending else { return nil }
    return revenue ? .revenue : .spending
  }

  /// Whether the entries labelled `parts` can be parts of the total labelled `total`: a
  /// balance is a part of no total (歳入 = 歳出 + 剰余金 is the account's identity, not a sum of
  /// revenues), and a spending is no part of a revenue, nor a revenue of a spending.
  static func canBeParts(of total: String, _ parts: [String]) -> Bool {
    let whole = side(total)
    guard whole != .balance else { return false }
    for part in parts.map(side) {
      if part == .balance { return false }
      if let whole, let part, whole != part { return false }
    }
    return true
  }

  /// `13年度決算 歳入1851億円 歳出954億円 剰余金897億円`: a revenue, a spending and a balance
  /// of one line, each named once, whose balance is their difference within the rounding of
  /// the printed figures (歳入 − 歳出 = 剰余金, or 歳出 − 歳入 = a deficit): the identity of the
  /// account proves the revenue and the spending, each an amount of its own (neither a part
  /// of the other). The balance has no measure: it stays reported.
  static func proveBalances(_ lines: [Line], _ verdicts: inout [[Verdict]]) {
    for (l, line) in lines.enumerated() where line.entries.count >= 3 {
      let sides = line.entries.map { side($0.label) }
      guard let r = only(.revenue, sides), let s = only(.spending, sides),
        let b = only(.balance, sides)
      else { continue }
      let (revenue, spending, balance) = (line.entries[r], line.entries[s], line.entries[b])
      guard
        sums(revenue.amount, [spending.amount, balance.amount])
          || sums(spending.amount, [revenue.amount, balance.amount])
      else { continue }
      for k in [r, s] where !verdicts[l][k].isPart {
        verdicts[l][k].amount = true
      }
    }
  }

  static func only(_ side: Side, _ sides: [Side?]) -> Int? {
    let found = sides.indices.filter { sides[$0] == side }
    return found.count == 1 ? found[0] : nil
  }
}
