import BudgetModel

/// Words in an amount line's label that say the amount is not one year's budget of the entry:
/// what a careful reader sees and the amount alone does not (branch hunt: variants of fixture
/// lines that exported a wrong figure).
extension AmountLine {
  /// Whether the words between two amounts (or before the first) leave the amount's meaning
  /// uncertain, so that the line is not read:
  /// - `一般会計 639億円増 8,700億円`: `増`/`減` right after an amount makes that amount a
  ///   change, not the entry's budget; the next amount is not labelled by it either.
  /// - `100～120億円`, `100億円～120億円`, `100億円から120億円`: a range, no one amount.
  /// - `5か年で 1,000億円`, `5年間の総額 300億円`: a total over several years, not the year's.
  static func makesAmountUncertain(_ label: String, afterAmount: Bool) -> Bool {
    if endsWithSplitNumber(label) { return true }
    let words = label.filter { $0 != " " && $0 != "\u{3000}" }
    if namesUnit(words) { return true }
    if afterAmount, startsWithChangeWord(words) || startsWithRangeWord(words) { return true }
    if afterAmount, startsWithPartWord(words) || isConjunctionOnly(words) { return true }
    // `100～120億円`: the lower bound is printed bare before the mark (a mark alone between
    // two amounts, `100億円～120億円`, is `takeInlineArrow`'s to report).
    if let last = words.last, rangeMarks.contains(last), words.dropLast().last?.isNumber == true {
      return true
    }
    return namesSeveralYears(words) || namesRangeOfNumbers(words)
  }

  /// `令和6～7年度 300億円`, `(平成23~25年度)`: a range between two numbers in the label names
  /// several years (or items); the amount is none's alone.
  static func namesRangeOfNumbers(_ words: String) -> Bool {
    let chars = Array(words)
    return chars.indices.contains { k in
      k > 0 && k + 1 < chars.count && rangeMarks.contains(chars[k]) && chars[k - 1].isNumber
        && chars[k + 1].isNumber
    }
  }

  /// What follows the last amount makes the line no entry: a sentence's words
  /// (`isSentenceTail`), or years counted in parentheses (`tailCountsYears`).
  static func isUnreadTail(_ tail: String) -> Bool {
    isSentenceTail(tail) || tailCountsYears(tail) || tailNamesAYear(tail) || tailAddsStage(tail)
  }

  /// `100億円(令和6年度補正予算を含む)`, `(当初予算と合わせ)`: parentheses after the last amount
  /// saying it holds another stage or year make it neither's; the line is not read (hunt5:
  /// exported as the request, the parentheses dropped with the tail).
  static func tailAddsStage(_ tail: String) -> Bool {
    let words = tail.filter { $0 != " " && $0 != "\u{3000}" }
    guard words.hasPrefix("(") || words.hasPrefix("（") else { return false }
    let namesOther = ["補正", "当初", "年度"].contains(where: words.contains)
    return namesOther && ["含", "加え", "合わせ", "併せ", "合計"].contains(where: words.contains)
  }

  /// `90億円(R6)`, `(R6年度)`, `(2024年度)`: parentheses holding only a year in a form the
  /// year mark (`yearMark`: `(平成27年度)`, `(30年度)`) does not read; they were dropped with
  /// the tail, and the amount took the heading's year.
  static func tailNamesAYear(_ tail: String) -> Bool {
    var words = Substring(tail.filter { $0 != " " && $0 != "\u{3000}" })
    guard words.hasPrefix("("), let close = words.firstIndex(of: ")") else { return false }
    words = words[words.index(after: words.startIndex)..<close]
    if words.hasSuffix("年度") { words = words.dropLast(2) }
    let digits = words.reversed().prefix { $0.isASCIIDigitCharacter }
    guard (1...4).contains(digits.count) else { return false }
    let head = words.dropLast(digits.count)
    return ["FY", "R", "H", "S", "令", "平", "令和", "平成", ""].contains(where: { head == $0 })
      && (tail.contains("年度") || !head.isEmpty)
  }

