import BudgetModel

/// A sentence that lists numbered items, each a label and its amount, the items apart by `、`
/// or `及び` (予算の説明's 総説: `歳出において、(1)一億総活躍社会の実現の加速 711,890 百万円、(2)21
/// 世紀型のインフラ整備 1,405,644 百万円、…を計上`). The numbers bound each item: the text from a
/// mark to the next one is that item, so its amount is the item's, whatever the sentence says
/// around the list. A line cut inside the list (`び地方の支援 430,740 百万円、(4)`) ends the item
/// before its first mark (the one numbered one less).
enum EnumeratedClauses {
  struct Piece: Equatable {
    /// The item's number; nil for the text before the first mark.
    var number: Int?
    /// The piece as printed (with its mark), its list separator taken off.
    var text: String
    /// Whether the piece ended with a list separator or at the next mark.
    var closed: Bool
  }

  static let separators = ["、", "，", ",", "及び", "並びに"]

  /// The line's pieces at its item marks, or nil when it has no mark, or marks numbered other
  /// than one after another. The text before the first mark is a piece only when that mark's
  /// number is 2 or more (the end of the item before); else it is the sentence's lead-in and
  /// left out.
  static func pieces(_ text: String) -> [Piece]? {
    let chars = Array(text)
    var marks: [(start: Int, end: Int, number: Int)] = []
    var i = 0
    while i < chars.count {
      if let (number, end) = mark(chars, at: i), opensItem(chars, at: i) {
        marks.append((i, end, number))
        i = end
      } else {
        i += 1
      }
    }
    guard let first = marks.first else { return nil }
    for k in marks.indices.dropFirst() where marks[k].number != marks[k - 1].number + 1 {
      return nil
    }
    var pieces: [Piece] = []
    if first.number >= 2, first.start > 0 {
      pieces.append(piece(chars[0..<first.start], number: nil, closedByMark: true))
    }
    for (k, m) in marks.enumerated() {
      let end = k + 1 < marks.count ? marks[k + 1].start : chars.count
      pieces.append(
        piece(chars[m.start..<end], number: m.number, closedByMark: k + 1 < marks.count))
    }
    return pieces
  }

  static func piece(_ chars: ArraySlice<Character>, number: Int?, closedByMark: Bool) -> Piece {
    var text = trimmed(String(chars))
    var closed = closedByMark
    // `…1,438,850 百万円を計上することとしている。`: the last item, and the verb that
    // appropriates the items; nothing after it is another figure.
    if let cut = appropriated(Array(text)) {
      return Piece(number: number, text: cut, closed: true)
    }
    for separator in separators where text.hasSuffix(separator) {
      text = trimmed(String(text.dropLast(separator.count)))
      closed = true
      break
    }
    return Piece(number: number, text: text, closed: closed)
  }

  /// The piece up to its amount's `円` (or the parentheses right after it) when `を計上`
  /// follows and no figure after that.
  static func appropriated(_ chars: [Character]) -> String? {
    let verb = Array("を計上")
    guard chars.count > verb.count else { return nil }
    for k in 1...(chars.count - verb.count) where Array(chars[k..<(k + verb.count)]) == verb {
      // The amount's `円`, or the parentheses after it (`…百万円(前年度 300,000 百万円)`).
      let end = chars[k - 1] == ")" || chars[k - 1] == "）" ? k - 2 : k - 1
      guard end >= 0, chars[end] == "円",
        !chars[(k + verb.count)...].contains(where: \.isASCIIDigitCharacter)
      else { return nil }
      return String(chars[..<k])
    }
    return nil
  }

  static func trimmed(_ text: String) -> String {
    String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }

  /// The piece's words and figures after its mark.
  static func body(_ text: String) -> String {
    let chars = Array(text)
    guard let (_, end) = mark(chars, at: 0) else { return text }
    return String(chars[end...])
  }

  /// `(3)`, `（3）` or a circled number at `i`: its number and the index after it.
  static func mark(_ chars: [Character], at i: Int) -> (Int, Int)? {
    guard i < chars.count else { return nil }
    if let circled = circledNumber(chars[i]) { return (circled, i + 1) }
    guard chars[i] == "(" || chars[i] == "（" else { return nil }
    var j = i + 1
    var digits = ""
    while j < chars.count, let d = chars[j].wholeNumberValue, chars[j].isNumber, digits.count < 2 {
      digits.append(String(d))
      j += 1
    }
    guard !digits.isEmpty, j < chars.count, chars[j] == ")" || chars[j] == "）",
      let number = Int(digits), number >= 1
    else { return nil }
    return (number, j + 1)
  }

  static func circledNumber(_ c: Character) -> Int? {
    guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
      (0x2460...0x2473).contains(scalar.value)
    else { return nil }
    return Int(scalar.value - 0x2460) + 1
  }

