import BudgetModel

/// Changes stated against the prior year in words, with no rate to check them
/// (keisan-h30-finance-p12 `一般会計予算 9,365億円 対前年度比 ▲423億円`, boei-h29-hakusho-keihi
/// `前年度と比べて389億円増額の4兆8,996億円`): the words say what the second figure is, the
/// change of the amount they follow (or lead to) against the prior year. `ClauseProof` exports
/// such an entry; a change with no such words (`1億3300万円の増`, `+283億円`) still needs the
/// arithmetic.
extension ClauseFigures {
  /// Words that compare with the prior year and name no year of their own (`対前年度比`,
  /// `前年度と比べて`, `前年比`): not `対29年度当初予算比`, whose year is checked elsewhere.
  static func namesPrior(_ words: String) -> Bool {
    isComparison(words) && ["前年", "昨年"].contains(where: words.contains)
      && !words.contains(where: \.isASCIIDigitCharacter)
  }

  /// Whether the amount piece prints its change stated in words beside it (`…増額の4兆8,996億円`,
  /// `(対29年度当初予算比+295億円)`: the words name the change's base, checked by the transform).
  /// Its label must not be words cut off by `、` (`SACO関係経費、…に伴う経費 前年度と比べて…`: in
  /// running prose those are any part of the sentence, here what the total includes).
  static func statesChange(_ piece: Piece) -> Bool {
    switch piece {
    case .statedAmount: return true
    case .compared(_, _, let change, _, _): return change != nil
    default: return false
    }
  }

  /// `389億円` then `増額の4兆8,996億円` (the sentence ends there) or `増額` alone: the change,
  /// signed by its word, and the amount it leads to. Nil for anything else.
  static func statedChange(_ change: PrintedAmount, rest: String, parser: FigureParser) -> Piece? {
    guard let (sign, tail) = signWord(Substring(rest)) else { return nil }
    var signed = change
    signed.isNegative = sign
    if tail.isEmpty { return .change(signed, stated: true) }
    guard tail.hasPrefix("の") else { return nil }
    let s = Array(tail.dropFirst().unicodeScalars)
    guard let (start, end, found, foundRate) = firstFigure(s, parser: parser), let result = found,
      foundRate == nil, start == 0, endsSentence(String(String.UnicodeScalarView(s[end...])))
    else { return nil }
    return .statedAmount(result, change: signed)
  }

  /// `対前年度比` then `▲423億円` cut by a space: one change stated against the prior year.
  static func comparisonsBeforeChanges(
    _ parsed: [(Boundary, Piece, String)]
  ) -> [(Boundary, Piece, String)] {
    var out: [(Boundary, Piece, String)] = []
    for item in parsed {
      if case .change(let change, false) = item.1, item.0 == .space,
        let last = out.last, last.0 == .space, case .words(let words) = last.1, namesPrior(words)
      {
        out[out.count - 1] = (last.0, .change(change, stated: true), last.2 + " " + item.2)
        continue
      }
      out.append(item)
    }
    return out
  }
}

/// A legend of brackets opening the line (`〔 〕 対29年度当初予算比の増減(注記)…`): the brackets
/// glued after an amount hold its change against the budget the words name.
extension ClauseFigures {
  static let bracketPairs: [(Character, Character)] = [("〔", "〕"), ("[", "]"), ("【", "】")]

  /// The text with each bracket of one signed amount glued after an amount's `円`
  /// (`6,558億円〔+295億円〕`) printed as the legend's comparison (`6,558億円(対29年度当初予算比
  /// +295億円)`), when the line opens with an empty bracket pair and words that compare with a
  /// year's budget; the text unchanged otherwise.
  static func withBracketLegend(_ text: String) -> String {
    guard let (open, close, words) = bracketLegend(text) else { return text }
    return glued(text, open: open, close: close, lead: words)
  }

  /// The brackets and the comparison words of a legend opening the line, or nil.
  static func bracketLegend(_ text: String) -> (Character, Character, String)? {
    let trimmed = text.drop(while: { $0 == " " || $0 == "\u{3000}" })
    guard let (open, close) = bracketPairs.first(where: { trimmed.first == $0.0 }) else {
      return nil
    }
    var rest = trimmed.dropFirst().drop(while: { $0 == " " || $0 == "\u{3000}" })
    guard rest.first == close else { return nil }
    rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\u{3000}" })
    var words = String(rest.prefix(while: { $0 != "(" && $0 != " " && $0 != "\u{3000}" }))
    for suffix in ["の増減", "増減"] where words.hasSuffix(suffix) {
      words = String(words.dropLast(suffix.count))
      break
    }
    return isComparison(words) ? (open, close, words) : nil
  }

  /// Each `円〔±amount〕` of the text as `円(lead±amount)`.
  static func glued(_ text: String, open: Character, close: Character, lead: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let start = rest.firstIndex(of: open) {
      let before = rest[..<start]
      guard let end = rest[start...].firstIndex(of: close) else { break }
      let inner = rest[rest.index(after: start)..<end]
      out += before
      if before.last == "円", let sign = inner.first, "+＋▲△-−".contains(sign),
        inner.hasSuffix("円"), inner.dropFirst().first?.isASCIIDigitCharacter == true,
        !inner.contains(open), !inner.contains(" ")
      {
        out += "(" + lead + inner + ")"
      } else {
        out += rest[start...end]
      }
      rest = rest[rest.index(after: end)...]
    }
    return out + rest
  }
}

extension GenericReader {
  /// `経済産業省の平成30年度予算 一般会計予算 9,365億円 …`: the clause right before the first
  /// amount's label, cut by a space, when it names an owner's fiscal year budget (words ending
  /// in `の`, an era's fiscal year, then `予算` and nothing else): the caption of the sentence's
  /// amounts, and a title of a document whose titles name no fiscal year. Nil otherwise.
  static func ownerYearCaption(_ text: String, before reading: ClauseFigures.Reading) -> String? {
    guard let label = reading.entries.first?.label, !label.isEmpty,
      let at = text.range(of: " " + label)
    else { return nil }
    guard
      let clause = text[..<at.lowerBound].split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        .last.map(String.init),
      let year = LegendItems.eraYear(clause), clause[..<year.range.lowerBound].hasSuffix("の"),
      clause[year.range.upperBound...] == "予算"
    else { return nil }
    return clause
  }

  /// Whether a title read so far names a fiscal year.
  var titlesNameYear: Bool { titles.contains { $0.text.contains("年度") } }
}
