import BudgetModel

/// An amount with its unit in running text or an item list: `一般会計 18兆5,238億円`,
/// `(1) ○○の推進 123億円(110億円)`, `総額 2兆3,090億円(前年度 2兆2,900億円、比 +556億円)`,
/// `公 1兆8,353億円 + 非 397億円`, `【補正予算】 30億円`.
///
/// Only amounts that print their unit are read here: a bare number in running text has no
/// certain unit.
enum AmountLine {
  /// Marks that open an item-list entry.
  static let itemMarks: Set<Character> = [
    "○", "◯", "●", "・", "◆", "◇", "■", "□", "①", "②", "③",
    "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "★", "☆", "◎",
  ]

  /// The records a line holds, or nil when it holds no amount with a unit.
  static func parse(_ line: Line, text: String, parser: FigureParser) -> [AmountLineRecord]? {
    let s = joinedSignMarks(decimalDots(Array(text.unicodeScalars)))
    var records: [AmountLineRecord] = []
    var labelStart = 0
    var i = 0
    var checkedRun = 0
    while i < s.count {
      NumericRun.skipUnreadable(s, &i, checked: &checkedRun)
      guard
        s[i].isASCIIDigit
          || ((s[i] == "▲" || s[i] == "+") && i + 1 < s.count && s[i + 1].isASCIIDigit)
      else {
        i += 1
        continue
      }
      var cursor = Cursor(s, from: s[i] == "+" ? i + 1 : i)
      var parsed = try? parser.money(&cursor)
      // `8,067億8千3百万円`: a part without its unit, or digits before 千/百/十 — read only
      // when every part is accounted for (`KanjiAmount`); else the line is not read rather
      // than read wrong.
      if let amount = parsed, amount.parts.contains(where: { $0.unit != nil }),
        amount.parts.contains(where: { $0.unit == nil })
          || (cursor.i < s.count && "千百十".unicodeScalars.contains(s[cursor.i]))
      {
        guard s[i] != "▲", let (whole, end) = KanjiAmount.read(s, from: i, units: parser.unitTexts)
        else { return nil }
        parsed = whole
        cursor.i = end
      }
      guard let amount = parsed,
        amount.parts.contains(where: { $0.unit != nil }), !startsInsideWord(s, at: i)
      else {
        i = max(cursor.i, i + 1)
        continue
      }
      // A note, a minus mark (`-639億円`), a piece of a sentence (`)と比べ`): not a list.
      if isNoteOrMinus(s, from: labelStart, to: i, end: cursor.i, after: records) { return [] }
      guard let (label, joined) = entryLabel(s, from: labelStart, to: i, after: records) else {
        return nil
      }
      var record = AmountLineRecord(
        scope: scope(of: label), label: label,
        amount: PrintedFigure(amount: amount, label: label.isEmpty ? nil : label),
        span: SourceSpan(line: line.number, endLine: line.endNumber))
      guard attachParentheses(&record, s, at: &cursor.i, parser: parser) else { return nil }
      // `3.0億円+3.0億円(29補正)`: an amount after `+` is the entry's only with its own mark.
      if joined, record.context == nil { return nil }
      records.append(record)
      if let (part, end) = partInParentheses(s, from: cursor.i, parser: parser) {
        records.append(partRecord(record, part))
        cursor.i = end
      }
      labelStart = cursor.i
      i = cursor.i
    }
    guard !records.isEmpty else { return nil }
    // Text after the last amount (`…175億円を計上`, `175億円(説明)`): a sentence; `(うち補正…)`.
    let tail = isUnreadTail(String(String.UnicodeScalarView(s[labelStart...])))
    return tail || includesAnotherStage(records) ? [] : records
  }

