import BudgetModel

/// Figures stated in the clauses of a broken sentence, each clause cut from the next by
/// replaced prose (`(説明文)`), `、` or spaces:
///
///     宮廷費(説明文)56億7900万円、1億3300万円の増(説明文)
///     平成29年度の皇室費(説明文)62億1800万円(説明文)前年比1.9%増(説明文)1億1800万円の増
///     一般会計の…文教及び科学振興費(説明文)5兆4,158億円(4年度当初予算比+283億円、+0.5%)
///     儀典関係費 753百万円 4百万円増
///
/// An amount clause takes the words glued before it as its label, or the clause of words right
/// before it when only replaced prose or spaces stand between (never words cut off by `、`: in
/// running prose those are any part of the sentence). A change (`…の増`, `前年比…の減`,
/// `+283億円`) or a rate (`前年比1.9%増`) clause after it, with no other label between, is its
/// comparison with the prior year. This is only a reading: the entries are exported when the
/// document's arithmetic proves them (`ClauseProof`).
enum ClauseFigures {
  struct Entry: Equatable {
    var label: String
    var amount: PrintedAmount
    /// The signed change against the prior year (`同額`: zero).
    var change: PrintedAmount?
    var rate: DecimalNumber?
    /// The words of a comparison that print a year (`4年度当初予算比`): the transform checks
    /// it is the prior year's. Nil for the prior year's words (`前年比`).
    var base: String? = nil
    /// The change is stated against the prior year in words (`対前年度比 ▲423億円`,
    /// `前年度と比べて389億円増額の…`): the words say what the second figure is.
    var changeStated = false
  }

  /// A line's reading: its entries, and whether some figure of it stays unread (an amount
  /// with no label, a comparison with no amount, a clause the grammar does not know).
  struct Reading: Equatable {
    var entries: [Entry]
    var unread: Int
  }

  enum Boundary { case start, prose, comma, space }

  /// What one clause holds.
  enum Piece: Equatable {
    case words(String)
    /// An amount, the words glued before it, and the comparison in parentheses after it.
    case amount(String, PrintedAmount, change: PrintedAmount?, rate: DecimalNumber?)
    /// An amount and what it leaves out (`4兆8,764億円(SACO関係経費を除く。)`): the words in
    /// parentheses are part of its label.
    case qualified(String, PrintedAmount, qualifier: String)
    /// An amount and its comparison against words that print a year (`4年度当初予算比`).
    case compared(String, PrintedAmount, change: PrintedAmount?, rate: DecimalNumber?, base: String)
    /// A signed change; `stated` when words naming the prior year print it (`対前年度比 ▲423億円`).
    case change(PrintedAmount, stated: Bool)
    /// `前年度と比べて389億円増額の4兆8,996億円`: an amount (no words of its own) and its change
    /// stated against the prior year in words, with no rate.
    case statedAmount(PrintedAmount, change: PrintedAmount)
    /// `501億円(1.0%)の減額`: a change and its rate, signed by the word after both.
    case changeAndRate(PrintedAmount, DecimalNumber)
    case rate(DecimalNumber)
    case unknown
  }

  /// The replaced prose of the fixtures and blind sets.
  static let prose = ["(説明文)", "(注記)"]
  /// Words that say the amount is the prior year's (`昨年同額の3億2400万円`): change zero.
  static let sameWords = ["昨年同額の", "前年同額の", "前年度同額の", "昨年度同額の"]

