import BudgetModel

extension SummaryBuilder {
  /// Marks an item's label opens with before its words (`○`, `・`, brackets, spaces).
  static let openingMarks: Set<Character> = [
    " ", "　", "○", "◯", "●", "・", "◆", "◇", "■", "□", "(", "（", "〔", "[", "［", "【", "<", "＜", "〈",
  ]

  /// The marker an amount line's own label gives its figure: `うち要望 300億円`, `内 重点要求
  /// …` (a part of the line above: `partOf`), `〔再掲〕 900億円`, `(再掲)人権擁護推進費 …`
  /// (a figure counted elsewhere: `reposted`), `(後掲)` (`shownLater`). None of them counts
  /// toward a total (issue #20, hunt4). `内閣府…` is a name, not `内`.
  static func labelMarker(_ label: String) -> FigureMarker? {
    let compact = label.filter { $0 != " " && $0 != "　" }
    if compact.contains("再掲") { return .reposted }
    if compact.contains("後掲") { return .shownLater }
    let words = label.drop { openingMarks.contains($0) }
    if words.hasPrefix("うち") { return .partOf }
    if words.hasPrefix("内"), let next = words.dropFirst().first, " 　、:：".contains(next) {
      return .partOf
    }
    return nil
  }
}
