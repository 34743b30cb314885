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

  /// `FY2019 予 算 額 16 兆 6,295 億円`: a fiscal year printed as `FY` and digits anywhere in
  /// the label is a year the era reading does not place; the amount took the budget year
  /// (hunt5; `FY2024 90億円`, right before the amount, was `endsWithUnplacedYear`'s).
  static func namesEnglishFiscalYear(_ label: String) -> Bool {
    let words = Array(label.filter { $0 != " " && $0 != "\u{3000}" }.uppercased())
    guard words.count > 2 else { return false }
    for k in 0..<(words.count - 2) where words[k] == "F" && words[k + 1] == "Y" {
      if words[k + 2].isASCIIDigitCharacter { return true }
    }
    return false
  }

  /// `一般会計ODA予算(百万円)` in a table of 億円, `ODA予算(億ドル)`: a row label printing a unit
  /// in parentheses that is not the table's (another yen unit, another currency); its cells
  /// had been read in the table's unit (hunt5).
  static func rowUnitDisagrees(_ label: String, tableUnit: String?) -> Bool {
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    for unit in ["兆円", "十億円", "億円", "千万円", "百万円", "十万円", "万円", "千円", "円"]
    where compact.contains("(\(unit))") || compact.contains("（\(unit)）") {
      return unit != tableUnit
    }
    return ["ドル", "ユーロ", "ポンド", "人民元", "ウォン"].contains { currency in
      compact.contains(currency + ")") || compact.contains(currency + "）")
    }
  }
}
