import BudgetModel

/// The words of a page flattened to one line (`FlatTable`): tokens, the header's end, labels.
extension FlatTable {
  /// The space-separated tokens of a normalized line, with their scalar offsets.
  static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var start: Int?
    for (k, s) in scalars.enumerated() {
      if s == " " || s == "|" {
        if let begin = start { tokens.append(token(scalars, begin..<k)) }
        start = nil
      } else if start == nil {
        start = k
      }
    }
    if let begin = start { tokens.append(token(scalars, begin..<scalars.count)) }
    return tokens
  }

  static func token(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Token {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return Token(text: String(view), range: range)
  }

  /// A sign printed apart from its number (`▲ 9`, `+ 30`) joined to it.
  static func joinedSigns(_ tokens: [Token]) -> [Token] {
    var out: [Token] = []
    for token in tokens {
      if let last = out.last, last.text == "▲" || last.text == "+",
        token.text.first?.isASCIIDigitCharacter == true
      {
        out[out.count - 1] = Token(
          text: last.text + token.text, range: last.range.lowerBound..<token.range.upperBound)
      } else {
        out.append(token)
      }
    }
    return out
  }

  static func isFigure(_ text: String, line: Int, parser: FigureParser) -> Bool {
    CellToken.parse(text, line: line, parser: parser) != nil || isParenthesizedRate(text)
  }

  /// `(3.8%)`, `(▲0.3%)`.
  static func isParenthesizedRate(_ text: String) -> Bool {
    guard text.hasPrefix("("), text.hasSuffix("%)"), text.count >= 4 else { return false }
    return text.dropFirst().dropLast(2).allSatisfy {
      $0.isASCIIDigitCharacter || "+▲-.".contains($0)
    }
  }

  static func isBreak(_ text: String) -> Bool {
    breaks.contains { text.hasPrefix($0) }
  }

  /// How many of the tokens after the unit statement are the header (up to the token holding
  /// its last header word; the rest are the first row's label), and the header as printed.
  static func headerEnd(_ tokens: [Token]) -> (Int, String) {
    let chars = Array(tokens.map(\.text).joined().map { $0 == "△" ? "▲" : $0 })
    var end = 0
    var i = 0
    while i < chars.count {
      let (word, length, _) = ColumnHeader.read(chars, at: i)
      if case .other = word {} else { end = i + length }
      i += length
    }
    var count = 0
    var offset = 0
    for token in tokens where offset < end {
      offset += token.text.count
      count += 1
    }
    return (count, tokens[..<count].map(\.text).joined(separator: " "))
  }

  /// Header words of a label column, printed among a flat table's rows.
  static let labelColumnWords: Set<String> = ["区分", "事項", "項目", "事項名", "区分名"]
  /// Header words of a text column: its cells (descriptions) run into the rows' labels.
  static let textColumnWords: Set<String> = ["説明", "備考", "概要", "内容", "主な内容"]

  /// The tokens as words, runs of one-character tokens joined (a spaced label `区 分`).
  static func spacedWords(_ tokens: [Token]) -> [String] {
    var words: [String] = []
    var spaced = ""
    for token in tokens {
      if token.text.count == 1 {
        spaced += token.text
        continue
      }
      if !spaced.isEmpty { words.append(spaced) }
      spaced = ""
      words.append(token.text)
    }
    if !spaced.isEmpty { words.append(spaced) }
    return words
  }

  /// The label printed right before a run of figures: the words since the run before it, a
  /// spaced label (`区 分`) joined. One word, or the words after a classification or item
  /// mark (`(項)…`, `(1) …`), or `うち` and one word; anything else is no certain label.
  static func label(_ tokens: [Token]) -> String? {
    var words = spacedWords(tokens)
    guard !words.contains(where: textColumnWords.contains) else { return nil }
    words.removeAll(where: labelColumnWords.contains)
    if let m = words.lastIndex(where: isMarked) {
      let rest = words[(m + 1)...]
      if isEnumerator(words[m]) { return rest.isEmpty ? nil : rest.joined() }
      return rest.isEmpty ? words[m] : nil
    }
    if words.count == 1 { return words[0] }
    if words.count == 2, words[0] == "うち" { return words.joined() }
    return nil
  }

  static let classificationMarks = ["(項)", "(目)", "(款)", "(部)", "(組織)", "(事項)"]

  static func isMarked(_ word: String) -> Bool {
    classificationMarks.contains { word.hasPrefix($0) } || isEnumerator(word)
  }

  /// An item number printed alone: `(1)`, `1.`, `①`.
  static func isEnumerator(_ word: String) -> Bool {
    if word.count == 1, let scalar = word.unicodeScalars.first,
      (0x2460...0x2473).contains(scalar.value)
    {
      return true
    }
    var body = Substring(word)
    if body.hasPrefix("("), body.hasSuffix(")") {
      body = body.dropFirst().dropLast()
    } else if body.hasSuffix(".") {
      body = body.dropLast()
    } else {
      return false
    }
    return (1...2).contains(body.count) && body.allSatisfy(\.isASCIIDigitCharacter)
  }
}