  static func read(_ text: String, parser: FigureParser) -> Reading? {
    let pieces = split(withBracketLegend(text))
    guard pieces.contains(where: { $0.1.contains(where: \.isASCIIDigitCharacter) }) else {
      return nil
    }
    var entries: [Entry] = []
    var unread = 0
    var open = false
    var previous: (Boundary, Piece)?
    var labelCut = false
    let parsed = comparisonsBeforeChanges(ratesBeforeAmounts(pieces, parser: parser))
    for (boundary, piece, text) in parsed {
      defer { previous = (boundary, piece) }
      switch piece {
      case .words:
        open = false
      case .unknown:
        open = false
        if text.contains(where: \.isASCIIDigitCharacter) { unread += 1 }
      case .amount, .qualified, .compared, .statedAmount:
        guard let (words, amount, change, rate, qualifier, base) = Self.amountParts(piece) else {
          continue
        }
        var label = words
        var entryChange = change
        if let same = sameWords.first(where: { words.hasSuffix($0) }) {
          label = String(words.dropLast(same.count))
          guard change == nil else { return nil }
          entryChange = PrintedAmount(DecimalNumber(significand: 0, scale: 0), unit: "円")
        }
        let (own, cut) = Self.label(label, boundary, previous)
        label = own
        guard isLabel(label) else {
          unread += 1 + (change == nil ? 0 : 1)
          open = false
          continue
        }
        var entry = Entry(
          label: label + qualifier, amount: amount, change: entryChange, rate: rate, base: base)
        entry.changeStated = !cut && statesChange(piece)
        labelCut = cut
        entries.append(entry)
        open = true
      case .change(let change, let stated):
        // Stated only when written beside the amount: replaced prose between may hold anything.
        attach(
          change, nil, to: &entries, open: &open, unread: &unread,
          stated: stated && boundary == .space && !labelCut)
      case .changeAndRate(let change, let rate):
        attach(change, rate, to: &entries, open: &open, unread: &unread)
      case .rate(let rate):
        attach(nil, rate, to: &entries, open: &open, unread: &unread)
      }
    }
    guard !entries.isEmpty else { return nil }
    return Reading(entries: entries, unread: unread)
  }

  /// The amount's label: its own words, or the clause of words right before it when only
  /// replaced prose or spaces stand between; and whether those words were cut off by `、`.
  static func label(_ words: String, _ boundary: Boundary, _ previous: (Boundary, Piece)?)
    -> (String, Bool)
  {
    let own = allocationTarget(withoutApproximation(words))
    guard own.isEmpty, boundary == .prose || boundary == .space,
      case .words(let before)? = previous?.1
    else { return (ClauseCaption.withoutGregorian(allocationTarget(own)), false) }
    return (ClauseCaption.withoutGregorian(allocationTarget(before)), previous?.0 == .comma)
  }

  /// A change or rate clause after an amount (with no other label between): the amount's
  /// comparison, unless it already has one; else unread.
  static func attach(
    _ change: PrintedAmount?, _ rate: DecimalNumber?, to entries: inout [Entry],
    open: inout Bool, unread: inout Int, stated: Bool = false
  ) {
    guard open, change == nil || entries[entries.count - 1].change == nil,
      rate == nil || entries[entries.count - 1].rate == nil
    else {
      unread += (change == nil ? 0 : 1) + (rate == nil ? 0 : 1)
      open = false
      return
    }
    if let change {
      entries[entries.count - 1].change = change
      entries[entries.count - 1].changeStated = stated
    }
    if let rate { entries[entries.count - 1].rate = rate }
  }

  /// The clauses parsed, a rate printed between an amount's words and the amount
  /// (`平成5年度の文化庁予算(説明文)対前年度比8.7%増(説明文)538億9,681万円`, as in
  /// `…は対前年度比8.7%増の538億9,681万円`) taken as the amount's: the words, the rate and the
  /// bare amount one after another, cut by replaced prose or spaces only.
  static func ratesBeforeAmounts(
    _ pieces: [(Boundary, String)], parser: FigureParser
  ) -> [(Boundary, Piece, String)] {
    var parsed = pieces.map { ($0.0, parse($0.1, parser: parser), $0.1) }
    var k = 1
    while k + 1 < parsed.count {
      guard case .words(let words) = parsed[k - 1].1, isLabel(words),
        case .rate(let rate) = parsed[k].1,
        case .amount("", let amount, nil, nil) = parsed[k + 1].1,
        [parsed[k].0, parsed[k + 1].0].allSatisfy({ $0 == .prose || $0 == .space })
      else {
        k += 1
        continue
      }
      parsed[k + 1].1 = .amount(words, amount, change: nil, rate: rate)
      parsed.remove(at: k)
    }
    return parsed
  }

