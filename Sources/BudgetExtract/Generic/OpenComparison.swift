import BudgetModel

/// An amount whose comparison in parentheses is cut over the lines below it, as a PDF's text
/// prints a box of two rows (soumu-h27-chizai-keikaku-gaiyo lines 31–33, 63–64):
///
///     69兆3,151億円(  /  同  /  +1兆5,721億円、+2.3%)
///     3,922 億円(㉖  /  1,719 億円、+2,203 億円、+128.2%)
///
/// The pieces after the open parenthesis are joined to it until it closes (at most `limit`
/// lines); `同` alone before the figures (the same comparison) is replaced by the words of the
/// comparison read last above (`前年度比`), and nothing when none was. A bulleted label with
/// no figure printed among the pieces (`・水準超経費除き`) names the amount, which has none of
/// its own on its line. A comparison left open after a sign (`16兆7,548億円(㉖16兆8,855億円、 ▲`)
/// may be closed by a piece printed after lines that are whole of themselves (a label, an amount
/// with its own comparison): `1,307億円、▲ 0.8%)`. The joined line replaces the pieces only
/// when `ParenthesizedChange` reads it, its arithmetic holding (B − A = C, the rate C / A);
/// else every line stays as printed.
enum OpenComparison {
  static let limit = 4
  /// Lines that are whole of themselves skipped before a closing piece printed later.
  static let skipLimit = 3

  static func joining(_ lines: [Line], parser: FigureParser) -> [Line] {
    var result: [Line] = []
    result.reserveCapacity(lines.count)
    var taken = Set<Int>()
    var lead: [Unicode.Scalar]?
    for i in lines.indices where !taken.contains(i) {
      var line = lines[i]
      if let (joined, used) = block(lines, from: i, lead: lead, parser: parser) {
        line = joined
        taken.formUnion(used)
      }
      if let words = comparisonWords(line, parser: parser) { lead = words }
      result.append(line)
    }
    return result
  }

  /// The joined line and the indices of the pieces it took, when it reads.
  static func block(_ lines: [Line], from start: Int, lead: [Unicode.Scalar]?, parser: FigureParser)
    -> (Line, [Int])?
  {
    let first = CutItems.trimmed(lines[start])
    guard depth(first.normalized) == 1, let open = first.normalized.lastIndex(of: "("),
      !first.normalized[(open + 1)...].contains(")"),
      ParenthesizedChange.head(Array(first.normalized[..<open]), unit: nil, parser: parser) != nil
    else { return nil }
    var pieces: [Line] = []
    var label: Line?
    var used: [Int] = []
    var k = start + 1
    var total = 1
    while k < lines.count, used.count < limit {
      let piece = CutItems.trimmed(lines[k])
      if PageFurniture.isBlank(piece.normalized) {
        k += 1
        continue
      }
      if piece.normalized.contains("(") { break }
      if isBulletedLabel(piece.normalized), label == nil {
        label = piece
      } else {
        pieces.append(piece)
      }
      used.append(k)
      total -= piece.normalized.filter { $0 == ")" }.count
      if total <= 0 { break }
      k += 1
    }
    if total == 0, let joined = reading([first] + pieces, label: label, lead: lead, parser: parser)
    {
      return (joined, used)
    }
    return closedLater(lines, from: start, first: first, lead: lead, parser: parser)
  }

  /// `16兆7,548億円(㉖16兆8,855億円、 ▲` / `⑤ 地方税及び地方譲与税` / `40兆1,773億円(…)` /
  /// `1,307億円、▲ 0.8%)`: a comparison left open after a sign, closed by the first piece that
  /// closes a parenthesis it did not open, past at most `skipLimit` lines each whole of itself.
  static func closedLater(
    _ lines: [Line], from start: Int, first: Line, lead: [Unicode.Scalar]?, parser: FigureParser
  ) -> (Line, [Int])? {
    guard let last = first.normalized.last, ParenthesizedChange.signs.contains(last) else {
      return nil
    }
    var skipped = 0
    var k = start + 1
    while k < lines.count, skipped <= skipLimit {
      let piece = CutItems.trimmed(lines[k])
      if !PageFurniture.isBlank(piece.normalized) {
        if depth(piece.normalized) == 0 {
          skipped += 1
        } else {
          guard !piece.normalized.contains("("), depth(piece.normalized) == -1,
            let joined = reading([first, piece], label: nil, lead: lead, parser: parser)
          else { return nil }
          return (joined, [k])
        }
      }
      k += 1
    }
    return nil
  }

