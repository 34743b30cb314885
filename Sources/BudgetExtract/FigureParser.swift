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

/// Parsers for the figures printed in budget overviews, with the units and eras of a
/// `Lexicon` (from `Mappings/`), given at `init`.
struct FigureParser: Sendable {
  let lexicon: Lexicon

  var units: [[Unicode.Scalar]] { lexicon.units }
  static let partOf = scalars("の内数")
  static let newMarker = scalars("新規")
  static let reposted = scalars("再掲")
  static let shownLater = scalars("後掲")

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
    while true {
      let before = c.i
      guard let n = try number(&c) else {
        c.i = before
        break
      }
      c.skipSpaces()
      var unit: Int?
      let tables = lexicon.tables
      for k in tables.units.indices where c.consume(tables.units[k]) {
        unit = k
        break
      }
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
    guard !parts.isEmpty else {
      c.i = save
      return nil
    }
    return PrintedAmount(parts: parts, isNegative: negative)
  }

  /// `—`, `新規`, or an amount with an optional `の内数`.
  func plainFigure(_ c: inout Cursor) throws -> PrintedFigure? {
    if c.consume("—") { return PrintedFigure(amount: nil) }
    if c.consume(Self.newMarker) { return PrintedFigure(amount: nil, isNewMarker: true) }
    guard let amount = try money(&c) else { return nil }
    var figure = PrintedFigure(amount: amount)
    let mark = c.i
    c.skipSpaces()
    if c.consume(Self.partOf) { figure.isPartOf = true } else { c.i = mark }
    return figure
  }

  /// `(新規)`, `(再掲)`, `(後掲)` after a figure; applies them and returns whether it read one.
  func marker(_ c: inout Cursor, into figure: inout PrintedFigure, isNew: inout Bool) -> Bool {
    let save = c.i
    c.skipSpaces()
    guard c.consume("(") else {
      c.i = save
      return false
    }
    c.skipSpaces()
    if c.consume(Self.newMarker) {
      isNew = true
    } else if c.consume(Self.reposted) {
      figure.isReposted = true
    } else if c.consume(Self.shownLater) {
      figure.isShownLater = true
    } else {
      c.i = save
      return false
    }
    c.skipSpaces()
    guard c.consume(")") else {
      c.i = save
      return false
    }
    return true
  }

  /// A heading's figures: `458.0 億円`, `197,990.5(185,780.0)`, `[3.1 (3.0)]`,
  /// `[130.6の内数(134.6の内数)]`, `0.5(新規)`, `—`; returns the amount and the prior figure.
  func headingFigures(_ c: inout Cursor) throws -> (PrintedFigure, PrintedFigure?)? {
    let save = c.i
    let bracketed = c.consume("[")
    c.skipSpaces()
    guard var amount = try plainFigure(&c), !amount.isNewMarker else {
      c.i = save
      return nil
    }
    var prior = try c.enclosed("(", ")") { try plainFigure(&$0) }
    prior?.isBracketed = bracketed
    if bracketed {
      c.skipSpaces()
      guard c.consume("]") else {
        c.i = save
        return nil
      }
      amount.isBracketed = true
    }
    return (amount, prior)
  }

