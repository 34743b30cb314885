import BudgetModel

extension SettlementAccount {
  /// `徴収決定済額 60,993,384 61,401,309` / `収納済歳入額 60,993,384 61,401,309` with no 不納欠損額
  /// and no 収納未済歳入額 printed: an account that lost and left unpaid nothing prints neither
  /// line, and its identity is 収納済歳入額 = 徴収決定済額, to the unit, in every year column.
  static func collectedWhole(_ reading: Reading, total: Int, parts: [Int]) -> Bool {
    guard reading.entries[total].role == .determined, parts.count == 1,
      reading.entries[parts[0]].role == .settledRevenue
    else { return false }
    return reading.years.indices.allSatisfy { k in
      guard let a = reading.entries[total].cells[k].decimal,
        let b = reading.entries[parts[0]].cells[k].decimal
      else { return false }
      let scale = max(a.scale, b.scale)
      return a.scaled(to: scale) == b.scaled(to: scale)
    }
  }
}