  /// The pieces joined (the label first, the line's number kept the amount's), `同` replaced,
  /// when `ParenthesizedChange` reads the result.
  static func reading(_ pieces: [Line], label: Line?, lead: [Unicode.Scalar]?, parser: FigureParser)
    -> Line?
  {
    var joined = CutItems.join(pieces)
    guard let open = joined.normalized.firstIndex(of: "(") else { return nil }
    var inside = open + 1
    while inside < joined.normalized.count, joined.normalized[inside] == " " { inside += 1 }
    // `同` alone: a sign or a digit after it (`同期比`, `同上` are other words).
    let after = joined.normalized.dropFirst(inside + 1).first { $0 != " " }
    if inside < joined.normalized.count, joined.normalized[inside] == "同",
      let after, after.isASCIIDigit || ParenthesizedChange.signs.contains(after)
    {
      guard let lead else { return nil }
      joined = replacing(joined, at: inside, with: lead)
    }
    if let label { joined = prefixed(joined, label: label) }
    guard ParenthesizedChange.read(GenericLine.text(of: joined), unit: nil, parser: parser) != nil
    else { return nil }
    return joined
  }

  /// The line with one scalar at `offset` replaced by `words` in both forms.
  static func replacing(_ line: Line, at offset: Int, with words: [Unicode.Scalar]) -> Line {
    var result = line
    result.original.replaceSubrange(offset...offset, with: words)
    result.normalized.replaceSubrange(offset...offset, with: words)
    result.joins = line.joins.map {
      ($0.offset > offset ? $0.offset + words.count - 1 : $0.offset, $0.number)
    }
    return result
  }

  /// The label's words (without their bullet), then a space, before the line; the line keeps
  /// its number.
  static func prefixed(_ line: Line, label: Line) -> Line {
    let words = Array(label.original.dropFirst()) + [" "]
    var result = line
    result.original = words + line.original
    result.normalized = Array(label.normalized.dropFirst()) + [" "] + line.normalized
    result.joins = line.joins.map { ($0.offset + words.count, $0.number) }
    return result
  }

  /// `・水準超経費除き`: a bullet, then words with no figure and no parenthesis.
  static func isBulletedLabel(_ s: [Unicode.Scalar]) -> Bool {
    guard s.first == "・", s.count > 1 else { return false }
    return !s.contains { $0.isASCIIDigit || $0 == "(" || $0 == ")" || $0 == "%" }
  }

  /// Open parentheses minus closed ones.
  static func depth(_ s: [Unicode.Scalar]) -> Int {
    s.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }
  }

  /// The words that name a comparison read on the line (`前年度比`), for a `同` below.
  static func comparisonWords(_ line: Line, parser: FigureParser) -> [Unicode.Scalar]? {
    guard line.normalized.contains(")"), line.normalized.contains("("),
      let reading = ParenthesizedChange.read(GenericLine.text(of: line), unit: nil, parser: parser),
      reading.prior == nil, let words = reading.change?.label, words.contains("前年")
    else { return nil }
    return Array(words.unicodeScalars)
  }
}

extension OpenComparison {
  /// The input lines of a joined line's prior amount and change (the first figures in its
  /// last parentheses, in that order); nil for a line as printed, or when they are not found.
  static func figureLines(_ line: Line, hasPrior: Bool, parser: FigureParser) -> (
    prior: Int?, change: Int?
  )? {
    guard line.endNumber > line.number, let open = line.normalized.lastIndex(of: "("),
      let close = line.normalized.lastIndex(of: ")"), close > open,
      let (_, tokens) = ParenthesizedChange.inside(
        Array(line.normalized[(open + 1)..<close]), parser: parser)
    else { return nil }
    // The line of a figure's first digit: a sign may be printed at the end of the line above
    // (`…、 ▲` / `1,307億円`).
    let lines = tokens.map { token in
      let start = open + 1 + token.offset
      let digit = line.normalized[start..<close].firstIndex(where: \.isASCIIDigit) ?? start
      return line.number(at: digit)
    }
    let prior = hasPrior ? lines.first : nil
    let change = tokens.indices.dropFirst(hasPrior ? 1 : 0).first { !tokens[$0].isRate }
    return (prior, change.map { lines[$0] })
  }
}
