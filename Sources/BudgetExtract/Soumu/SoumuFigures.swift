import BudgetModel

/// The figure grammar of 総務省's overview (`SoumuOverviewLayout`), built on the shared
/// `FigureParser`: a heading's figures with the prior year in parentheses
/// (`197,990.5(185,780.0)`), `[…]` memo figures, `の内数`, the markers `(新規)`, `(再掲)`,
/// `(後掲)`, and the 【主な経費】 lines' figures with an era-dated budget label
/// (`：令和5年度補正予算 10.2 億円`). Its words are here, not in the shared parser.
struct SoumuFigures: Sendable {
  /// The shared grammar: numbers and amounts with the lexicon's units.
  let parser: FigureParser

  init(lexicon: Lexicon) {
    parser = FigureParser(lexicon: lexicon)
  }

  var lexicon: Lexicon { parser.lexicon }
  var units: [[Unicode.Scalar]] { parser.units }
  var eras: [[Unicode.Scalar]] { lexicon.eras }

  static let partOf = scalars("の内数")
  static let newMarker = scalars("新規")
  static let reposted = scalars("再掲")
  static let shownLater = scalars("後掲")
  static let fiscalYearWord = scalars("年度")
  /// The scalars of the words a heading's figures may hold (`の内数`, `新規`), and those an
  /// expense line's may hold besides (`再掲`, `後掲`): what `figuresFloor` may skip.
  static let figureWordScalars = wordScalars([partOf, newMarker], except: [])
  static let expenseWordScalars = wordScalars([reposted, shownLater], except: figureWordScalars)

  static func wordScalars(_ words: [[Unicode.Scalar]], except: [Unicode.Scalar])
    -> [Unicode.Scalar]
  {
    Array(Set(words.joined()).subtracting(except)).sorted { $0.value < $1.value }
  }

  /// An amount (the shared grammar).
  func money(_ c: inout Cursor) throws -> PrintedAmount? { try parser.money(&c) }

  /// `—`, `新規`, or an amount with an optional `の内数`.
  func plainFigure(_ c: inout Cursor) throws -> PrintedFigure? {
    if c.consume("—") { return PrintedFigure(amount: nil) }
    if c.consume(Self.newMarker) { return PrintedFigure(amount: nil, isNewMarker: true) }
    guard let amount = try parser.money(&c) else { return nil }
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
      // (The next digit found eight scalars at a time: titles hold few.)
      guard
        let digit = s.withUnsafeBufferPointer({
          $0.firstIndex(ofDigitOr: "0", "0", "0", from: k, to: floor)
        })
      else { break }
      k = digit
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

  /// Whether a figure parser (or `atLineEnd`) may consume `ch`: spaces, digits,
  /// `, . - * : [ ] ( )`, `— ▲ ※`, the scalars of `figureWordScalars` (`の内数`, `新規`) and,
  /// for expense lines, of `expenseWordScalars` (`再掲`, `後掲`); the units' scalars come from
  /// the lexicon. The words' scalars are spelled out as code points because a switch is what
  /// keeps this scan as cheap as it was in the shared parser (a lookup in the word lists costs
  /// +20% of the scan); `SoumuLayoutBlocksTests` holds them to the words.
  @inline(__always)
  static func mayBeInFigures(_ ch: Unicode.Scalar, expense: Bool) -> Bool {
    switch ch.value {
    case 0x20, 0x30...0x39, 0x2C, 0x2E, 0x2D, 0x2A, 0x5B, 0x5D, 0x28, 0x29: return true
    case 0x3A: return expense  // :
    case 0x2014, 0x25B2, 0x203B: return true  // — ▲ ※
    case 0x306E, 0x5185, 0x6570, 0x65B0, 0x898F: return true  // figureWordScalars
    case 0x518D, 0x5F8C, 0x63B2: return expense  // expenseWordScalars
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
      // Positions where no figure may start are skipped eight at a time.
      guard let next = FigureParser.nextFigureStart(s, from: p) else { return nil }
      p = next
      if FigureParser.mayStartFigure(s, at: p) {
        var c = Cursor(s, from: p)
        if let (amount, prior) = try headingFigures(&c), FigureParser.atLineEnd(c) {
          return (p, amount, prior)
        }
      }
      p += 1
    }
    return nil
  }
}

extension SoumuFigures {
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
        || FigureParser.mayStartFigure(s, at: p)
      {
        var c = Cursor(s, from: p)
        if let tail = try expenseTail(&c, line: line), FigureParser.atLineEnd(c) {
          return (p, tail.amount, tail.supplementary, tail.isNew)
        }
      }
      p += 1
    }
    return nil
  }
}
