import BudgetModel

/// Numbered items with bare amounts under a unit statement that also says what the
/// parentheses hold: `(単位:百万円、()は28年度予算)` / `1. デジタルコンテンツの拡充 237 ( 110)` /
/// `（説明文）` / `2. 関西館第2期第1段階施設整備 2,898 ( 160)` (kokkai-h29-ndl-gaisan, there
/// flattened onto one line after `[ 重点事項 ]`; `(単位:億円、( )内は前年度予算額)` the same).
///
/// The amounts print no unit: they take the statement's, stated right above them. The figure
/// in parentheses is what the legend names, and only a legend naming one year's budget and
/// nothing else (`28年度予算`, `前年度予算額`, `平成28年度当初予算`) is taken; the transform then
/// exports it only when that year is the one before the document's. Items are numbered
/// `1.` `2.` … (or `(1)` `(2)` …, `①` `②` …) in order from 1; the text between them holds no
/// figure (a description); anything else is no such list, and nothing is read.
enum LegendItems {
  struct Statement: Equatable {
    var unit: String
    /// What the parentheses hold, spaces removed (`28年度予算`).
    var legend: String
    /// The number the next item's mark must print (items on lines of their own).
    var next = 1
    /// A legend line that also names the amounts (`29年度要求・要望額 (前年度予算額)`).
    var context: String?
  }

  struct Item: Equatable {
    var label: String
    var amount: DecimalNumber
    /// Nil for a new item (`新規` in the parentheses).
    var prior: DecimalNumber?
  }

  /// A piece read: the statement it starts with (if any), its items, where the text after
  /// them starts (a heading mark, or the end), and a page number left before it.
  struct Reading {
    var heading: String?
    var statement: Statement?
    var items: [Item]
    var tail: Int
    var strayNumber: Bool
    /// The items print their numbers (not bullets).
    var numbered = true
  }

  static let bullets: Set<Unicode.Scalar> = ["・", "○", "◯", "●", "◆", "◇", "■", "□"]

  static let spaces: Set<Unicode.Scalar> = [" ", "\u{3000}", "\t"]
  /// Marks that start a heading, ending the list: the rest is read as a line of its own.
  static let headingMarks: Set<Unicode.Scalar> = ["[", "【", "〔", "■", "◆", "●", "◇", "□", "※"]

  /// `・デジタルコンテンツの拡充 237 ( 110)`: one item on a line of its own, under a statement
  /// read above.
  static func bulletItem(_ s: [Unicode.Scalar], from start: Int, _ given: Statement) -> Reading? {
    guard let (item, end) = item(s, from: start + 1) else { return nil }
    var tail = end
    skipSpaces(s, &tail)
    guard tail == s.count else { return nil }
    return Reading(
      heading: nil, statement: given, items: [item], tail: tail, strayNumber: false,
      numbered: false)
  }

