/// Physical lines → logical lines: a line cut short (`needsNext`: a bracket left open, as a
/// PDF column wraps `[令和` / `5年度補正予算 20.1 億円]`) continues on the following lines.
/// These rules know no ministry's words; a layout adds its own (`DocumentLayout.continues`,
/// as 総務省's budget labels cut before their amounts) and its list marks. At most `limit` lines are joined; a bracket still
/// open then is left as it is (the parsers report the line). The joined line keeps the range
/// of input lines it came from.
struct LogicalLines {
  static let limit = 4
  /// The units and eras that tell a cut figure.
  let lexicon: Lexicon
  /// The layout whose list marks and own rules apply (nil: the shared rules alone).
  var layout: (any DocumentLayout)? = nil

  func joining(_ lines: [Line]) -> [Line] {
    let listMarks = layout?.listMarks ?? []
    var result: [Line] = []
    result.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      var line = lines[i]
      i += 1
      var joined = 0
      while joined < Self.limit, let next = Self.nextFilled(lines, from: i),
        continues(line.normalized, lines[next].normalized, listMarks: listMarks)
      {
        Self.append(lines[next], to: &line)
        i = next + 1
        joined += 1
      }
      result.append(line)
    }
    return result
  }

  /// Whether `line` goes on in `next`: it is cut short (`needsNext`) and `next` starts no
  /// heading; or its figures are cut — a unit (`0.7` / `億円`, `0.3 億` / `円`), a prior-year
  /// figure (`0.1` / `(0.1)`), or a closing parenthesis (`(185,780.0` / `)`); or the layout's
  /// own rule says so (`DocumentLayout.continues`).
  func continues(
    _ line: [Unicode.Scalar], _ next: [Unicode.Scalar], listMarks: [[Unicode.Scalar]]
  ) -> Bool {
    guard !Self.startsStructure(next, listMarks: listMarks) else { return false }
    // `next` from its first scalar that is not a space or `*` (the rest of it).
    var r = 0
    while r < next.count, next[r] == " " || next[r] == "*" { r += 1 }
    guard r < next.count else { return false }
    let first = next[r]
    if endsInCutUnit(line) { return first == "円" }
    var end = line.count
    while end > 0, line[end - 1] == " " || line[end - 1] == "*" { end -= 1 }
    guard end > 0 else { return false }
    let last = line[end - 1]
    if last.isASCIIDigit {
      if lexicon.units.contains(where: { next.matches($0, at: r) }) { return true }
      if first == "(", next.count > r + 1, next[r + 1].isASCIIDigit { return true }
    }
    if first == ")" || first == "]", Self.needsOpenClose(line) { return true }
    if let layout, layout.continues(line, end: end, in: next, from: r, lexicon: lexicon) {
      return true
    }
    return needsNext(line)
  }

  /// An open parenthesis or bracket anywhere on the line.
  static func needsOpenClose(_ s: [Unicode.Scalar]) -> Bool {
    var depth = 0
    for ch in s {
      if ch == "(" || ch == "[" {
        depth += 1
      } else if ch == ")" || ch == "]" {
        depth = Swift.max(0, depth - 1)
      }
    }
    return depth > 0
  }

  /// Whether a line is cut short: a bracket `[` left open, a parenthesis left open with no
  /// figure after it (`1.1 億円（後` / `掲）`) on a line that is not a table row, or an amount
  /// whose unit was cut (`0.3 億` / `円`).
  func needsNext(_ s: [Unicode.Scalar]) -> Bool {
    var brackets = 0
    var parens = 0
    var lastOpenParen = -1
    s.withUnsafeBufferPointer { b in
      // Most lines have none of the four: one vector scan tells.
      guard let first = b.firstIndex(ofAny: "(", ")", "[", "]") else { return }
      for k in first..<b.count {
        let v = b[k].value
        // `(`, `)`, `[`, `]` only: every other scalar is ruled out by one compare or two.
        guard v == 0x28 || v == 0x29 || v == 0x5B || v == 0x5D else { continue }
        switch v {
        case 0x5B: brackets += 1
        case 0x5D: brackets = Swift.max(0, brackets - 1)
        case 0x28:
          parens += 1
          lastOpenParen = k
        default: parens = Swift.max(0, parens - 1)
        }
      }
    }
    if brackets > 0 { return true }
    if parens > 0, !s[(lastOpenParen + 1)...].contains(where: \.isASCIIDigit),
      !TableCells.hasColumnGap(s)
    {
      return true
    }
    return endsInCutUnit(s)
  }

  /// `… 0.3 億` at the end of a line (a unit without `円`, from the lexicon): the `円` went
  /// to the next line.
  func endsInCutUnit(_ s: [Unicode.Scalar]) -> Bool {
    var end = s.count
    while end > 0, s[end - 1] == " " { end -= 1 }
    for unit in lexicon.compoundUnitScalars
    where !unit.isEmpty && end - unit.count >= 1 && s.matches(unit, at: end - unit.count) {
      var j = end - unit.count - 1
      while j >= 0, s[j] == " " { j -= 1 }
      if j >= 0 && s[j].isASCIIDigit { return true }
    }
    return false
  }

  /// Whether a line starts a heading or one of the layout's lists rather than continuing.
  static func startsStructure(_ s: [Unicode.Scalar], listMarks: [[Unicode.Scalar]]) -> Bool {
    var k = 0
    while k < s.count, s[k] == " " { k += 1 }
    return OutlineHeading.markerLength(s, at: k) != nil
      || listMarks.contains { s.matches($0, at: k) }
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
    if let a = line.normalized.last, let b = rest.normalized.first, a.value < 0x80, b.value < 0x80,
      a != "[", b != "]"
    {
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
