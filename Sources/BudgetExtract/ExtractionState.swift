import BudgetModel

/// The line-by-line rules of `SoumuOverviewLayout`: a state machine over logical lines.
struct ExtractionState {
  enum Mode: Equatable {
    case preamble
    case section
    case overview
    case detail
    case filp
  }

  var document: ExtractedDocument
  var mode: Mode = .preamble
  var sectionTitle = ""
  var tableUnit: String?
  var currentTable: SummaryTableRecord?
  /// A summary-table row printed one cell per line (reading-order PDF text), and the label
  /// a headline amount on its own line belongs to.
  var tableRow = TableRowInProgress()
  var maxOverviewChapter = 0
  var filpHeading = ""
  var filpProgram = ""

  /// A heading whose amount (or the rest of whose title) may follow on the next line.
  var pendingHeading: (inDetail: Bool, index: Int)?
  /// A heading whose figures ended its line: a short line after it may end its title.
  var completedHeading: (inDetail: Bool, index: Int)?
  /// Headings in a row that ended without figures (reading-order text prints their amounts
  /// after them, as a run) and the run of amounts being read.
  var unpairedHeadings: [(inDetail: Bool, index: Int)] = []
  var amountRun: [(amount: PrintedFigure, prior: PrintedFigure?, segment: Segment)] = []
  /// How many lines have been added to `completedHeading`'s title.
  var tailLines = 0
  /// The expense that a following `[令和5年度補正予算 …]` line or `(後掲)` belongs to.
  var lastExpense: Int?
  /// An expense whose figures ended its line: a short line after it may end its name.
  var completedExpense: Int?
  /// The expense as it was before a line was added to its name, should that line turn out
  /// to be the next entry.
  var undoTail: (index: Int, record: ExpenseRecord)?
  /// A line after a 【主な経費】 list that may be an entry wrapped before its figures.
  var wrappedEntry: Segment?
  /// Whether bare `name amount` lines are further entries of a 【主な経費】 list.
  var expenseListOpen = false
  /// An expense line that ended before its figures (`…：` or a wrapped name).
  var pendingExpense: (index: Int, needsSupplementary: Bool)?

  /// The figure grammar, with the units and eras of the run's lexicon.
  let figures: SoumuFigures
  /// Cuts lines before the layout's list marks.
  let segmenter = Segmenter(listMarks: [SoumuOverviewLayout.mainExpenseMark])

  init(document: ExtractedDocument, lexicon: Lexicon) {
    self.document = document
    self.figures = SoumuFigures(lexicon: lexicon)
  }

  static let overviewMark = SoumuOverviewLayout.overviewMark
  static let filpMarks = SoumuOverviewLayout.filpMarks
  static let sectionMark = SoumuOverviewLayout.sectionMark

  mutating func consume(_ raw: Line) {
    // Most lines are one segment, cleaned in place: no array of segments for them.
    if segmenter.isPlain(raw) {
      if let segment = Segment.clean(raw) { consume(segment) }
      return
    }
    for segment in segmenter.segments(of: raw) { consume(segment) }
  }

  private mutating func consume(_ segment: Segment) {
    do {
      try handle(segment)
    } catch let error as MalformedNumber {
      report(.malformedAmount, "malformed amount '\(error.text)'", segment)
    } catch {
      // The parsers throw only MalformedNumber today; any other error still keeps the line,
      // reported with its number and a sentence rather than a raw error value.
      report(
        .unrecognizedLine, "a line the figure parsers could not read (\(type(of: error)))",
        segment)
    }
  }

  mutating func finish() {
    resolveAmountRun()
    closeTable()
    pendingHeading = nil
    pendingExpense = nil
  }

  // MARK: - Dispatch

  mutating func handle(_ seg: Segment) throws {
    let s = seg.s
    if s.containsAny(of: Self.filpMarks),
      OutlineHeading.parse(s) == nil, !s.contains("["), !seg.isBullet
    {
      closeTable()
      mode = .filp
      filpHeading = seg.line.text(0..<s.count)
      return
    }
    switch mode {
    case .preamble, .section:
      try handleFrontMatter(seg)
    case .overview, .detail:
      try handleOutline(seg)
    case .filp:
      try handleFilp(seg)
    }
  }

  mutating func report(_ kind: Diagnostic.Kind, _ message: String, _ seg: Segment) {
    document.diagnostics.append(
      Diagnostic(
        kind: kind, message: message, text: seg.line.text(0..<seg.line.original.count),
        span: seg.span))
  }

  /// Whether a piece of text carries something that looks like a money figure.
  func carriesFigure(_ s: [Unicode.Scalar]) -> Bool {
    // Every figure starts with a number: without a digit there is nothing to try.
    guard s.contains(where: { $0.isASCIIDigit }) else { return false }
    var p = 0
    while p < s.count {
      if FigureParser.mayStartFigure(s, at: p) {
        var c = Cursor(s, from: p)
        if let amount = try? figures.money(&c) {
          if amount.parts.contains(where: { $0.unit.map { $0 != "円" } ?? false }) { return true }
          c.skipSpaces()
          if c.consume("("), (try? figures.plainFigure(&c)) != nil { return true }
        }
      }
      p += 1
    }
    return false
  }