  /// Skips what may trail a figure at the end of a line: spaces, footnote `*`, `※`.
  static func atLineEnd(_ c: Cursor) -> Bool {
    var j = c.i
    while j < c.end, c.s[j].isSpace || c.s[j] == "*" || c.s[j] == "※" { j += 1 }
    return j >= c.end
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

  /// Where trailing figures can start at the earliest: after the last scalar that no figure
  /// parser, nor `atLineEnd`, ever consumes. A parse from an earlier position would have to
  /// consume that scalar, so it fails, and the O(n²) scan over the title is skipped.
  ///
  /// Two cases keep every position (return `start`): an expense line with `年度` (a budget
  /// label's text may hold any character), and a number before the floor that
  /// `DecimalNumber(ascii:)` may reject (too many digits, `1.2.3`, `1.2,3`): parsing it may
  /// throw `MalformedNumber`, and the full scan must throw as it always did.
  func figuresFloor(_ s: [Unicode.Scalar], from start: Int, expense: Bool) -> Int {
    if expense && s.firstIndex(of: Self.fiscalYearWord, from: start) != nil { return start }
    var floor = s.count
    let unitScalars = lexicon.tables.unitScalarList
    while floor > start,
      Self.mayBeInFigures(s[floor - 1], expense: expense) || unitScalars.contains(s[floor - 1])
    { floor -= 1 }
    guard floor > start else { return start }
    // Any run of digits, `,` and `.` before the floor that may be malformed?
    var k = start
    while k < floor {
      guard s[k].isASCIIDigit else {
        k += 1
        continue
      }
      var digits = 0
      var sawPoint = false
      while k < floor, s[k].isASCIIDigit || s[k] == "," || s[k] == "." {
        if s[k].isASCIIDigit {
          digits += 1
        } else if sawPoint {
          return start
        } else if s[k] == "." {
          sawPoint = true
        }
        k += 1
      }
      if digits >= 18 { return start }
    }
    return floor
  }

  /// Whether a figure parser (or `atLineEnd`) may consume `ch`: spaces, digits, `, . - * : [ ] ( )`,
  /// `— ▲ ※`, `の内数`, `新規`, and for expense lines `再掲`/`後掲` (the units' scalars come from
  /// the lexicon).
  @inline(__always)
  static func mayBeInFigures(_ ch: Unicode.Scalar, expense: Bool) -> Bool {
    switch ch.value {
    case 0x20, 0x30...0x39, 0x2C, 0x2E, 0x2D, 0x2A, 0x5B, 0x5D, 0x28, 0x29: return true
    case 0x3A: return expense  // :
    case 0x2014, 0x25B2, 0x203B: return true  // — ▲ ※
    case 0x306E, 0x5185, 0x6570: return true  // の内数
    case 0x65B0, 0x898F: return true  // 新規
    case 0x518D, 0x63B2, 0x5F8C: return expense  // 再掲後
    default: return false
    }
  }

  /// Finds the figures that end a heading line: the earliest position from which the rest of
  /// the line reads as heading figures. Returns where the title ends and the figures.
  func trailingHeadingFigures(_ s: [Unicode.Scalar], from start: Int) throws
    -> (titleEnd: Int, amount: PrintedFigure, prior: PrintedFigure?)?
  {
    var p = max(start, figuresFloor(s, from: start, expense: false))
    while p < s.count {
      if Self.mayStartFigure(s, at: p) {
        var c = Cursor(s, from: p)
        if let (amount, prior) = try headingFigures(&c), Self.atLineEnd(c) {
          return (p, amount, prior)
        }
      }
      p += 1
    }
    return nil
  }
}

extension FigureParser {
  var eras: [[Unicode.Scalar]] { lexicon.eras }
  static let fiscalYearWord = scalars("年度")

  /// An era-dated budget label such as `令和5年度補正予算` (spaces allowed inside). Returns the
  /// label's range; the cursor stops before the amount.
  func budgetLabel(_ c: inout Cursor) -> Range<Int>? {
    let save = c.i
    guard let year = EraYear.scan(c.s, at: c.i, end: c.end, eras: eras) else { return nil }
    c.i = year.end
    guard c.consume("度") else {
      c.i = save
      return nil
    }
    while let ch = c.peek, !ch.isSpace, !ch.isASCIIDigit, ch != "▲", ch != "[", ch != "]" {
      c.i += 1
    }
    return save..<c.i
  }

  /// A figure for a budget other than the document's own: `令和5年度補正予算 899.4億円の内数`.
  func labelledFigure(_ c: inout Cursor, line: Line) throws -> PrintedFigure? {
    let save = c.i
    guard let labelRange = budgetLabel(&c) else { return nil }
    c.skipSpaces()
    guard var figure = try plainFigure(&c), figure.amount != nil else {
      c.i = save
      return nil
    }
    figure.label = line.compactText(labelRange)
    return figure
  }

  /// The figures that end an expense line: `253.9億円`, `7.0億円の内数（後掲） [令和5年度補正予算
  /// 0.1億円]`, `：令和5年度補正予算 10.2 億円`, `4.0 億円（新規）`.
  func expenseTail(_ c: inout Cursor, line: Line) throws
    -> (amount: PrintedFigure?, supplementary: PrintedFigure?, isNew: Bool)?
  {
    let save = c.i
    _ = c.consume(":")
    c.skipSpaces()
    var isNew = false
    var amount: PrintedFigure?
    var supplementary: PrintedFigure?
    if var supp = try labelledFigure(&c, line: line) {
      while marker(&c, into: &supp, isNew: &isNew) {}
      supplementary = supp
    } else if var main = try plainFigure(&c), main.amount != nil {
      while marker(&c, into: &main, isNew: &isNew) {}
      amount = main
      if var supp = try c.enclosed("[", "]", { try labelledFigure(&$0, line: line) }) {
        while marker(&c, into: &supp, isNew: &isNew) {}
        supplementary = supp
      }
    } else {
      c.i = save
      return nil
    }
    return (amount, supplementary, isNew)
  }

  /// Finds where an expense line's figures start. Returns the end of the name and the figures.
  func trailingExpenseFigures(_ line: Line, from start: Int) throws
    -> (nameEnd: Int, amount: PrintedFigure?, supplementary: PrintedFigure?, isNew: Bool)?
  {
    let s = line.normalized
    let eras = self.eras
    var p = max(start, figuresFloor(s, from: start, expense: true))
    while p < s.count {
      let ch = s[p]
      if ch == ":" || eras.contains(where: { s.matches($0, at: p) })
        || Self.mayStartFigure(s, at: p)
      {
        var c = Cursor(s, from: p)
        if let tail = try expenseTail(&c, line: line), Self.atLineEnd(c) {
          return (p, tail.amount, tail.supplementary, tail.isNew)
        }
      }
      p += 1
    }
    return nil
  }
}
