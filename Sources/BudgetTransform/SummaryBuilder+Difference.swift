import BudgetModel

extension SummaryBuilder {
  /// `対前年度 639億円`, `(対前年度差額 639億円)`, `前年度差`, `伸び額`: the difference from the
  /// prior year, exported as the prior year's initial budget (its label names `前年度`);
  /// `(増額 639億円)`: the increase, exported as a budget. A change (branch hunt3).
  static func namesDifference(_ label: String) -> Bool {
    let words = label.filter { $0 != " " && $0 != "\u{3000}" }
    if ["対前年", "前年度差", "前年差", "伸び額", "伸額"].contains(where: words.contains) { return true }
    let last = label.split(whereSeparator: { " \u{3000}(（".contains($0) }).last ?? ""
    return ["増額", "増加額"].contains(String(last))
  }
}