  // MARK: - Title, publication, headline totals and summary tables

  static let monthWord: Unicode.Scalar = "月"

  mutating func handleFrontMatter(_ seg: Segment) throws {
    let s = seg.s
    let text = seg.line.text(0..<s.count)
    if s.firstIndex(of: Self.overviewMark) != nil, OutlineHeading.parse(s) == nil {
      closeTable()
      mode = .overview
      return
    }
    if let heading = OutlineHeading.parse(s), heading.level == .chapter {
      closeTable()
      mode = .overview
      try handleOutline(seg)
      return
    }
    if s.first == Self.sectionMark, s.count > 1,
      s[1].isASCIIDigit || KanjiNumeral.parse(s, at: 1) != nil
    {
      closeTable()
      mode = .section
      sectionTitle = text
      tableUnit = nil
      tableRow = TableRowInProgress()
      return
    }
    if mode == .preamble {
      if isPublicationDate(s) {
        if document.publication == nil {
          document.publication = TextRecord(text: text, span: seg.span)
        }
      } else if carriesFigure(s) {
        report(.unrecognizedLine, "a figure before any section heading", seg)
      } else {
        document.titles.append(TextRecord(text: text, span: seg.span))
      }
      return
    }
    // A unit line such as （億円）.
    if s.first == "(", s.last == ")", s.count <= 8 {
      var c = Cursor(s, from: 1, to: s.count - 1)
      c.skipSpaces()
      for u in figures.units where c.consume(u) {
        tableUnit = seg.line.trimmedText(1..<(s.count - 1))
        return
      }
    }
    try handleSectionBody(seg)
  }

  mutating func closeTable() {
    resolveHeadlineRun()
    if let table = currentTable { document.summaryTables.append(table) }
    currentTable = nil
    tableRow = TableRowInProgress()
  }

  func isPublicationDate(_ s: [Unicode.Scalar]) -> Bool {
    guard let year = EraYear.scan(s, at: 0, eras: figures.eras) else { return false }
    var c = Cursor(s, from: year.end)
    c.skipSpaces()
    var monthDigits = 0
    while let ch = c.peek, ch.isASCIIDigit {
      c.i += 1
      monthDigits += 1
    }
    guard monthDigits > 0, c.consume(Self.monthWord) else { return false }
    c.skipSpaces()
    return c.atEnd || c.peek?.isASCIIDigit == true
  }

  // MARK: - FILP

  mutating func handleFilp(_ seg: Segment) throws {
    let s = seg.s
    let text = seg.line.text(0..<s.count)
    if s.first == "◎" || s.first == "○" || seg.isCircle {
      filpProgram =
        seg.line.trimmedText(s.first == "◎" || s.first == "○" ? 1..<s.count : 0..<s.count)
      return
    }
    if s.first == "[", s.last == "]" {
      var start = 1
      var found = false
      for k in 1...(s.count - 1) where k == s.count - 1 || s[k] == "、" || s[k] == "," {
        var c = Cursor(s, from: start, to: k)
        c.skipSpaces()
        let labelStart = c.i
        while let ch = c.peek, !ch.isASCIIDigit, ch != "▲" { c.i += 1 }
        let labelEnd = c.i
        if let amount = try figures.money(&c) {
          c.skipSpaces()
          if c.atEnd {
            let label = seg.line.trimmedText(labelStart..<labelEnd)
            document.filp.append(
              FilpRecord(
                program: filpProgram, heading: filpHeading,
                figure: PrintedFigure(amount: amount, label: label), span: seg.span))
            found = true
          }
        }
        start = k + 1
      }
      if found { return }
    }
    if carriesFigure(s) {
      report(.unrecognizedLine, "a figure in the FILP block that is not a FILP entry", seg)
    } else if filpProgram.isEmpty {
      filpProgram = text
    }
  }
}

extension String {
  /// Trims ASCII and ideographic spaces and tabs. Works on the UTF-8 bytes: ` ` and tab are one
  /// byte each, `　` (U+3000) is `E3 80 80`, and no other character's encoding contains those
  /// byte sequences at a character boundary.
  var trimmingSpaces: String {
    var copy = self
    return copy.withUTF8 { bytes -> String in
      var lo = 0
      var hi = bytes.count
      while lo < hi {
        let b = bytes[lo]
        if b == 0x20 || b == 0x09 {
          lo += 1
        } else if b == 0xE3, lo + 2 < hi, bytes[lo + 1] == 0x80, bytes[lo + 2] == 0x80 {
          lo += 3
        } else {
          break
        }
      }
      while hi > lo {
        let b = bytes[hi - 1]
        if b == 0x20 || b == 0x09 {
          hi -= 1
        } else if b == 0x80, hi - 3 >= lo, bytes[hi - 2] == 0x80, bytes[hi - 3] == 0xE3 {
          hi -= 3
        } else {
          break
        }
      }
      if lo == 0 && hi == bytes.count { return self }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }
  }
}
