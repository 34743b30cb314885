/// Physical lines → logical lines: a line that opens a bracket (`[`, `〔`, `(`) it does not close
/// continues on the following lines until the bracket is closed (a PDF column wrapped it:
/// `[令和` / `5年度補正予算 20.1 億円]`). At most `limit` lines are joined; a bracket still
/// open then is left as it is (the parsers report the line). The joined line keeps the range
/// of input lines it came from.
enum LogicalLines {
  static let limit = 4

  static func joining(_ lines: [Line]) -> [Line] {
    var result: [Line] = []
    result.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      var line = lines[i]
      i += 1
      var joined = 0
      while openBrackets(line.normalized) > 0, joined < limit, let next = nextFilled(lines, from: i) {
        guard !startsStructure(lines[next].normalized) else { break }
        append(lines[next], to: &line)
        i = next + 1
        joined += 1
      }
      result.append(line)
    }
    return result
  }

  /// Brackets and parentheses opened and not closed (after folding, `〔〕` are `[]` and
  /// `（）` are `()`); never negative.
  static func openBrackets(_ s: [Unicode.Scalar]) -> Int {
    var depth = 0
    for ch in s {
      if ch == "[" || ch == "(" { depth += 1 } else if ch == "]" || ch == ")", depth > 0 { depth -= 1 }
    }
    return depth
  }

  /// Whether a line starts a heading or an expense list rather than continuing a bracket.
  static func startsStructure(_ s: [Unicode.Scalar]) -> Bool {
    var k = 0
    while k < s.count, s[k] == " " { k += 1 }
    return OutlineHeading.markerLength(s, at: k) != nil || s.matches(Segment.mainExpenseMark, at: k)
  }

  static func nextFilled(_ lines: [Line], from start: Int) -> Int? {
    var k = start
    while k < lines.count, k < start + 2 {
      if !PageFurniture.isBlank(lines[k].normalized) { return k }
      k += 1
    }
    return nil
  }

  /// Appends `next` to `line`, trimming the spaces where they meet (a space stays between
  /// two Latin letters or digits).
  static func append(_ next: Line, to line: inout Line) {
    while line.normalized.last == " " {
      line.normalized.removeLast()
      line.original.removeLast()
    }
    var start = 0
    while start < next.normalized.count, next.normalized[start] == " " { start += 1 }
    let rest = next.slice(start..<next.normalized.count)
    if let a = line.normalized.last, let b = rest.normalized.first, a.value < 0x80, b.value < 0x80, a != "[", b != "]" {
      line.normalized.append(" ")
      line.original.append(" ")
    }
    line.joins.append((line.normalized.count, rest.number))
    line.joins += rest.joins.map { ($0.offset + line.normalized.count, $0.number) }
    line.original += rest.original
    line.normalized += rest.normalized
    line.endNumber = next.endNumber
  }
}
