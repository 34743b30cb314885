import BudgetModel

extension LegendItems {
  /// `一般会計1,528(1,455)`, `(1)安全確保と防災670( 664)`, `うち安全研究206( 219)`,
  /// `平成15年度原子力関係経費4,819(4,662)` (national-h15-genshiryoku-gaisan, under `単位:億円` and
  /// `括弧内は平成14年度予算額`): a name with the bare amount glued after it (or after a
  /// space), then the figure in parentheses, nothing else. Where the name ends and the
  /// amount starts is only a reading (a name may end with digits): the items are exported
  /// when the list's arithmetic proves them (`GluedItemsProof`).
  static func gluedItem(_ s: [Unicode.Scalar], legend: String) -> Item? {
    var end = s.count
    while end > 0, spaces.contains(s[end - 1]) { end -= 1 }
    guard end > 0, s[end - 1] == ")", let open = s[..<end].lastIndex(of: "(") else { return nil }
    var k = open + 1
    skipSpaces(s, &k)
    var prior: DecimalNumber?
    if let (number, after) = number(s, from: k) {
      prior = number
      k = after
    } else if let word = newWords.first(where: { s[k...].starts(with: $0.unicodeScalars) }) {
      k += word.unicodeScalars.count
    } else {
      return nil
    }
    skipSpaces(s, &k)
    guard k == end - 1 else { return nil }
    var amountEnd = open
    while amountEnd > 0, spaces.contains(s[amountEnd - 1]) { amountEnd -= 1 }
    var amountStart = amountEnd
    while amountStart > 0, s[amountStart - 1].isASCIIDigit || s[amountStart - 1] == "," {
      amountStart -= 1
    }
    guard amountStart < amountEnd, s[amountStart].isASCIIDigit,
      let (amount, after) = number(s, from: amountStart), after == amountEnd
    else { return nil }
    let label = String(String.UnicodeScalarView(s[..<amountStart]))
      .filter { !spaces.contains($0.unicodeScalars.first!) }
    guard isGluedName(label, legend: legend) else { return nil }
    return Item(label: label, amount: amount, prior: prior)
  }

  /// A name that may stand before a glued amount: ending with a letter or a closing bracket
  /// (not a sign, a decimal point or a comma, which would belong to the number), no unit, rate
  /// or figure in parentheses, and no fiscal year but the one after the legend's (the year of
  /// the amounts: `平成15年度原子力関係経費` under `平成14年度予算額`).
  static func isGluedName(_ label: String, legend: String) -> Bool {
    guard let last = label.last, last.isLetter || ")]」』".contains(last), label.count <= 60,
      label.contains(where: { $0.isLetter && !$0.isASCII }),
      !["円", "%", "単位"].contains(where: label.contains),
      !hasFigureInParentheses(withoutNumberMark(label))
    else { return false }
    guard label.contains("年度") else { return true }
    guard let named = eraYear(label), eraYear(label, after: named.range) == nil,
      let legendYear = eraYear(legend)
    else { return false }
    return named.era == legendYear.era && named.year == legendYear.year + 1
  }

  /// The name without its leading `(1)` (a number mark, no figure of the item).
  static func withoutNumberMark(_ label: String) -> String {
    guard label.hasPrefix("(") else { return label }
    let digits = label.dropFirst().prefix(while: \.isASCIIDigitCharacter)
    guard (1...2).contains(digits.count), label.dropFirst(1 + digits.count).hasPrefix(")") else {
      return label
    }
    return String(label.dropFirst(digits.count + 2))
  }

  /// The first `平成14年度` (era, year) of a text, and where it stands.
  static func eraYear(_ text: String, after start: Range<String.Index>? = nil)
    -> (era: String, year: Int, range: Range<String.Index>)?
  {
    var from = start?.upperBound ?? text.startIndex
    while let found = text[from...].range(of: "年度") {
      let before = text[..<found.lowerBound]
      let digits = before.reversed().prefix(while: \.isASCIIDigitCharacter)
      let head = before.dropLast(digits.count)
      if let era = ["平成", "令和", "昭和"].first(where: head.hasSuffix),
        let year = Int(String(digits.reversed()))
      {
        return (era, year, head.index(head.endIndex, offsetBy: -2)..<found.upperBound)
      }
      from = found.upperBound
    }
    return nil
  }

  /// `うち安全研究`, `・うち…`: a part of the item above, no part of a sum of the list.
  static func isSubPart(_ label: String) -> Bool {
    let name = label.drop { bullets.contains($0.unicodeScalars.first!) || $0 == " " }
    return name.hasPrefix("うち") || name.hasPrefix("内訳")
  }
}