  /// `(単位:百万円、()は28年度予算)` (optionally after a bracketed heading with no figure),
  /// then items; or, with `statement` given (stated on a line above), items alone.
  static func read(_ s: [Unicode.Scalar], units: [String], statement given: Statement?)
    -> Reading?
  {
    var cursor = 0
    var heading: String?
    var statement = given
    skipSpaces(s, &cursor)
    if given == nil {
      if cursor < s.count, s[cursor] == "[" || s[cursor] == "【" {
        let close: Unicode.Scalar = s[cursor] == "[" ? "]" : "】"
        guard let end = s[cursor...].firstIndex(of: close) else { return nil }
        let text = String(String.UnicodeScalarView(s[cursor...end]))
        guard !text.contains(where: \.isNumber) else { return nil }
        heading = text
        cursor = end + 1
        skipSpaces(s, &cursor)
      }
      guard let (read, end) = unitStatement(s, from: cursor, units: units) else { return nil }
      statement = read
      cursor = end
    }
    // One item per line may be marked with a bullet instead of its number (`・…`).
    if let given, cursor < s.count, bullets.contains(s[cursor]) {
      return bulletItem(s, from: cursor, given)
    }
    var items: [Item] = []
    while true {
      skipSpaces(s, &cursor)
      let first = given?.next ?? 1
      guard cursor < s.count, let afterMark = mark(s, at: cursor, number: first + items.count)
      else {
        break
      }
      guard let (item, end) = item(s, from: afterMark) else { return nil }
      items.append(item)
      cursor = end
      // A description after the item: no figure, up to the next item's mark.
      while cursor < s.count, !startsItem(s, cursor, number: (given?.next ?? 1) + items.count) {
        if s[cursor].isASCIIDigit || s[cursor] == "円" { break }
        if headingMarks.contains(s[cursor]), cursor == 0 || spaces.contains(s[cursor - 1]) {
          break
        }
        cursor += 1
      }
    }
    guard !items.isEmpty else { return nil }
    // A page number left before a heading mark (or the end): no figure of the list.
    var stray = false
    var probe = cursor
    if probe < s.count, s[probe].isASCIIDigit {
      while probe < s.count, s[probe].isASCIIDigit { probe += 1 }
      stray = probe - cursor <= 3 && (probe == s.count || spaces.contains(s[probe]))
      guard stray else { return nil }
      skipSpaces(s, &probe)
      cursor = probe
    }
    guard cursor == s.count || headingMarks.contains(s[cursor]) else { return nil }
    return Reading(
      heading: heading, statement: statement, items: items, tail: cursor, strayNumber: stray)
  }

  /// `(単位:百万円、()は28年度予算)`: the unit and the legend of parentheses; the index after it.
  static func unitStatement(_ s: [Unicode.Scalar], from start: Int, units: [String])
    -> (Statement, Int)?
  {
    guard let end = closing(s, from: start) else { return nil }
    let inner = String(
      String.UnicodeScalarView(s[(start + 1)..<end].filter { !spaces.contains($0) }))
    guard inner.hasPrefix("単位") else { return nil }
    var rest = Substring(inner.dropFirst(2))
    while let first = rest.first, ":：".contains(first) { rest = rest.dropFirst() }
    guard let unit = units.sorted(by: { $0.count > $1.count }).first(where: rest.hasPrefix) else {
      return nil
    }
    rest = rest.dropFirst(unit.count)
    if rest.isEmpty, let (legend, after) = legendAfter(s, from: end + 1) {
      return (Statement(unit: unit, legend: legend), after)
    }
    guard let first = rest.first, "、,，".contains(first) else { return nil }
    rest = rest.dropFirst()
    // `()は…`, `()内は…`, `()書きは…`.
    var legend: Substring?
    for opener in legendOpeners where rest.hasPrefix(opener) {
      legend = rest.dropFirst(opener.count)
    }
    guard let legend, isPriorBudget(String(legend)) else { return nil }
    return (Statement(unit: unit, legend: String(legend)), end + 1)
  }

  /// `(単位:百万円) ( )内は前年度予算額`, `… ※( )は28年度予算`, `… (( )内は前年度予算額)`: the
  /// legend printed right after a plain unit statement, up to the next space (or the wrapping
  /// parenthesis); what it names and the index after it.
  static func legendAfter(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
    var k = start
    skipSpaces(s, &k)
    if k < s.count, s[k] == "※" { k += 1 }
    let wrapped = k + 1 < s.count && s[k] == "(" && s[k + 1] == "("
    if wrapped { k += 1 }
    guard k < s.count, s[k] == "(" else { return nil }
    k += 1
    skipSpaces(s, &k)
    guard k < s.count, s[k] == ")" else { return nil }
    k += 1
    var words = ""
    while k < s.count, !spaces.contains(s[k]), !(wrapped && s[k] == ")") {
      words.unicodeScalars.append(s[k])
      k += 1
    }
    if wrapped {
      guard k < s.count, s[k] == ")" else { return nil }
      k += 1
    }
    for opener in ["は", "内は", "書きは"] where words.hasPrefix(opener) {
      let legend = String(words.dropFirst(opener.count))
      if isPriorBudget(legend) { return (legend, k) }
    }
    return nil
  }