  /// `100億円(2年度分)`, `100億円(3か年)`: parentheses after the last amount that count years
  /// make it an amount of several years; the line is not read (`parse`'s tail, which drops
  /// parentheses holding figures).
  static func tailCountsYears(_ tail: String) -> Bool {
    let words = tail.filter { $0 != " " && $0 != "\u{3000}" }
    guard words.hasPrefix("("), words.contains(where: \.isNumber) else { return false }
    return ["年度分", "年分", "か年", "カ年", "ヵ年", "ヶ年", "箇年", "年間"].contains(where: words.contains)
  }

  /// `2, 644億円`: a converter's space after a thousands separator split the number, and the
  /// amount would start at its last group (644億円; `(2, 770億円)` read as 2億円). The text
  /// before the amount ends with a digit, a comma and spaces: the line is not read.
  static func endsWithSplitNumber(_ text: some StringProtocol) -> Bool {
    let chars = Array(text)
    var k = chars.count
    while k > 0, chars[k - 1] == " " || chars[k - 1] == "\u{3000}" { k -= 1 }
    guard k < chars.count, k >= 2, chars[k - 1] == "," || chars[k - 1] == "，" else { return false }
    return chars[k - 2].isNumber
  }

  /// Whether a digit, a comma, spaces and a digit follow one another anywhere in the text.
  static func containsSplitNumber(_ text: some StringProtocol) -> Bool {
    let chars = Array(text)
    for k in chars.indices where chars[k].isNumber && k > 0 {
      if chars[k - 1] == " " || chars[k - 1] == "\u{3000}",
        endsWithSplitNumber(String(chars[..<k]))
      {
        return true
      }
    }
    return false
  }

  static let rangeMarks: Set<Character> = ["~", "～", "〜", "∼"]

  /// `増`, `減`, `増加`, `減少`, `の増`, `増額`: the word a change takes after its amount,
  /// followed by nothing or by punctuation, never by more of a word (`増員経費`).
  static func startsWithChangeWord(_ words: String) -> Bool {
    var text = Substring(words)
    if text.hasPrefix("の") { text = text.dropFirst() }
    for word in ["増加", "減少", "増額", "減額", "増", "減"] where text.hasPrefix(word) {
      let rest = text.dropFirst(word.count)
      guard let next = rest.first else { return true }
      return "、,，。)）]】〕/／:：".contains(next)
    }
    return false
  }

  /// `100億円 ほか 20億円`, `総事業費 300億円のうち 100億円`, `100億円に加え 20億円`: the
  /// amount after `ほか`/`他に`/`うち` is another amount or a part of the one before, never a
  /// budget of the entry of its own; without parentheses (`(うち…)`, `partInParentheses`) or
  /// arithmetic to prove which, the line is not read.
  static func startsWithPartWord(_ words: String) -> Bool {
    let text = words.drop { "、,，・".contains($0) }
    if ["のほか", "ほか", "他に", "のうち", "うち", "に加え", "に加えて"].contains(where: text.hasPrefix) {
      return true
    }
    // `100億円 内 20億円`, `100億円 等 20億円`: the word alone (a label would follow it).
    let word = text.prefix { !"、,，:：".contains($0) }
    return ["内", "等", "外"].contains(String(word))
  }

  /// `(単位:10億円)`, `単位 千万円`: a unit statement in a form the reader does not know (a
  /// multiple of a unit) is no amount of `単位`; the table below it states no unit it knows and
  /// is reported.
  static func namesUnit(_ words: String) -> Bool {
    var text = Substring(words)
    while let last = text.last, ":：(（〔[【".contains(last) { text = text.dropLast() }
    return text.hasSuffix("単位")
  }

