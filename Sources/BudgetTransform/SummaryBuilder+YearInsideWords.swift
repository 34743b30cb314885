import BudgetModel

extension SummaryBuilder {
  /// `ヘリコプター搭載型巡視船(砕氷型,令和3年度補正予算)の継続1隻`: a fiscal year in parentheses
  /// inside an entry's words, with words after the parentheses, says something of the entry
  /// (the budget that began the work it continues), not of its amount: the amount is the
  /// document's (令和4年度補正予算's here) as often as that year's, so the label names no
  /// measure and the line is reported. A year in parentheses ending the label
  /// (`防災対策(令和3年度補正予算)`) or opening it (`(令和3年度補正予算)防災対策`), or outside
  /// parentheses, names the amount's year as before.
  static func namesYearInsideWords(_ label: String) -> Bool {
    var depth = 0
    var inner = ""
    var closedWithYear = false
    var wordsBefore = false
    for ch in label {
      switch ch {
      case "(", "（":
        if depth == 0 { inner = "" }
        depth += 1
      case ")", "）":
        depth = max(0, depth - 1)
        if depth == 0, wordsBefore, inner.contains("年度") { closedWithYear = true }
      default:
        if depth > 0 {
          inner.append(ch)
        } else if closedWithYear, ch.isLetter {
          return true
        } else if ch.isLetter {
          wordsBefore = true
        }
      }
    }
    return false
  }
}