  /// A legend line of its own (`( )内は前年度予算額`, `※()は28年度予算`, `(( )書きは前年度予算額)`,
  /// `括弧内は平成14年度予算額`):
  /// what the parentheses hold, when it is one year's budget.
  static func legendLine(_ text: String) -> String? {
    var compact = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
    if compact.hasPrefix("※") { compact = compact.dropFirst() }
    if compact.hasPrefix("(("), compact.hasSuffix(")") { compact = compact.dropFirst().dropLast() }
    for opener in legendOpeners where compact.hasPrefix(opener) {
      let legend = String(compact.dropFirst(opener.count))
      return isPriorBudget(legend) ? legend : nil
    }
    return nil
  }

  /// `29年度要求・要望額 (前年度予算額)`: a legend naming the amounts (a year and its words) and,
  /// in parentheses, one year's budget; the parentheses' words. The line is the items'
  /// context: the transform takes their measure from it only when it names one year and stage.
  static func headedLegend(_ text: String) -> String? {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard compact.hasSuffix(")"), let open = compact.lastIndex(of: "(") else { return nil }
    let head = compact[..<open]
    let inner = String(compact[compact.index(after: open)...].dropLast())
    guard head.contains("年度"), head.count <= 24, !head.contains("("), !head.contains(")"),
      head.hasSuffix("額") || head.hasSuffix("案"), isPriorBudget(inner)
    else { return nil }
    return inner
  }

  /// One year's budget and nothing else: `28年度予算`, `前年度予算額`, `平成28年度当初予算`,
  /// `前年度当初予算額`, `令和元年度予算の額` (no part, no share, no other figure).
  static func isPriorBudget(_ legend: String) -> Bool {
    var rest = Substring(legend)
    if rest.hasPrefix("前年度") {
      rest = rest.dropFirst(3)
    } else {
      for era in ["平成", "令和", "昭和"] where rest.hasPrefix(era) { rest = rest.dropFirst(2) }
      let digits = rest.prefix { $0.isASCIIDigitCharacter || $0 == "元" }
      guard (1...2).contains(digits.count) else { return false }
      rest = rest.dropFirst(digits.count)
      guard rest.hasPrefix("年度") else { return false }
      rest = rest.dropFirst(2)
    }
    if rest.hasPrefix("当初") { rest = rest.dropFirst(2) }
    guard rest.hasPrefix("予算") else { return false }
    rest = rest.dropFirst(2)
    return ["", "額", "の額"].contains(String(rest))
  }

  /// The index after an item's mark numbered `number` (`1.`, `(1)`, `①`), or nil.
  static func mark(_ s: [Unicode.Scalar], at k: Int, number: Int) -> Int? {
    guard k < s.count else { return nil }
    if let circled = Unicode.Scalar(0x2460 + UInt32(number - 1)), number <= 20, s[k] == circled {
      return k + 1
    }
    let digits = Array(String(number).unicodeScalars)
    if s[k] == "(", k + digits.count + 1 < s.count,
      Array(s[(k + 1)...(k + digits.count)]) == digits,
      s[k + digits.count + 1] == ")"
    {
      return k + digits.count + 2
    }
    if k + digits.count < s.count, Array(s[k..<(k + digits.count)]) == digits,
      [".", "．", "、"].contains(s[k + digits.count])
    {
      return k + digits.count + 1
    }
    return nil
  }

  /// Whether the next item's mark starts at `k` (after a space).
  static func startsItem(_ s: [Unicode.Scalar], _ k: Int, number: Int) -> Bool {
    k > 0 && spaces.contains(s[k - 1]) && mark(s, at: k, number: number) != nil
  }

