import BudgetModel

/// An item's amount at its year's 当初 and after the supplementary budget, each after its year
/// written with its era's first character and its stage, joined by an arrow (the 備考 of
/// 財務省's frame of a supplementary budget, national-r3-hosei1-frame-finance line 1):
///
///     ○ 建設公債 令3当初:6.3兆円 → 令3補正後:9.2兆円 特例公債 令3当初:37.3兆円 → 令3補正後:56.5兆円
///
/// One year on both sides, `当初` before `補正後`, each amount with its unit. Only a reading:
/// `GenericReader+StageArrowPairs` keeps it where the document's arithmetic proves it.
enum StageArrowPairs {
  struct Pair {
    var label: String
    /// The year as the header prints it (`令3`) and with its era's name (`令和3年度`).
    var printedYear: String
    var yearLabel: String
    var initial: PrintedAmount
    var revised: PrintedAmount
    /// The text read, spaces removed (`建設公債令3当初:6.3兆円→令3補正後:9.2兆円`).
    var text: String
  }

  static let eras: [Unicode.Scalar: String] = ["令": "令和", "平": "平成"]

  /// Every such pair of the text in printed order, each label the letters right before its
  /// year (after a mark, a figure or the pair before it). Spaces are ignored.
  static func find(_ text: String, parser: FigureParser) -> [Pair] {
    let s = Array(text.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" })
    var result: [Pair] = []
    var labelStart = 0
    var i = 0
    while i < s.count {
      if i > labelStart, i - labelStart <= 20, let (pair, end) = pair(s, at: i, parser: parser) {
        var found = pair
        found.label = String(String.UnicodeScalarView(s[labelStart..<i]))
        found.text = String(String.UnicodeScalarView(s[labelStart..<end]))
        result.append(found)
        i = end
        labelStart = end
        continue
      }
      if !isLetter(s[i]) { labelStart = i + 1 }
      i += 1
    }
    return result
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic && !c.isASCII || ("A"..."Z").contains(c)
  }

  /// `令3当初:6.3兆円→令3補正後:9.2兆円` at `i`: the pair (its label left empty) and the end.
  static func pair(_ s: [Unicode.Scalar], at i: Int, parser: FigureParser) -> (Pair, Int)? {
    guard let (year, k) = yearAndStage(s, at: i, stage: "当初"),
      let (initial, arrow) = amount(s, at: k, parser: parser),
      arrow < s.count, s[arrow] == "→" || s[arrow] == "⇒",
      let (again, m) = yearAndStage(s, at: arrow + 1, stage: "補正後"), again == year,
      let (revised, end) = amount(s, at: m, parser: parser), let era = eras[s[i]]
    else { return nil }
    let digits = String(String.UnicodeScalarView(year.dropFirst()))
    return (
      Pair(
        label: "", printedYear: String(String.UnicodeScalarView(year)),
        yearLabel: era + digits + "年度", initial: initial, revised: revised, text: ""),
      end
    )
  }

  /// `令3当初:` at `i`: the year's scalars (`令3`) and the index after the colon.
  static func yearAndStage(_ s: [Unicode.Scalar], at i: Int, stage: String) -> (
    [Unicode.Scalar], Int
  )? {
    guard i < s.count, eras[s[i]] != nil else { return nil }
    var k = i + 1
    while k < s.count, k - i <= 2, s[k].isASCII, s[k].properties.numericType != nil { k += 1 }
    let word = Array(stage.unicodeScalars)
    guard k > i + 1, k + word.count < s.count, Array(s[k..<(k + word.count)]) == word,
      s[k + word.count] == ":" || s[k + word.count] == "："
    else { return nil }
    return (Array(s[i..<k]), k + word.count + 1)
  }

  /// An amount printed with its unit, not negative, at `k`.
  static func amount(_ s: [Unicode.Scalar], at k: Int, parser: FigureParser) -> (
    PrintedAmount, Int
  )? {
    var cursor = Cursor(s, from: k)
    guard let amount = try? parser.money(&cursor), !amount.parts.isEmpty, !amount.isNegative,
      amount.parts.allSatisfy({ $0.unit != nil })
    else { return nil }
    return (amount, cursor.i)
  }
}
