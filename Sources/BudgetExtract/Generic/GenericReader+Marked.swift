import BudgetModel

extension GenericReader {
  /// A page printed on one line: its pieces at each list mark that follows a space
  /// (`… ●地方消費者行政推進交付金 【当初】30億円 … ●消費者ホットラインの3桁化 …`), when there
  /// are two marks or more and two pieces print an amount in yen, and at the first note mark
  /// before the marks; nil otherwise.
  static func itemPieces(_ line: Line) -> [Line]? {
    let s = line.normalized
    var starts: [Int] = []
    for k in 1..<s.count where s[k - 1] == " " && AmountLine.itemMarks.contains(Character(s[k])) {
      starts.append(k)
    }
    guard starts.count >= 2 else { return nil }
    // A note (`※…`) before the first mark is a piece of its own, not part of the title.
    if let note = (1..<starts[0]).first(where: { s[$0 - 1] == " " && s[$0] == "※" }) {
      starts.insert(note, at: 0)
    }
    let bounds = [0] + starts + [s.count]
    let pieces = zip(bounds, bounds.dropFirst()).map { line.slice($0..<$1) }
    // Items of a list print amounts with their unit (a header's words do not).
    let priced = pieces.filter { $0.normalized.contains("円") }
    return priced.count >= 2 ? pieces : nil
  }

  /// Learns the legend of amount marks a text states: `【X】:<year and stage>の額`, and
  /// `()内は<year and stage>の額` for the mark whose sentence holds it. A meaning that is not
  /// one year and one stage is not learned.
  mutating func learnMarkLegend(_ text: String) {
    let compact = text.filter { $0 != " " }
    var rest = Substring(compact)
    while let open = rest.range(of: "【"), let close = rest[open.upperBound...].range(of: "】:") {
      let mark = String(rest[open.upperBound..<close.lowerBound])
      let body = rest[close.upperBound...]
      guard let end = body.range(of: "の額") else { break }
      let meaning = String(body[..<end.lowerBound])
      if Self.namesOneYearAndStage(meaning) { legend.marks[mark] = meaning }
      rest = body[end.upperBound...]
      if rest.hasPrefix("、()内は"), let next = rest.range(of: "の額") {
        let prior = String(rest[rest.index(rest.startIndex, offsetBy: 5)..<next.lowerBound])
        if legend.marks[mark] != nil, Self.isInitialOfYearBefore(prior, meaning) {
          legend.parenthesized = mark
        }
        rest = rest[next.upperBound...]
      }
    }
  }

  static func namesOneYearAndStage(_ text: String) -> Bool {
    let meanings = ColumnHeader.meanings(text)
    return meanings.count == 1 && meanings[0].kind == .amount
      && meanings[0].fiscalYearLabel != nil && meanings[0].stage != nil
  }

  /// Whether `prior` names the initial budget of the year before the one `meaning` names,
  /// both with their era (`平成26年度当初予算`, `平成27年度当初予算案`).
  static func isInitialOfYearBefore(_ prior: String, _ meaning: String) -> Bool {
    let a = ColumnHeader.meanings(prior)
    let b = ColumnHeader.meanings(meaning)
    guard a.count == 1, b.count == 1, a[0].stage == .initial,
      let before = ColumnMeaning.yearKey(a[0].fiscalYearLabel),
      let year = ColumnMeaning.yearKey(b[0].fiscalYearLabel), before.era >= 0
    else { return false }
    return before.era == year.era && before.n + 1 == year.n
  }

  /// `●name 【当初】30億円 (30億円) 【補正】20億円 (remark)`: each amount after a mark the
  /// legend names, in that mark's year and stage; the parentheses after the mark the legend
  /// says they follow are the prior year's initial budget; a remark in parentheses without a
  /// figure is not a figure. True when the whole line is read so.
  mutating func acceptMarked(_ line: Line, _ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    guard let first = s.firstIndex(of: "【") else { return false }
    let name = AmountLine.clean(String(String.UnicodeScalarView(s[..<first])))
    guard !name.isEmpty, Self.isLabel(name) else { return false }
    var records: [AmountLineRecord] = []
    var i = first
    while i < s.count {
      guard s[i] == "【", let close = s[i...].firstIndex(of: "】") else { return false }
      let mark = String(String.UnicodeScalarView(s[(i + 1)..<close]))
      guard let meaning = legend.marks[mark] else { return false }
      var cursor = Cursor(s, from: close + 1)
      cursor.skipSpaces()
      guard let amount = try? parser.money(&cursor), amount.parts.allSatisfy({ $0.unit != nil })
      else { return false }
      var record = AmountLineRecord(
        scope: .item, label: name, amount: PrintedFigure(amount: amount, label: name),
        span: line.span)
      record.context = meaning
      i = cursor.i
      if mark == legend.parenthesized,
        let (prior, end) = AmountLine.parenthesized(s, from: i, parser: parser)
      {
        record.prior = prior
        i = end
      }
      records.append(record)
      i = Self.skipRemark(s, from: i)
    }
    guard !records.isEmpty else { return false }
    amountLines += records
    contextHasAmounts = true
    return true
  }

  /// After spaces and a remark in parentheses that holds no figure: where the next mark must
  /// start.
  static func skipRemark(_ s: [Unicode.Scalar], from start: Int) -> Int {
    var k = start
    while k < s.count, s[k] == " " { k += 1 }
    guard k < s.count, s[k] == "(" else { return k }
    var depth = 0
    var j = k
    while j < s.count {
      if s[j] == "(" { depth += 1 }
      if s[j] == ")" { depth -= 1 }
      if s[j].isASCIIDigit { return k }
      j += 1
      if depth == 0 { break }
    }
    guard depth == 0 else { return k }
    while j < s.count, s[j] == " " { j += 1 }
    return j
  }
}