  /// `デジタルコンテンツの拡充 237 ( 110)`: the name (no figure standing alone, no unit, no
  /// year), the amount and the figure in parentheses; the index after `)`.
  static func item(_ s: [Unicode.Scalar], from start: Int) -> (Item, Int)? {
    var k = start
    skipSpaces(s, &k)
    let labelStart = k
    // The name runs to the first figure that starts a word, or follows a leader
    // (`…拡充・・・・237 ( 110)`, `…拡充:237 ( 110)`).
    while k < s.count, !(k > 0 && s[k].isASCIIDigit && (spaces.contains(s[k - 1]) || leads(s, k))) {
      k += 1
    }
    var labelEnd = k
    while labelEnd > labelStart,
      spaces.contains(s[labelEnd - 1]) || leaders.contains(s[labelEnd - 1])
    {
      labelEnd -= 1
    }
    let label = String(String.UnicodeScalarView(s[labelStart..<labelEnd])).trimmingSpaces
    guard !label.isEmpty, label.count <= 60,
      !["円", "%", "年度", "単位"].contains(where: label.contains), !hasFigureInParentheses(label)
    else { return nil }
    guard let (amount, afterAmount) = number(s, from: k) else { return nil }
    k = afterAmount
    skipSpaces(s, &k)
    guard k < s.count, s[k] == "(" else { return nil }
    k += 1
    skipSpaces(s, &k)
    var prior: DecimalNumber?
    if let (number, afterPrior) = number(s, from: k) {
      prior = number
      k = afterPrior
    } else if let word = newWords.first(where: { s[k...].starts(with: $0.unicodeScalars) }) {
      // `( 新規)`: a new item has no prior figure.
      k += word.unicodeScalars.count
    } else {
      return nil
    }
    skipSpaces(s, &k)
    guard k < s.count, s[k] == ")" else { return nil }
    let name = label.filter { !spaces.contains($0.unicodeScalars.first!) }
    return (Item(label: name, amount: amount, prior: prior), k + 1)
  }

  /// Marks that lead a name to its figure: a run of two or more (`・・・`, `……`, `..`), or a
  /// colon.
  static let leaders: Set<Unicode.Scalar> = ["・", "…", "‥", ".", ":", "："]

  static func leads(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
    guard k > 0, leaders.contains(s[k - 1]) else { return false }
    if s[k - 1] == ":" || s[k - 1] == "：" || s[k - 1] == "…" || s[k - 1] == "‥" { return true }
    return k > 1 && s[k - 2] == s[k - 1]
  }

  /// What a new item prints in place of its prior figure.
  static let newWords = ["新規", "皆増"]

  /// `(第2期)`, `(環境庁)` may name an item; a figure alone in parentheses (`(110)`) may not.
  static func hasFigureInParentheses(_ label: String) -> Bool {
    var depth = 0
    var inner = ""
    for ch in label {
      if ch == ")" {
        depth -= 1
        let figure = inner.filter { $0 != " " && $0 != "," && $0 != "." }
        if depth == 0, !figure.isEmpty, figure.allSatisfy(\.isASCIIDigitCharacter) { return true }
      }
      if depth > 0 { inner.append(ch) }
      if ch == "(" {
        depth += 1
        inner = ""
      }
    }
    return depth != 0
  }

  /// `2,898`, `110`, `12.5`: digits grouped by commas in threes (or not grouped), perhaps a
  /// fraction, no sign; ended by a space, `(` or `)`.
  static func number(_ s: [Unicode.Scalar], from start: Int) -> (DecimalNumber, Int)? {
    var k = start
    while k < s.count, s[k].isASCIIDigit || s[k] == "," || s[k] == "." { k += 1 }
    guard k > start, k == s.count || spaces.contains(s[k]) || s[k] == "(" || s[k] == ")" else {
      return nil
    }
    let text = String(String.UnicodeScalarView(s[start..<k]))
    let whole = text.split(separator: ".", omittingEmptySubsequences: false)
    guard whole.count <= 2, GenericReader.isGrouped(whole[0]),
      whole.count == 1 || (!whole[1].isEmpty && whole[1].allSatisfy(\.isASCIIDigitCharacter)),
      let value = DecimalNumber(ascii: text.filter { $0 != "," })
    else { return nil }
    return (value, k)
  }

  static func skipSpaces(_ s: [Unicode.Scalar], _ k: inout Int) {
    while k < s.count, spaces.contains(s[k]) { k += 1 }
  }
}
