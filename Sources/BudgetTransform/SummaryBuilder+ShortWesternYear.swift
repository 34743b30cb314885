import BudgetModel

extension SummaryBuilder {
  /// `18年度` in a document titled `2018 年度補正予算`: a news text's two-digit Western year
  /// (read by the era it would be 平成18年度, twelve years away). Only when the title prints the
  /// same year in full, `20` and the two digits before `年度`; nil otherwise.
  func shortWesternYear(_ digits: String) -> Int? {
    guard digits.count == 2, let short = Int(digits) else { return nil }
    let title = info.title.filter { $0 != " " && $0 != "\u{3000}" }
    let full = 2000 + short
    guard title.contains("\(full)年度"), !eras.matches(in: title).contains(where: \.isFiscalYear)
    else { return nil }
    return full
  }
}