  /// `約` (`…(説明文)約1326億円`) states the amount is rounded: no word of its label.
  static func withoutApproximation(_ words: String) -> String {
    words.hasSuffix("約") ? String(words.dropLast()).trimmingSpaces : words
  }

  /// `学校施設などの災害復旧に273億円`: the words before `に` name what the amount is for (as
  /// `…を要求` states it); words naming a year or a comparison (`前年度に`, `比べ`) are no such
  /// target and stay as printed (no label).
  static func allocationTarget(_ words: String) -> String {
    guard words.hasSuffix("に"), words.count > 2 else { return words }
    let target = String(words.dropLast())
    guard isLabel(target), !target.contains("年"), !target.contains("比"),
      !target.contains("前"), !target.hasSuffix("的")
    else { return words }
    return target
  }

  /// Words that can name an amount: no figure of money, no particle ending a phrase of prose,
  /// no `含め` (`…を含めると`: another total, a note) but a total's name (`これを含めた防衛関係費の総額`).
  static func isLabel(_ text: String) -> Bool {
    guard let last = text.last, !text.contains("円"), !text.contains("%"),
      !text.replacingOccurrences(of: "含めた", with: "").contains("含め"), text.count <= 40
    else { return false }
    return !"とではがをにもてやの、".contains(last)
  }

  /// The clauses and what cuts each from the one before (the strongest cut between them:
  /// `、` over replaced prose over spaces); words cut by spaces only are one clause
  /// (`総 務 本 省`).
  static func split(_ text: String) -> [(Boundary, String)] {
    var marked = text
    for word in prose { marked = marked.replacingOccurrences(of: word, with: "\u{1}") }
    var out: [(Boundary, String)] = []
    var current = ""
    var boundary = Boundary.start
    var depth = 0
    func cut(_ kind: Boundary) {
      if !current.isEmpty {
        out.append((boundary, current))
        current = ""
        boundary = kind
      } else if boundary != .comma, kind != .space || boundary == .start {
        boundary = kind
      }
    }
    // `内訳は▽公立学校 114億円▽私立学校 13億円――。`: a list mark and a closing dash run cut
    // clauses as `、` does.
    for run in ["——", "――", "──"] { marked = marked.replacingOccurrences(of: run, with: "、") }
    for ch in marked {
      switch ch {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      default: break
      }
      if ch == "\u{1}" {
        cut(.prose)
      } else if depth == 0,
        ch == "、" || ch == "。" || ch == "▽" || ch == "▼" || listComma(ch, after: current)
      {
        cut(.comma)
      } else if depth == 0, ch == " " || ch == "\u{3000}" {
        cut(.space)
      } else {
        current.append(ch)
      }
    }
    cut(.start)
    return joinWords(out)
  }

  /// `,` / `，` right after an amount's `円` (`…等に632億円,防災・減災,国土強靱化の推進に34億円`):
  /// the list's `、` as a page printed it; a comma after words stays in the label.
  static func listComma(_ ch: Character, after current: String) -> Bool {
    (ch == "," || ch == "，") && current.last == "円"
  }

  /// Pieces of words cut by spaces only, joined.
  static func joinWords(_ pieces: [(Boundary, String)]) -> [(Boundary, String)] {
    var out: [(Boundary, String)] = []
    for (boundary, text) in pieces {
      if boundary == .space, let last = out.last, !holdsNumber(last.1), !holdsNumber(text) {
        out[out.count - 1].1 += text
      } else {
        out.append((boundary, text))
      }
    }
    return out
  }

  static func holdsNumber(_ text: String) -> Bool {
    text.contains(where: \.isASCIIDigitCharacter) || text.contains("円") || text.contains("%")
  }
}
