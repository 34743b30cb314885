import BudgetModel

/// A position in a line's normalized scalars, for the small parsers below. Parsers are shaped
/// `parse(_ input: inout Cursor) throws -> Output` and leave the cursor unchanged on failure.
struct Cursor {
  let s: [Unicode.Scalar]
  var i: Int
  let end: Int

  init(_ s: [Unicode.Scalar], from start: Int = 0, to end: Int? = nil) {
    self.s = s
    self.i = start
    self.end = end ?? s.count
  }

  var atEnd: Bool { i >= end }
  var peek: Unicode.Scalar? { i < end ? s[i] : nil }

  mutating func skipSpaces() {
    while i < end && s[i].isSpace { i += 1 }
  }

  mutating func consume(_ word: [Unicode.Scalar]) -> Bool {
    guard i + word.count <= end, s.matches(word, at: i) else { return false }
    i += word.count
    return true
  }

  /// `open`, a value read by `body` and `close`, spaces allowed around each; when any of
  /// them is missing the cursor goes back to where it stood and the result is nil.
  mutating func enclosed<T>(
    _ open: Unicode.Scalar, _ close: Unicode.Scalar, _ body: (inout Cursor) throws -> T?
  ) rethrows -> T? {
    let mark = i
    skipSpaces()
    if consume(open) {
      skipSpaces()
      if let value = try body(&self) {
        skipSpaces()
        if consume(close) { return value }
      }
    }
    i = mark
    return nil
  }

  mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
    guard i < end, s[i] == scalar else { return false }
    i += 1
    return true
  }
}

/// A number that looks like an amount but is not one (`12.3.4`).
struct MalformedNumber: Error {
  var text: String
}

/// Parsers for the figures every budget document prints (numbers, amounts with units), with
/// the units and eras of a `Lexicon` (from `Mappings/`), given at `init`. It knows no
/// ministry's words: a layout's own figure grammar (as `SoumuFigures`: `の内数`, `(再掲)`,
/// budget labels) is built on it in the layout's files.
struct FigureParser: Sendable {
  let lexicon: Lexicon

  var units: [[Unicode.Scalar]] { lexicon.units }

  /// A number: digits with `,` group separators and an optional fraction. Throws on `12.3.4`
  /// where an amount stands (before a unit or a bracket, or at the end). The sizes of the
  /// groups are not checked: `1,2` reads as 12, as `DecimalNumber(ascii:)` reads it.
  func number(_ c: inout Cursor) throws -> DecimalNumber? {
    let start = c.i
    var j = c.i
    while j < c.end, c.s[j].isASCIIDigit || c.s[j] == "," || c.s[j] == "." { j += 1 }
    guard j > start, c.s[start].isASCIIDigit else { return nil }
    var end = j
    // A trailing `.` or `,` belongs to the sentence, not the number.
    while end > start, c.s[end - 1] == "." || c.s[end - 1] == "," { end -= 1 }
    guard let value = Self.decimal(c.s[start..<end]) else {
      let text = String(encoding: c.s[start..<end])
      // Only a malformed number standing where an amount stands is an error; elsewhere
      // (a version number in a title) it is just not a figure.
      var k = end
      while k < c.end, c.s[k].isSpace { k += 1 }
      if k >= c.end || c.s[k] == "(" || c.s[k] == ")" || c.s[k] == "]"
        || lexicon.unitInitials.contains(c.s[k])
      {
        throw MalformedNumber(text: text)
      }
      return nil
    }
    c.i = end
    return value
  }

  /// `DecimalNumber(ascii:)` on the scalars themselves (no `String` is made).
  static func decimal(_ scalars: ArraySlice<Unicode.Scalar>) -> DecimalNumber? {
    DecimalNumber(codePoints: scalars.lazy.map(\.value))
  }

  /// The units as text, index for index with `units`.
  var unitTexts: [String] { lexicon.unitTexts }

  /// An amount: optional ▲, a number, optional unit, and more number-unit parts after a
  /// larger unit (`18兆2,107億円`).
  func money(_ c: inout Cursor) throws -> PrintedAmount? {
    let save = c.i
    var negative = false
    if c.consume("▲") || c.consume("-") && c.peek.map({ $0.isASCIIDigit }) == true {
      negative = true
      c.skipSpaces()
    }
    var parts: [PrintedAmount.Part] = []
    var firstIsManYen = false
    while true {
      let before = c.i
      guard let n = try number(&c) else {
        c.i = before
        break
      }
      c.skipSpaces()
      var unit: Int?
      let tables = lexicon.tables
      let beforeUnit = c.i
      for k in tables.units.indices where c.consume(tables.units[k]) {
        unit = k
        break
      }
      // `1,398億7,900万円`: a `万円` part after a larger one is left unit-less, as it was
      // before `万円` was a unit, so that `KanjiAmount` checks it (1 to 9,999, grouped).
      if !parts.isEmpty, let k = unit, tables.isManYen[k] {
        unit = nil
        c.i = beforeUnit
      }
      if parts.isEmpty, let k = unit { firstIsManYen = tables.isManYen[k] }
      parts.append(.init(number: n, unit: unit.map { tables.unitTexts[$0] }))
      // Only a unit without 円 (`兆`, `億`) may be followed by a further part.
      guard let unit, tables.isCompound[unit] else { break }
      let mark = c.i
      c.skipSpaces()
      guard c.peek?.isASCIIDigit == true else {
        c.i = mark
        break
      }
    }
    guard !parts.isEmpty,
      parts.count > 1 || !firstIsManYen || !Self.isPerUnit(c.s, start: save, end: c.i)
    else {
      c.i = save
      return nil
    }
    return PrintedAmount(parts: parts, isNegative: negative)
  }

  /// Skips what may trail a figure at the end of a line: spaces, footnote `*`, `※`.
  static func atLineEnd(_ c: Cursor) -> Bool {
    var j = c.i
    while j < c.end, c.s[j].isSpace || c.s[j] == "*" || c.s[j] == "※" { j += 1 }
    return j >= c.end
  }

  /// The first index at or after `start` holding a digit, ▲, `[` or `—`: the first where
  /// `mayStartFigure` may hold (it holds at none before it).
  @inline(__always)
  static func nextFigureStart(_ s: [Unicode.Scalar], from start: Int) -> Int? {
    s.withUnsafeBufferPointer { $0.firstIndex(ofDigitOr: "▲", "[", "—", from: start, to: $0.count) }
  }

  /// Whether a figure may start at index `p` of `s`: a digit, ▲, `[` or `—` that does not
  /// continue a Latin word or number.
  static func mayStartFigure(_ s: [Unicode.Scalar], at p: Int) -> Bool {
    let ch = s[p]
    guard ch.isASCIIDigit || ch == "▲" || ch == "[" || ch == "—" else { return false }
    if p == 0 { return true }
    let prev = s[p - 1]
    if prev.isASCIIDigit || prev == "." || prev == "," { return false }
    if ch.isASCIIDigit,
      prev.isASCIIHexDigit || (prev.value >= 0x41 && prev.value <= 0x7A)
    {
      return false
    }
    return true
  }
}