  /// The label of the amount at `end`; nil when a second amount has none: after a bare number
  /// (`1兆6,965億円 0.96 1兆469億円`) it is a table's row, not running text. An amount joined
  /// to the one before by `+` (`2.4億円 + 11.6億円(29補正)`) is another figure of that entry
  /// (`joined`), with its label.
  static func entryLabel(
    _ s: [Unicode.Scalar], from start: Int, to end: Int, after records: [AmountLineRecord]
  ) -> (String, Bool)? {
    let label = clean(String(String.UnicodeScalarView(s[start..<end])))
    let printed = String(String.UnicodeScalarView(s[start..<end]))
    if makesAmountUncertain(printed, afterAmount: !records.isEmpty) { return nil }
    guard let last = records.last else { return (label, false) }
    let between = String(String.UnicodeScalarView(s[start..<end])).filter { $0 != " " }
    if between == "+" || between == "＋" || (between.isEmpty && s[end] == "+") {
      return (last.label, true)
    }
    // `100億円+事項要求(90億円)`: the parentheses after the request's words are the entry's
    // (its prior year), no entry of their own (hunt5: exported as the request).
    if between.hasPrefix("+事項要求") || between.hasPrefix("＋事項要求") { return nil }
    if label.isEmpty || label.allSatisfy({ "0123456789.,%▲+-".contains($0) })
      || isFootnoteMark(label) || namesOnlyARequestKind(label)
    {
      return nil
    }
    return (label, false)
  }

  /// A second amount inside parentheses opened by words is a note on the first
  /// (`AmountNote`), no entry of its own.
  static func isNote(
    _ s: [Unicode.Scalar], from start: Int, to end: Int, after records: [AmountLineRecord]
  ) -> Bool {
    !records.isEmpty && AmountNote.opens(String(String.UnicodeScalarView(s[start..<end])))
  }

  /// Whether what follows the last amount is words: a parenthetical part holding figures
  /// (`(うちODA 1,272億円)`), closing brackets, `※` and `(新規)` are not.
  static func isSentenceTail(_ text: String) -> Bool {
    var tail = text
    var from = tail.startIndex
    while let open = tail[from...].firstIndex(of: "("),
      let close = tail[open...].firstIndex(of: ")")
    {
      if tail[open...close].contains(where: \.isASCIIDigitCharacter) {
        tail.removeSubrange(open...close)
        from = open
      } else {
        from = tail.index(after: close)
      }
    }
    tail = tail.filter { $0 != " " && !"※*＊)]】〕".contains($0) }
    // `17兆1,928億円+ 事項要求`: a request with items asked for without an amount.
    if tail.hasPrefix("+事項要求") { tail.removeFirst("+事項要求".count) }
    // `5,633億円 (億円)`: the unit of the table below, glued to the line by the conversion.
    if tail.hasPrefix("("), tail.hasSuffix("円"), tail.count <= 4,
      !tail.contains(where: \.isASCIIDigitCharacter)
    {
      return false
    }
    return !tail.isEmpty && tail != "(新規)" && tail != "新規"
  }

