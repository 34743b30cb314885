/// Which side of an account a figure is on (OpenBudgets.eu's operation character): what the
/// state spends (歳出) or what it takes in (歳入: 税収, 公債金, 収納済歳入額). A ministry's budget
/// overview is expenditure; a national budget's frame, a special account's table or a settlement
/// prints both sides, and a revenue figure must never be published as spending.
public enum OperationCharacter: String, Sendable, Codable, Hashable, CaseIterable {
  case expenditure
  case revenue
}

extension BudgetDocument {
  /// Whether any figure is revenue: the data structure definition then lists the `revenue`
  /// code beside `expenditure`.
  public var hasRevenue: Bool {
    observations.contains { $0.figure.operationCharacter == .revenue }
  }
}
