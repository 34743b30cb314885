import BudgetModel

/// Items whose amount stands in brackets glued to their name, as one-page overviews print
/// them (a 補正予算 outline, a ministry's PR sheet), often flattened into one line:
///
///     ○ ○ 学校施設等の環境整備〔1,873億円〕 保育・介護の人材確保等〔149億円〕 7,137億円 ○ ○ …
///     <事業の内容> 海外の需要拡大・商流構築に向けた取組の強化【33億円】 … 【令和元年度補正予算額 32,393百万円】
///
/// A bracket (`〔〕`, `【】`) that holds nothing but one amount with its unit, glued to the word
/// before it, is that word's amount: the word runs back to the space before it, and is taken
/// only when what precedes it shows where a name starts (the line's start, a list mark, a
/// closing bracket or an amount with its unit); after any other text the name may have begun
/// earlier (a spaced label), and the line is left to the other rules. A bracket standing alone
/// that holds a label and one amount (`【令和元年度補正予算額 32,393百万円】`) is that label's
/// amount. Each such item is read as a line of its own (the brackets blanked); the text between
/// them is read as pieces of the line, so a figure with no name of its own is reported. A
/// legend of brackets anywhere in the document (`〔 〕書きは…`, `【 】内は…`) says they hold
/// something else: every item read from brackets is then taken back and reported.
enum BracketItems {
  static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
    ("〔", "〕"), ("[", "]"), ("【", "】"),
  ]

  static func pieces(_ line: Line, parser: FigureParser) -> [Line]? {
    let s = line.normalized
    var items: [Range<Int>] = []
    var k = 0
    while k < s.count {
      guard let pair = pairs.first(where: { $0.open == s[k] }),
        let close = s[(k + 1)...].firstIndex(of: pair.close)
      else {
        k += 1
        continue
      }
      defer { k = close + 1 }
      let floor = items.last?.upperBound ?? 0
      if k > 0, !s[k - 1].isSpace {
        var start = k
        while start > floor, !s[start - 1].isSpace { start -= 1 }
        guard holdsAmountOnly(s, k + 1, close, parser: parser), namesItem(s, start, k),
          startsName(s, before: start, floor: floor)
        else { continue }
        items.append(start..<(close + 1))
      } else if close + 1 == s.count || s[close + 1].isSpace,
        holdsLabelAndAmount(s, k + 1, close, parser: parser)
          || sharedUnit(s[(k + 1)..<close], parser: parser) != nil
      {
        items.append(k..<(close + 1))
      }
    }
    guard !items.isEmpty else { return nil }
    var pieces: [Line] = []
    var from = 0
    for item in items {
      // `〔800億円〕 (既定経費の活用を含めると893億円) 等 II.…`: a note on the item before is
      // a piece of its own, whatever follows it.
      if from > 0, let end = AmountNote.end(in: s, from: from, to: item.lowerBound) {
        pieces.append(line.slice(from..<end))
        from = end
      }
      if item.lowerBound > from { pieces.append(line.slice(from..<item.lowerBound)) }
      var piece = line.slice(item)
      piece.normalized = piece.normalized.map { scalar in
        pairs.contains(where: { $0.open == scalar || $0.close == scalar }) ? " " : scalar
      }
      pieces.append(piece)
      from = item.upperBound
    }
    if from > 0, let end = AmountNote.end(in: s, from: from, to: s.count) {
      pieces.append(line.slice(from..<end))
      from = end
    }
    if from < s.count { pieces.append(line.slice(from..<s.count)) }
    let meaningful = pieces.filter { $0.normalized.contains(where: { !$0.isSpace }) }
    return meaningful
  }

  /// Whether the piece is a note on the item before it and nothing else (`AmountNote`).
  static func isNote(_ piece: Line) -> Bool {
    let s = piece.normalized
    guard let end = AmountNote.end(in: s, from: 0, to: s.count) else { return false }
    return s[end...].allSatisfy(\.isSpace)
  }

  /// Whether the piece is an item the brackets named (they are blanked in its text).
  static func isItem(_ piece: Line) -> Bool {
    piece.original.contains(where: { scalar in pairs.contains(where: { $0.close == scalar }) })
      && !piece.normalized.contains(where: { scalar in
        pairs.contains(where: { $0.close == scalar })
      })
  }

  /// `1,873億円`, ` 33 億円 `: one amount, every part with its unit, not negative.
  static func holdsAmountOnly(
    _ s: [Unicode.Scalar], _ from: Int, _ to: Int, parser: FigureParser
  ) -> Bool {
    var cursor = Cursor(s, from: from, to: to)
    cursor.skipSpaces()
    guard cursor.peek?.isASCIIDigit == true, let amount = try? parser.money(&cursor),
      !amount.parts.isEmpty, amount.parts.allSatisfy({ $0.unit != nil }), !amount.isNegative
    else { return false }
    cursor.skipSpaces()
    return cursor.atEnd
  }

  /// `令和元年度補正予算額 32,393百万円`: a label with no figure, then one amount as above.
  static func holdsLabelAndAmount(
    _ s: [Unicode.Scalar], _ from: Int, _ to: Int, parser: FigureParser
  ) -> Bool {
    var start = from
    while start < to, !s[start].isSpace { start += 1 }
    let label = s[from..<start]
    guard !label.isEmpty, !label.contains(where: { $0 == "円" || $0 == "(" || $0 == ")" }),
      !(label.last?.isASCIIDigit ?? true)
    else { return false }
    return holdsAmountOnly(s, start, to, parser: parser)
  }

  /// `令和6年度予算概算要求額 1,234(1,000)百万円` (a PR sheet's total): a label with no figure,
  /// the amount and the prior year's in parentheses, comma-grouped, then the unit both share.
  static func sharedUnit(_ s: ArraySlice<Unicode.Scalar>, parser: FigureParser)
    -> (label: String, amount: PrintedAmount, prior: PrintedAmount)?
  {
    let words = String(String.UnicodeScalarView(s)).split(separator: " ")
    guard words.count >= 2, let label = words.first,
      !label.contains(where: \.isASCIIDigitCharacter)
        || label.contains("年度"), !label.contains("円"), !label.contains("(")
    else { return nil }
    let rest = words.dropFirst().joined()
    guard let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close
    else { return nil }
    let first = String(rest[..<open])
    let second = String(rest[rest.index(after: open)..<close])
    let unit = String(rest[rest.index(after: close)...])
    guard parser.unitTexts.contains(unit), unit.hasSuffix("円"),
      RunTogether.wellGrouped(first), RunTogether.wellGrouped(second),
      first.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "," }),
      second.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "," }),
      let a = DecimalNumber(ascii: first.filter { $0 != "," }),
      let b = DecimalNumber(ascii: second.filter { $0 != "," })
    else { return nil }
    return (String(label), PrintedAmount(a, unit: unit), PrintedAmount(b, unit: unit))
  }

  /// A name: no amount, no bracket, not a number alone.
  static func namesItem(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
    let name = s[from..<to]
    guard name.count >= 2, name.count <= 60 else { return false }
    let brackets = pairs.flatMap { [$0.open, $0.close] }
    return !name.contains(where: { $0 == "円" || brackets.contains($0) })
      && name.contains(where: { !$0.isASCIIDigit && !",.".unicodeScalars.contains($0) })
  }

  /// What stands before a name shows where it starts: nothing, a list mark, a closing bracket
  /// or an amount with its unit (a figure of its own).
  static func startsName(_ s: [Unicode.Scalar], before start: Int, floor: Int) -> Bool {
    var end = start
    while end > floor, s[end - 1].isSpace { end -= 1 }
    guard end > floor else { return true }
    let last = s[end - 1]
    if "〕]】>＞」".unicodeScalars.contains(last) || last == "円" { return true }
    var begin = end
    while begin > floor, !s[begin - 1].isSpace { begin -= 1 }
    let token = s[begin..<end]
    return token.count == 1 && AmountLine.itemMarks.contains(Character(last))
  }
}

