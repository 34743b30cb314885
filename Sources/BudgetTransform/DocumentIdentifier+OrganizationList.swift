import BudgetModel

extension DocumentIdentifier {
  /// Whether the name ending at `end` closes a list of names (`…環境省防衛省所管`, `…、防衛省所管`,
  /// fukko-h28-fukkotokkai-kessan-sainyu-blog line 11: the 復興特会's 所管 of sixteen
  /// ministries): right after another organization's name, or after `、` / `・` / `,`. The
  /// `所管` or `関係` after it is the whole list's, and names no one organization.
  static func endsList(_ text: String, end: String.Index, length: Int, ends: [String.Index])
    -> Bool
  {
    guard let start = text.index(end, offsetBy: -length, limitedBy: text.startIndex),
      start > text.startIndex
    else { return false }
    if ends.contains(start) { return true }
    return ["、", "・", ",", "，"].contains(text[text.index(before: start)])
  }
}
