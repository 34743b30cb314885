import BudgetModel

/// Labels of amounts that are not the budget of the year (branch hunt3; issue #20): another
/// holder's share, an amount per month or per head, a ceiling, a stock, several years, a
/// calendar year.
extension SummaryBuilder {
  /// `地方負担 200億円`, `都道府県負担`, `地方単独事業`: the local governments' share of a
  /// project is not the national budget; `月額 870億円`, `1人当たり 8万円`, `単価`: an amount
  /// per month, per day or per head is not the year's appropriation. Words anywhere in the
  /// label.
  static let otherHolderWords = [
    "地方負担", "地方費", "都道府県負担", "市町村負担", "自治体負担", "地方単独",
    "月額", "日額", "週額", "時間額", "単価", "当たり", "あたり", "平均",
  ]

  /// `令和7年度末 8,700億円`, `残高`: a stock at a date, not a flow of the year; `(内数 900億円)`:
  /// a part of a figure printed elsewhere; `令和6年度から 100億円`, `令和6年度以降`, `…まで`: an
  /// amount of several years or from a year on, none of one year's budget.
  static let stockOrSpanWords = [
    "残高", "年度末", "内数", "年度から", "年度以降", "年度以来", "年度まで", "年度より", "年前",
    "基金総額",
  ]

  /// `最大 8,700億円`, `上限 100億円`: a ceiling or a floor printed right before the amount is
  /// not the amount budgeted (`最低賃金…` inside a name is no such word).
  static let boundWords = ["最大", "最高", "上限", "最低", "下限"]

  static func namesOtherHolderOrBound(_ label: String) -> Bool {
    let words = label.filter { $0 != " " && $0 != "\u{3000}" }
    var end = Substring(words)
    while let last = end.last, ":：".contains(last) { end = end.dropLast() }
    return otherHolderWords.contains(where: words.contains)
      || boundWords.contains(where: end.hasSuffix)
  }

  /// An amount line's own label (never the heading above: `平成17年度以降,裁判所の当初予算`
  /// captions a series) naming a stock, a span of years or a calendar year.
  static func namesStockSpanOrCalendarYear(_ label: String) -> Bool {
    let words = label.filter { $0 != " " && $0 != "\u{3000}" }
    var end = Substring(words)
    while let last = end.last, ":：".contains(last) { end = end.dropLast() }
    return stockOrSpanWords.contains(where: words.contains) || endsWithCalendarYear(end)
  }

  /// `令和6年 8,061億円`, `2024年 8,061億円`: a calendar year (`年`, not `年度`) right before the
  /// amount is no fiscal year; the label took the heading's year (or a year label the era
  /// reading printed as the fiscal year).
  static func endsWithCalendarYear(_ words: Substring) -> Bool {
    guard words.hasSuffix("年") else { return false }
    let before = words.dropLast()
    return before.last.map { $0.isASCIIDigitCharacter || $0 == "元" } ?? false
  }
}
