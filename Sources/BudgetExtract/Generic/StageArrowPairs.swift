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

  /// The eras a year may be written in: the name, its first character, its letter.
  static let eras: [(printed: String, name: String)] = [
    ("令和", "令和"), ("平成", "平成"), ("令", "令和"), ("平", "平成"), ("R", "令和"), ("H", "平成"),
  ]

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
    guard let first = yearAndStage(s, at: i, stages: ["当初予算", "当初"]),
      let (initial, arrow) = amount(s, at: first.end, parser: parser),
      arrow < s.count, s[arrow] == "→" || s[arrow] == "⇒",
      let second = yearAndStage(s, at: arrow + 1, stages: ["補正後予算", "補正後"]),
      second.year == first.year,
      let (revised, end) = amount(s, at: second.end, parser: parser)
    else { return nil }
    return (
      Pair(
        label: "", printedYear: first.printed, yearLabel: first.year, initial: initial,
        revised: revised, text: ""),
      end
    )
  }

  /// `令3当初:`, `令和3年度当初予算`, `R3当初` at `i`: the year as printed (`令3`), with its
  /// era's name (`令和3年度`), and the index after the stage and its colon, if any.
  static func yearAndStage(_ s: [Unicode.Scalar], at i: Int, stages: [String]) -> (
    printed: String, year: String, end: Int
  )? {
    func starts(_ word: String, at k: Int) -> Bool {
      let w = Array(word.unicodeScalars)
      return k + w.count <= s.count && Array(s[k..<(k + w.count)]) == w
    }
    guard let era = eras.first(where: { starts($0.printed, at: i) }) else { return nil }
    let from = i + era.printed.unicodeScalars.count
    var k = from
    if k < s.count, s[k] == "元" {
      k += 1
    } else {
      while k < s.count, k - from < 2, s[k].isASCII, s[k].properties.numericType != nil { k += 1 }
    }
    guard k > from else { return nil }
    let digits = String(String.UnicodeScalarView(s[from..<k]))
    let printed = String(String.UnicodeScalarView(s[i..<k]))
    if starts("年度", at: k) { k += 2 }
    guard let stage = stages.first(where: { starts($0, at: k) }) else { return nil }
    k += stage.unicodeScalars.count
    if k < s.count, s[k] == ":" || s[k] == "：" { k += 1 }
    return (printed, era.name + digits + "年度", k)
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