  /// `100億円 及び 20億円`, `100億円並びに20億円`: a conjunction alone between two amounts names
  /// nothing the second amount is of (an entry of its own, a part, the same item's other
  /// account): the line is not read. `100億円及び運営費 20億円` names its entry.
  static func isConjunctionOnly(_ words: String) -> Bool {
    let text = words.filter { !"、,，・:：".contains($0) }
    return ["及び", "および", "及", "並びに", "ならびに", "又は", "または", "と", "や"].contains(text)
  }

  /// `から` between two amounts (a mark alone, `～`, is `takeInlineArrow`'s to report).
  static func startsWithRangeWord(_ words: String) -> Bool {
    words.hasPrefix("から")
  }

  /// A number of years before `か年`/`年間` followed by nothing or by a word of a total
  /// (`5か年で`, `3年間の総額`, `5カ年 合計`); a programme's name (`3か年緊急対策`) is not.
  static func namesSeveralYears(_ words: String) -> Bool {
    let yearWords = ["か年", "カ年", "ヵ年", "ヶ年", "ケ年", "箇年", "年間"]
    // `防衛力整備計画(5年間) 43兆円`: the count of years in parentheses closing the label.
    let totals = ["", "で", "の総額", "の合計", "の累計", "総額", "合計", "累計", "計", "分", ")", "）"]
    let chars = Array(words)
    for start in chars.indices where chars[start].isNumber || "数十".contains(chars[start]) {
      let after = String(chars[(start + 1)...])
      for word in yearWords where after.hasPrefix(word) {
        let rest = after.dropFirst(word.count)
        if totals.contains(where: { rest == $0 || (!$0.isEmpty && rest.hasPrefix($0)) }) {
          return true
        }
      }
    }
    return false
  }
}

extension AmountLine {
  /// Whether a part printed after an amount (`(うち補正 10億円)`, `(うち補正予算 …)`) names a
  /// supplementary budget: the amount before is then initial and supplementary together,
  /// a budget of no single stage (issue #20, hunt4).
  /// The line is then not read: `594億円(うち補正 10億円)` is no initial budget.
  static func includesAnotherStage(_ records: [AmountLineRecord]) -> Bool {
    records.contains { record in
      if record.isPart == true, let open = record.label.range(of: "(うち", options: .backwards) {
        return record.label[open.upperBound...].contains("補正")
      }
      // `1,000億円(うち令和6年度補正 100億円)`: with a year inside, the part is read as an
      // amount of its own labelled `うち…`.
      return record.label.hasPrefix("うち") && record.label.contains("補正")
    }
  }

  /// Words in parentheses after an amount that make them no mark of its stage: what the
  /// amount includes or leaves out, a tax measure, a loan, the FILP plan, a later year's
  /// authority to contract.
  static let notStageMarkWords = ["含", "除", "税", "融資", "財投", "財政投融資", "債務負担"]

  /// `○人権擁護推進費 要求 80億円 要望 20億円` (hunt5 left it, hunt6): a second amount named only
  /// by a kind of request (`要望`, `重点要望`, `特別要求`) is a part of the item's request, no entry
  /// of its own (it was exported as the request of an item named `要望`).
  static let requestKindWords: Set<String> = [
    "要望", "要望額", "重点要望", "特別要望", "要求", "要求額", "通常要求", "特別要求", "重点要求", "事項要求",
    "優先課題推進枠", "推進枠", "特別枠", "重点枠",
  ]

  static func namesOnlyARequestKind(_ label: String) -> Bool {
    requestKindWords.contains(label.filter { !" 　、,・:：".contains($0) })
  }

  /// `※2`, `(注1)`, `*1`: a footnote mark printed between an amount and the parentheses after
  /// it is no label of the figure in them (hunt5: `100億円※2 (90億円)` exported the prior
  /// year's 90億円 as the request).
  static func isFootnoteMark(_ label: String) -> Bool {
    let rest = label.filter { !"※*＊()（）[]注 　0123456789".contains($0) }
    return rest.isEmpty && label.contains(where: { "※*＊注".contains($0) })
  }
}