  /// A mark opens an item at the start of the line, after a list separator or a space, and
  /// is followed by words (not a figure: `(12)` after an amount is no item's number).
  static func opensItem(_ chars: [Character], at i: Int) -> Bool {
    var k = i - 1
    while k >= 0, chars[k] == " " { k -= 1 }
    let lead = String(chars[0...max(k, 0)])
    guard k < 0 || "、，,。".contains(chars[k]) || lead.hasSuffix("及び") || lead.hasSuffix("並びに")
    else { return false }
    guard let (_, end) = mark(chars, at: i) else { return false }
    var j = end
    while j < chars.count, chars[j] == " " { j += 1 }
    return j == chars.count || !(chars[j].isASCIIDigitCharacter || chars[j] == "▲")
      || chars[j].isASCIIDigitCharacter && hasWordsBeforeAmount(chars, from: j)
  }

  /// `(2)21 世紀型のインフラ整備 …`: a label that begins with a number (a century, a year)
  /// has words before the next space.
  static func hasWordsBeforeAmount(_ chars: [Character], from j: Int) -> Bool {
    var k = j
    while k < chars.count, chars[k].isASCIIDigitCharacter { k += 1 }
    while k < chars.count, chars[k] == " " { k += 1 }
    guard k < chars.count else { return false }
    return chars[k].isLetter && !"億万千百円兆".contains(chars[k])
  }
}

extension GenericReader {
  /// A line of such a list reported as an amount inside a sentence: each piece that is a
  /// label and its amount, closed by a separator or the next mark, is read as an item line
  /// is (the last closed by `を計上…`); the others (`…百万円の修正減少`: the sentence goes on after
  /// the amount) are reported. True when a piece was read.
  mutating func takeEnumeratedClauses(_ line: Line, _ text: String) -> Bool {
    let pieces: [EnumeratedClauses.Piece]
    let itemBefore: Int
    if let marked = EnumeratedClauses.pieces(text),
      let first = marked.first(where: { $0.number != nil })
    {
      pieces = marked
      itemBefore = (first.number ?? 1) - 1
    } else if let opened = openItemBefore(line) {
      // `(1)一億総活躍社会の実現の` / `加速 711,890 百万円、`: the item the line before opened,
      // closed on this line.
      pieces = [EnumeratedClauses.piece(Array(text)[...], number: nil, closedByMark: false)]
      itemBefore = opened
    } else {
      return false
    }
    var read: [(String, [AmountLineRecord])] = []
    var unread: [String] = []
    for piece in pieces
    where EnumeratedClauses.body(piece.text).contains(where: \.isASCIIDigitCharacter) {
      if piece.closed, !Self.endsSentence(piece.text),
        let records = AmountLine.parse(line, text: piece.text, parser: parser),
        records.count == 1, Self.isEnumeratedLabel(records[0].label)
      {
        var records = records
        if piece.number == nil { labelFromLineBefore(&records[0], item: itemBefore) }
        read.append((piece.text, records))
      } else {
        unread.append(piece.text)
      }
    }
    guard !read.isEmpty else { return false }
    for (piece, records) in read { acceptEntries(records, line: line, text: piece) }
    for piece in unread {
      report(line, text: piece, why: "an amount inside a sentence is not exported")
    }
    return true
  }

  /// `(3)英国の EU 離脱に伴う不安定性などのリスクへの対応並びに中小` / `企業・小規模事業者及び地方の支援
  /// 430,740 百万円、(4)…`: the item wrapped onto this line; when the line before is words
  /// only, opened by the item's mark, it is the start of the label.
  mutating func labelFromLineBefore(_ record: inout AmountLineRecord, item: Int) {
    guard openItemBefore(record.span.line) == item, let previous else { return }
    let label = previous.text + record.label
    record.label = label
    record.amount.label = label
    record.scope = AmountLine.scope(of: label)
  }

  /// The number of the item the line right before `line` opens: words only, after the item's
  /// mark, no sentence's end.
  func openItemBefore(_ line: Line) -> Int? { openItemBefore(line.number) }

  func openItemBefore(_ number: Int) -> Int? {
    guard let previous, previous.amountCount == 0, previous.line.endNumber + 1 == number,
      let (item, _) = EnumeratedClauses.mark(Array(previous.text), at: 0),
      !EnumeratedClauses.body(previous.text).contains(where: \.isASCIIDigitCharacter),
      !Self.endsSentence(previous.text)
    else { return nil }
    return item
  }

  /// A label with words of its own after its mark.
  static func namesWords(_ label: String) -> Bool {
    EnumeratedClauses.body(label).contains { $0.isLetter && !"億万千百円兆".contains($0) }
  }

  /// One item's label: words, at most 80 characters, no remains of another amount (a unit,
  /// a comma-grouped figure or one of three digits or more: two columns run together put
  /// `1,405,644 百 万` / `… 16,538` / `円、(3)` in one piece, and 16,538 is no yen amount).
  static func isEnumeratedLabel(_ label: String) -> Bool {
    let body = Array(EnumeratedClauses.body(label).filter { $0 != " " })
    guard namesWords(label), body.count <= 80, !body.contains("円"),
      !String(body).contains("百万")
    else { return false }
    var run = 0
    for c in body {
      run = c.isASCIIDigitCharacter || (c == "," && run > 0) ? run + 1 : 0
      if run >= 3 { return false }
    }
    return true
  }
}
