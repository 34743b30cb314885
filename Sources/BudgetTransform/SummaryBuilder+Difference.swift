import BudgetModel

extension SummaryBuilder {
  /// `対前年度 639億円`, `(対前年度差額 639億円)`, `前年度差`, `伸び額`: the difference from the
  /// prior year, exported as the prior year's initial budget (its label names `前年度`);
  /// `(増額 639億円)`: the increase, exported as a budget. A change (branch hunt3).
  static func namesDifference(_ label: String) -> Bool {
    let words = label.filter { $0 != " " && $0 != "\u{3000}" }
    if namesPriorAmount(words) { return false }
    if ["対前年", "前年度差", "前年差", "伸び額", "伸額"].contains(where: words.contains) { return true }
    let last = label.split(whereSeparator: { " \u{3000}(（".contains($0) }).last ?? ""
    return ["増額", "増加額"].contains(String(last))
  }

  /// `対前年当初予算額`, `対前年度予算額`: the words name the prior year's amount (the one the
  /// budget is compared against), not the difference from it; with `差`, `増減` or `比`
  /// (`対前年度予算額比`, `対前年度増減額`) they name a change (hunt7). `measure(ofLine:)` reads
  /// the year as the prior one (`前年` with no `度`).
  static func namesPriorAmount(_ words: String) -> Bool {
    guard let range = words.range(of: "対前年"), words[range.upperBound...].contains("予算額")
    else { return false }
    return !["差", "増", "減", "比", "伸"].contains(where: words.contains)
  }
}
