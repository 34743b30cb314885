import BudgetModel

/// Labels that compare the amount after them with another as a multiple or a rate (branch
/// hunt5; issue #20): in news-style lines with no `。` the words before the amount named the
/// other figure (`前年度の2倍の1326億円`: exported as the prior year's; `2017年度補正予算の1.5倍
/// となる1326億円`: as 2017's supplementary budget; `対前年度3%増の総額2177億円`: as the change).
extension SummaryBuilder {
  /// `…の2倍の`, `1.5倍となる`, `3%増の`, `3割減の`, `5％増加となる`: the amount is the total the
  /// rate or multiple leads to; which measure it is the words do not say with certainty.
  static func namesRelativeTotal(_ label: String) -> Bool {
    let words = label.filter { $0 != " " && $0 != "\u{3000}" }
    let joins = ["の", "と", "に"]
    if joins.contains(where: { words.contains("倍\($0)") }) { return true }
    for mark in ["%", "％", "割"] {
      for change in ["増", "減", "増加", "減少"]
      where joins.contains(where: {
        words.contains("\(mark)\(change)\($0)")
      }) {
        return true
      }
    }
    return false
  }

  /// `平均で年8,700億円`, `人権擁護推進費 年100億円`: `年` set apart right before the amount is a
  /// sum per year, not the budget (`青少年` ends a name; `令和6年` is a calendar year).
  static func endsWithPerYear(_ printed: String) -> Bool {
    var text = Substring(printed)
    while let last = text.last, " \u{3000}:：".contains(last) { text = text.dropLast() }
    guard text.hasSuffix("年"), let before = text.dropLast().last else { return false }
    return " \u{3000}、,では毎".contains(before)
  }
}