  /// A number glued to the word before it (`第2号`, `R6`) is not an amount's start.
  static func startsInsideWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    guard i > 0 else { return false }
    let before = s[i - 1]
    return before.isASCIIDigit || before == "." || before == ","
      || (before.properties.isAlphabetic && before.value < 0x80)
  }

  /// `(110億円)`, `(前年度 2兆2,900億円、比 +556億円)`: the first amount in the parentheses
  /// right after an amount, with its label.
  static func parenthesized(_ s: [Unicode.Scalar], from start: Int, parser: FigureParser)
    -> (PrintedFigure, Int)?
  {
    var k = start
    // `827.2 億円※(823.1 億円※)`: a footnote mark glued to the amount is not text.
    while k < s.count, s[k] == " " || s[k] == "※" { k += 1 }
    guard k < s.count, s[k] == "(" else { return nil }
    guard let close = s[k...].firstIndex(of: ")") else { return nil }
    // `(うちODA 1,272億円)` is a part, `(+240億円)` a change: neither is a prior year.
    guard isPlainPrior(String(String.UnicodeScalarView(s[(k + 1)..<close]))) else { return nil }
    var j = k + 1
    while j < close, !s[j].isASCIIDigit, s[j] != "▲" { j += 1 }
    var cursor = Cursor(s, from: j, to: close)
    guard var amount = try? parser.money(&cursor) else { return nil }
    // `(4億2900万円)`: a `万円` part after a larger one, read as outside parentheses
    // (`KanjiAmount`) when every part is accounted for.
    if amount.parts.contains(where: { $0.unit == nil }),
      amount.parts.contains(where: { $0.unit != nil })
    {
      guard let (whole, end) = KanjiAmount.read(s, from: j, units: parser.unitTexts), end <= close
      else { return nil }
      amount = whole
      cursor.i = end
    }
    // `(+14.7%)` is a rate, not an amount.
    if cursor.i < close, s[cursor.i] == "%" { return nil }
    // `0.5億円(29補正)`, `(100億円増)`: words right after the figure say what it is (a year
    // and stage, a change); only the figure alone, or one followed by another item
    // (`、比 +556億円`), is a prior year's amount.
    var after = cursor.i
    while after < close, s[after] == " " || s[after] == "※" { after += 1 }
    if after < close, !["、", ",", "，", ";", "/"].contains(s[after]) { return nil }
    if j > k + 1, s[j - 1] == "-" || s[j - 1] == "▲" {
      var negative = amount
      negative.isNegative = true
      return (PrintedFigure(amount: negative), close + 1)
    }
    let label = String(String.UnicodeScalarView(s[(k + 1)..<j])).trimmingSpaces
    return (PrintedFigure(amount: amount, label: label.isEmpty ? nil : label), close + 1)
  }

  /// What parentheses right after an amount say of it: the prior year's amount (`(110億円)`),
  /// or the amount's own year and stage (`情報収集活動ドローンの整備 0.5億円(29補正)`).
  ///
  /// `3130億円(平成27年度)→3153億円(平成28年度)`: a year alone in them is the amount's own,
  /// never the next amount's label; false (the line is not read) when the label names a year
  /// or stage of its own, so that which applies is not certain.
  static func attachParentheses(
    _ record: inout AmountLineRecord, _ s: [Unicode.Scalar], at i: inout Int,
    parser: FigureParser
  ) -> Bool {
    if let (prior, end) = parenthesized(s, from: i, parser: parser) {
      record.prior = prior
      i = end
    } else if let (mark, end) = stageMark(s, from: i) {
      // The mark is the amount's own: the next entry's label starts after it.
      record.context = mark
      i = end
    } else if let end = bareChange(s, from: i, parser: parser) {
      // `(200億3,700万円増)`: read past; the reader reports it (`reportBareChanges`).
      i = end
    } else if let (mark, end) = yearMark(s, from: i) {
      guard !namesYearOrStage(record.label) else { return false }
      record.context = mark
      i = end
    }
    return true
  }

  /// `(29補正)`, `(R5補正)`, `(当初)` right after an amount: a mark of the year and stage the
  /// amount belongs to (its text, which the transform reads as a context), when the
  /// parentheses name a stage of the budget cycle.
  static func stageMark(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
    var k = start
    while k < s.count, s[k] == " " { k += 1 }
    guard k < s.count, s[k] == "(", let close = s[k...].firstIndex(of: ")"), close - k <= 16
    else { return nil }
    let inner = String(String.UnicodeScalarView(s[(k + 1)..<close]))
    // `(令和6年度補正予算 500億円)`: an amount of its own, not a mark on the one before.
    guard !inner.contains("円") else { return nil }
    // `(令和6年度補正予算を含む)`, `(税制改正要望)`: words on what the amount holds or is, not
    // the stage it belongs to (hunt5: read as 令和6年度's supplementary budget, the request).
    guard !notStageMarkWords.contains(where: inner.contains) else { return nil }
    return ColumnMeaning.Stage.named(in: inner).isEmpty ? nil : (inner, close + 1)
  }

  /// `(平成27年度)`, `(令和2年度)`, `(30年度)` right after an amount: the fiscal year it is of,
  /// nothing else in the parentheses.
  static func yearMark(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
    var k = start
    while k < s.count, s[k] == " " { k += 1 }
    guard k < s.count, s[k] == "(", let close = s[k...].firstIndex(of: ")"), close - k <= 12
    else { return nil }
    var inner = String(String.UnicodeScalarView(s[(k + 1)..<close])).filter { $0 != " " }
    for era in ["令和", "平成", "昭和"] where inner.hasPrefix(era) {
      inner.removeFirst(era.count)
    }
    guard inner.hasSuffix("年度") else { return nil }
    let digits = inner.dropLast(2)
    guard
      digits == "元" || (1...2).contains(digits.count) && digits.allSatisfy(\.isASCIIDigitCharacter)
    else { return nil }
    return (String(String.UnicodeScalarView(s[(k + 1)..<close])).trimmingSpaces, close + 1)
  }

  /// Whether a label names a fiscal year or a stage of the budget cycle.
  static func namesYearOrStage(_ label: String) -> Bool {
    label.contains("年度") || !ColumnMeaning.Stage.named(in: label).isEmpty
  }

  /// `(200億3,700万円増)`, `(7億9,700万円減)` right after an amount: one amount with its unit
  /// and `増` or `減`, nothing else. It says the amount changed by so much, not against what
  /// (the prior year's initial budget, its 補正後, the request): where the parentheses end.
  static func bareChange(_ s: [Unicode.Scalar], from start: Int, parser: FigureParser) -> Int? {
    var k = start
    while k < s.count, s[k] == " " { k += 1 }
    guard k + 1 < s.count, s[k] == "(", s[k + 1].isASCIIDigit else { return nil }
    var cursor = Cursor(s, from: k + 1)
    guard var amount = try? parser.money(&cursor) else { return nil }
    var end = cursor.i
    if amount.parts.contains(where: { $0.unit == nil }),
      let (whole, kanjiEnd) = KanjiAmount.read(s, from: k + 1, units: parser.unitTexts)
    {
      amount = whole
      end = kanjiEnd
    }
    guard amount.parts.allSatisfy({ $0.unit != nil }), end + 1 < s.count,
      s[end] == "増" || s[end] == "減", s[end + 1] == ")"
    else { return nil }
    return end + 2
  }

  /// The record of a part printed in parentheses after an amount: `総額(うちODA)`.
  static func partRecord(_ whole: AmountLineRecord, _ part: PrintedFigure) -> AmountLineRecord {
    var record = whole
    record.label = "\(whole.label)(\(part.label ?? ""))"
    record.amount = part
    record.amount.label = record.label
    record.prior = nil
    record.isPart = true
    return record
  }

  /// `(うちODA1,272億円)` right after an amount: the part's label (`うちODA`) and amount, when
  /// the parentheses hold nothing else.
  static func partInParentheses(_ s: [Unicode.Scalar], from start: Int, parser: FigureParser)
    -> (PrintedFigure, Int)?
  {
    var k = start
    while k < s.count, s[k] == " " { k += 1 }
    guard k + 2 < s.count, s[k] == "(", s[k + 1] == "う", s[k + 2] == "ち",
      let close = s[k...].firstIndex(of: ")")
    else { return nil }
    var j = k + 3
    while j < close, !s[j].isASCIIDigit { j += 1 }
    let word = String(String.UnicodeScalarView(s[(k + 3)..<j])).trimmingSpaces
    var cursor = Cursor(s, from: j, to: close)
    guard !word.isEmpty, !word.contains("("), let amount = try? parser.money(&cursor),
      amount.parts.allSatisfy({ $0.unit != nil })
    else { return nil }
    cursor.skipSpaces()
    guard cursor.i == close else { return nil }
    return (PrintedFigure(amount: amount, label: "うち\(word)"), close + 1)
  }

  /// Whether the inside of parentheses after an amount can be its prior-year figure: not a
  /// part (`うち`, `内`), not a signed change (`+240億円`, `▲15億円`), not a rate.
  static func isPlainPrior<S: StringProtocol>(_ inside: S) -> Bool {
    // `(2, 770億円)`: a number split by a space after its comma (`endsWithSplitNumber`).
    if containsSplitNumber(inside) { return false }
    let text = String(inside.filter { $0 != " " })
    if text.hasPrefix("うち") || text.hasPrefix("内") || text.contains("%") { return false }
    // `(執行率 65.9)`, `(伸率 3.2)`: a figure a rate's name introduces is no amount.
    if text.prefix(while: { !$0.isASCIIDigitCharacter }).hasSuffix("率") { return false }
    guard let first = text.first(where: { $0.isASCIIDigitCharacter || "+-▲".contains($0) }) else {
      return false
    }
    return first.isASCIIDigitCharacter && namesPriorYear(text.prefix { $0 != first })
  }

  /// The words before a figure in parentheses, when there are any, must name the year it is
  /// of (`(前年度 2兆2,900億円)`, `(平成10年度予算額 …)`): words that say something else
  /// (`(デジタル庁一括計上分を除くと118.9億円)`, `(既定経費の活用を含めると 893億円)`) make
  /// it another amount of the same year, a note, never the prior year's.
  /// A term of the accounts that starts with `前年度` (`(前年度剰余金受入 …)`) names no year
  /// (`PriorYearWords`).
  static func namesPriorYear<S: StringProtocol>(_ words: S) -> Bool {
    let printed = String(words.filter { !"約(（ :：".contains($0) })
    if printed.isEmpty { return true }
    let words = PriorYearWords.withoutAccountTerms(printed)
    guard ["年度", "前年", "昨年"].contains(where: words.contains) else { return false }
    return !["除", "含", "加え", "込み", "控除", "ベース"].contains(where: words.contains)
  }

  /// `1718・9億円`, `12・0億円`: a middle dot between digits, the digits after it running
  /// straight into a unit, is the decimal point (as some magazines print it); read as `.`, so
  /// that the amount is never taken to start after the dot (9億円 labelled `…1718`).
  static func decimalDots(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var s = s
    var k = 1
    while k + 1 < s.count {
      defer { k += 1 }
      guard s[k] == "・" || s[k] == "･", s[k - 1].isASCIIDigit, s[k + 1].isASCIIDigit else {
        continue
      }
      var j = k + 1
      while j < s.count, s[j].isASCIIDigit { j += 1 }
      if j < s.count, "兆億万千百円".unicodeScalars.contains(s[j]) { s[k] = "." }
    }
    return s
  }

  /// The label without its list mark, spaces and joining punctuation.
  static func clean(_ label: String) -> String {
    var text = LinkSizeMark.removed(from: label.trimmingSpaces)
    if text.hasPrefix("("), !text.contains(")") { text.removeFirst() }
    // `【令和5年度予算 5752億円】`: the bracket encloses the label and its amount.
    if text.hasPrefix("【"), !text.contains("】") { text = String(text.dropFirst()).trimmingSpaces }
    // `輸出拠点の整備【273億円】`: the bracket opened around the amount is not the label's.
    while let last = text.last, "+:、,・=【[〔".contains(last) || last == " " { text.removeLast() }
    // `約1,616億円`, `(約850億円)`: the word qualifies the amount (as printed, rounded), it is
    // no label; `(約` alone leaves an amount in parentheses with no label of its own.
    for word in ["約", "およそ", "概ね"] where text.hasSuffix(word) {
      text.removeLast(word.count)
      if text.hasSuffix("(") { text.removeLast() }
    }
    // `…関連経費・・・・ 約907億円`, `・・・・・・ 約563億円`: the leader before the word leads to the
    // amount; a line of a leader alone has no label of its own (its name is the line above).
    while let last = text.last, "・:、=".contains(last) || last == " " { text.removeLast() }
    return text.trimmingSpaces
  }

  static func scope(of label: String) -> AmountLineRecord.Scope {
    guard let first = label.first else { return .headline }
    if itemMarks.contains(first) || first == "(" || first.isASCIIDigitCharacter { return .item }
    return .headline
  }
}
