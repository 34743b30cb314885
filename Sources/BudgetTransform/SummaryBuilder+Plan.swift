import BudgetModel

/// The 地方財政計画's own document (organization `DocumentIdentifier.planCode`): its figures are
/// the plan's (`地方財政計画の規模`, `財源不足額`), where in a ministry's document the same words
/// name what local governments are allotted or a balance, no budget of the ministry
/// (`otherAmountWords`, `accountBalanceWords`).
extension SummaryBuilder {
  /// The plan's words that name its own figures in its own document.
  static let planWords = ["地方財政計画", "財源不足額"]

  /// `namesOtherAmount` for this document: in the plan's own, its words are left out first.
  func namesOtherAmountHere(_ label: String) -> Bool {
    guard info.organization.code == DocumentIdentifier.planCode else {
      return Self.namesOtherAmount(label)
    }
    var words = label.filter { $0 != " " && $0 != "\u{3000}" }
    for word in Self.planWords { words = words.replacingOccurrences(of: word, with: "・") }
    return Self.namesOtherAmount(words)
  }

  /// `(㉖16兆8,855億円、…)`: a circled number before the prior amount is the era year of the
  /// amount (`㉖`, 平成26年度). Nil when the label is no circled number; else whether it is the
  /// prior year's number in the era of the document's prior year.
  func circledYearIsPrior(_ label: String) -> Bool? {
    guard label.unicodeScalars.count == 1, let n = Self.circledNumber(label.unicodeScalars.first!)
    else { return nil }
    let prior = info.fiscalYear - 1
    guard let first = eras.eras.values.filter({ $0 <= prior }).max() else { return false }
    return prior - first + 1 == n
  }

  /// ① … ⑳, ㉑ … ㉟, ㊱ … ㊿: the number a circled number prints.
  static func circledNumber(_ c: Unicode.Scalar) -> Int? {
    switch c.value {
    case 0x2460...0x2473: return Int(c.value - 0x2460) + 1
    case 0x3251...0x325F: return Int(c.value - 0x3251) + 21
    case 0x32B1...0x32BF: return Int(c.value - 0x32B1) + 36
    default: return nil
    }
  }
}