extension GenericReader {
  /// A line holding bracketed items (`BracketItems`): each item and the text between them
  /// are read as lines of their own.
  mutating func takeBracketItems(_ line: Line) -> Bool {
    guard line.normalized.contains("円"), let pieces = BracketItems.pieces(line, parser: parser)
    else { return false }
    for (k, piece) in pieces.enumerated() {
      let text = GenericLine.text(of: piece)
      // `資金繰り支援〔1,403億円〕(既定経費の活用を含めると3兆245億円)`: parentheses right
      // after an item, holding words and an amount, are a note on it (another total), no item.
      if k > 0, BracketItems.isItem(pieces[k - 1]), BracketItems.isNote(piece) {
        report(piece, text: text, why: "an amount in a note on the item before it is not exported")
        continue
      }
      // Between items, an amount with no name before it but list marks (`○ 4,167億円`, a
      // section's total flattened away from its heading) names nothing.
      let named = text.drop { $0 == " " || AmountLine.itemMarks.contains($0) }
      if !named.isEmpty, text.contains("円"), named.first!.isASCIIDigitCharacter,
        !BracketItems.isItem(piece)
      {
        report(piece, text: text, why: "an amount with no name of its own is not exported")
      } else {
        let before = amountLines.count
        if let (label, amount, prior) = BracketItems.sharedUnit(
          piece.normalized[...], parser: parser)
        {
          let record = AmountLineRecord(
            scope: .headline, label: label, amount: PrintedFigure(amount: amount, label: label),
            prior: PrintedFigure(amount: prior), span: piece.span)
          accept([record], line: piece, text: text)
        } else {
          consume(piece)
        }
        if BracketItems.isItem(piece) {
          for record in amountLines[before...] { legend.bracketItems.insert(Self.key(record)) }
        }
      }
    }
    return true
  }

  static func key(_ record: AmountLineRecord) -> String { "\(record.span.line):\(record.label)" }

  /// `※〔 〕書きは復興特別会計分`: what the brackets hold is the legend's, not the item's amount.
  mutating func learnBracketLegend(_ line: Line) {
    guard legend.brackets == nil, line.normalized.contains("書") || line.normalized.contains("内")
    else { return }
    let text = GenericLine.text(of: line)
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    let marks = ["〕書", "〕内", "]書", "]内", "】書", "】内"]
    if marks.contains(where: compact.contains) { legend.brackets = (line.number, text) }
  }

  /// Takes back the items read from brackets when the document has a legend of brackets.
  mutating func retractBracketItems() {
    guard let (legendLine, legendText) = legend.brackets, !legend.bracketItems.isEmpty else {
      return
    }
    let keys = legend.bracketItems
    for record in amountLines where keys.contains(Self.key(record)) {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "an amount in brackets may not be its item's here (line \(legendLine): \(legendText)); not exported",
          text: record.label, span: record.span))
    }
    amountLines.removeAll { keys.contains(Self.key($0)) }
  }
}
