import BudgetModel

/// Items of year-marked pairs (`YearMarkedPairs`) printed a cell, or a piece of a cell, per line
/// (national-r2-shakaihosho-point lines 129–165, the boxes under a chart):
///
///     うち医療費国庫負担 / 元’ / 116,692 / 2’ / 118,620 / +1, / 928( / +1. / 7%)
///     うち介護費国庫負担 / 元’ / 29, / 610 / 2’ / 31, / 116 / …
///
/// The pieces are joined into one line only where the cut shows: with no space after a piece
/// ending in a thousands comma, a decimal point, an open parenthesis or a sign, or before one
/// starting with `)`, `%`, `.` or `,`; every other cut is a space (two digits either side of a
/// cut stay two cells). The joined block replaces its lines only when `YearMarkedPairs` reads
/// it whole, every item's change and rate proven by its own amounts; else the lines stay as
/// printed (and are reported as before).
enum CutItems {
  /// At most this many printed lines form one block.
  static let limit = 80

  static func joining(_ lines: [Line], parser: FigureParser) -> [Line] {
    var result: [Line] = []
    result.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      if let (joined, next) = block(lines, from: i, parser: parser) {
        result.append(joined)
        i = next
      } else {
        result.append(lines[i])
        i += 1
      }
    }
    return result
  }

  /// The block starting at `start` (a label whose next piece is a year written short) and the
  /// index after it, when the longest run of pieces that reads as items is found.
  static func block(_ lines: [Line], from start: Int, parser: FigureParser) -> (Line, Int)? {
    guard isPiece(lines[start].normalized), YearMarkedPairs.year(text(lines[start])) == nil,
      let second = nextPiece(lines, after: start),
      YearMarkedPairs.year(text(lines[second])) != nil
    else { return nil }
    var pieces = [start]
    var k = start
    while pieces.count < limit, let next = nextPiece(lines, after: k) {
      pieces.append(next)
      k = next
    }
    // Five pieces at least make an item: a label, two years and two amounts, then the change.
    guard pieces.count >= 6 else { return nil }
    for end in stride(from: pieces.count, through: 6, by: -1) {
      let line = join(pieces[..<end].map { lines[$0] })
      if YearMarkedPairs.read(line, unit: "", parser: parser) != nil {
        return (line, pieces[end - 1] + 1)
      }
    }
    return nil
  }

  /// A short piece with no space inside: a label, a year mark or a piece of a cell; a note
  /// (`(注`, `※`) is none.
  static func isPiece(_ s: [Unicode.Scalar]) -> Bool {
    let trimmed = s.filter { $0 != " " }
    guard trimmed.count == trimmedLength(s) else { return false }
    guard !trimmed.isEmpty, trimmed.count <= 24 else { return false }
    return trimmed.first != "※" && !(trimmed.count >= 2 && trimmed[0] == "(" && trimmed[1] == "注")
  }

  /// The next printed piece after `k`, over at most two blank lines.
  static func nextPiece(_ lines: [Line], after k: Int) -> Int? {
    var j = k + 1
    while j < lines.count, j <= k + 3 {
      if !PageFurniture.isBlank(lines[j].normalized) {
        return isPiece(lines[j].normalized) ? j : nil
      }
      j += 1
    }
    return nil
  }

  static func text(_ line: Line) -> String {
    String(String.UnicodeScalarView(trimmed(line).normalized))
  }

  /// The length from the first scalar that is no space to the last.
  static func trimmedLength(_ s: [Unicode.Scalar]) -> Int {
    guard let first = s.firstIndex(where: { $0 != " " }),
      let last = s.lastIndex(where: { $0 != " " })
    else { return 0 }
    return last - first + 1
  }

  /// The pieces as one line: a space between two pieces unless the cut shows inside a cell.
  static func join(_ pieces: [Line]) -> Line {
    var line = trimmed(pieces[0])
    for piece in pieces.dropFirst() {
      let next = trimmed(piece)
      if let a = line.normalized.last, let b = next.normalized.first, !cutInside(a, b) {
        line.normalized.append(" ")
        line.original.append(" ")
      }
      line.joins.append((line.normalized.count, next.number))
      line.original += next.original
      line.normalized += next.normalized
      line.endNumber = next.endNumber
    }
    return line
  }

  static func cutInside(_ last: Unicode.Scalar, _ first: Unicode.Scalar) -> Bool {
    ",.(+-▲△".unicodeScalars.contains(last) || "),.%".unicodeScalars.contains(first)
  }

  static func trimmed(_ line: Line) -> Line {
    var start = 0
    var end = line.normalized.count
    while start < end, line.normalized[start] == " " { start += 1 }
    while end > start, line.normalized[end - 1] == " " { end -= 1 }
    return line.slice(start..<end)
  }
}
