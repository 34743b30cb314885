import BudgetModel

/// The outline part of a 総務省 overview (`SoumuOverviewMachine.State.outline`): the overview
/// list after 「…主要事項」 and the detail sections — chapters (`I`–`V`), items, sub-items
/// `(1)` and `(a)` with their amounts, 【主な経費】 lists, breakdown bullets, bracketed memo and
/// supplementary-budget figures, `(後掲)`/`(新規)` markers — read from the shared blocks
/// (outline markers, `SoumuFigures`). Its records stay here until the part ends: an amount
/// printed after a run of headings, the rest of a wrapped name, or the overview list that
/// turns out to be the detail sections change them while they are still the part's own.
struct SoumuOutline {
  /// What the headings read so far are: the overview list, or the detail sections.
  enum Kind {
    case overview
    case detail
  }

  let figures: SoumuFigures
  var out = SoumuRecords()
  var kind = Kind.overview
  var maxOverviewChapter = 0

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
  /// A line that ends an expense's name, or is the next entry wrapped before its figures
  /// (`wrappedEntry`): the line after it tells, and only then is it added to the name.
  var tentativeTail: (index: Int, text: String, endLine: Int)?
  /// A line after a 【主な経費】 list that may be an entry wrapped before its figures.
  var wrappedEntry: Segment?
  /// Whether bare `name amount` lines are further entries of a 【主な経費】 list.
  var expenseListOpen = false
  /// An expense line that ended before its figures (`…：` or a wrapped name).
  var pendingExpense: (index: Int, needsSupplementary: Bool)?

  init(figures: SoumuFigures) {
    self.figures = figures
  }

  /// A line of the outline; a line the figure parsers cannot read is reported.
  mutating func receive(_ seg: Segment) {
    do {
      try handleOutline(seg)
    } catch {
      out.reportFailure(error, seg)
    }
  }

  /// The end of the part: a line still waiting is added to its name, a run of amounts is
  /// paired with its headings or reported.
  mutating func close() {
    addTail(tentativeTail)
    tentativeTail = nil
    wrappedEntry = nil
    resolveAmountRun()
    pendingHeading = nil
    pendingExpense = nil
  }
}

extension SoumuOutline {
  static let continuationLimit = 64
  static let titleTailLimit = 40
  static let titleTailLines = 3
  static let dotTailLimit = 16
  static let sentenceEnd: Unicode.Scalar = "。"

  /// The overview list and the detail sections: headings, amounts on their own lines, wrapped
  /// titles, 【主な経費】 lists, breakdown bullets and bracketed memo figures.
  mutating func handleOutline(_ seg: Segment) throws {
    let s = seg.s
    let heading = OutlineHeading.parse(s)
    let isExpenseLine = s.matches(SoumuOverviewLayout.mainExpenseMark, at: 0)
    if kind == .overview, isExpenseLine || (seg.isBullet && !seg.isTightDot) {
      overviewWasDetails()
    }
    if try continuesPrevious(seg, heading: heading, isExpenseLine: isExpenseLine) { return }
    if let heading {
      try startHeading(heading, seg)
      return
    }
    guard kind == .detail else {
      if figures.carriesFigure(s) {
        out.report(.unrecognizedLine, "a figure in the overview list outside any heading", seg)
      }
      return
    }
    try handleDetailLine(seg, isExpenseLine: isExpenseLine)
  }

  /// A line of the detail sections that starts no heading.
  mutating func handleDetailLine(_ seg: Segment, isExpenseLine: Bool) throws {
    let s = seg.s
    if isExpenseLine {
      try startExpense(seg, from: SoumuOverviewLayout.mainExpenseMark.count)
      return
    }
    if s.first == "[", s.last == "]" {
      try handleBracketLine(seg)
      return
    }
    if appliesMarkers(seg) { return }
    if seg.isBullet {
      try handleBullet(seg)
      return
    }
    if expenseListOpen {
      try startExpense(seg, from: 0)
      return
    }
    if figures.carriesFigure(s) {
      out.report(.unrecognizedLine, "a line with a figure outside any heading or expense list", seg)
    }
  }

  /// `(後掲)` or `(新規)` on a line of its own: markers of the last expense's figures.
  mutating func appliesMarkers(_ seg: Segment) -> Bool {
    let s = seg.s
    if s.first == "(", let last = lastExpense {
      var c = Cursor(s)
      var figure =
        out.expenses[last].supplementary ?? out.expenses[last].amount
        ?? PrintedFigure(amount: nil)
      var isNew = false
      var any = false
      while figures.marker(&c, into: &figure, isNew: &isNew) { any = true }
      if any, FigureParser.atLineEnd(c) {
        if out.expenses[last].supplementary != nil {
          out.expenses[last].supplementary = figure
        } else {
          out.expenses[last].amount = figure
        }
        out.expenses[last].isNew = out.expenses[last].isNew || isNew
        out.expenses[last].span.endLine = seg.line.endNumber
        return true
      }
    }
    return false
  }

  /// A bullet: a breakdown of its heading (`・ 地方交付税等 197,990.5(185,780.0)`), or text.
  mutating func handleBullet(_ seg: Segment) throws {
    let s = seg.s
    expenseListOpen = false
    if let found = try figures.trailingHeadingFigures(s, from: 1),
      found.prior != nil || found.amount.amount?.parts.contains(where: { $0.unit != nil }) == true
    {
      appendExpense(
        ExpenseRecord(
          kind: .breakdown, name: seg.line.trimmedText(0..<found.titleEnd),
          amount: found.amount,
          prior: found.prior, supplementary: nil, isNew: found.prior?.isNewMarker ?? false,
          detailIndex: currentDetailIndex, span: seg.span))
      expenseListOpen = false
      return
    }
    if figures.carriesFigure(s) {
      out.report(
        .unrecognizedLine, "a bullet with a figure that is not a breakdown of its heading", seg)
    }
  }

  var currentDetailIndex: Int? { out.details.isEmpty ? nil : out.details.count - 1 }

  mutating func updateHeading(
    _ pending: (inDetail: Bool, index: Int), _ change: (inout OutlineRecord) -> Void
  ) {
    if pending.inDetail {
      change(&out.details[pending.index])
    } else {
      change(&out.overview[pending.index])
    }
  }

  mutating func startHeading(
    _ heading: (level: OutlineLevel, number: String, titleStart: Int), _ seg: Segment
  ) throws {
    let s = seg.s
    expenseListOpen = false
    lastExpense = nil
    pendingExpense = nil
    if heading.level == .chapter, let value = OutlineHeading.romanValue(heading.number) {
      if kind == .overview, value <= maxOverviewChapter, !out.overview.isEmpty {
        kind = .detail
      }
      if kind == .overview { maxOverviewChapter = max(maxOverviewChapter, value) }
    }
    var record = OutlineRecord(
      level: heading.level, number: heading.number, title: "", amount: nil, span: seg.span)
    let found = try figures.trailingHeadingFigures(s, from: heading.titleStart)
    if kind == .overview, found?.prior != nil { overviewWasDetails() }
    record.title = seg.line.trimmedText(heading.titleStart..<(found?.titleEnd ?? s.count))
    if let found {
      record.amount = found.amount
      record.prior = found.prior
    }
    let inDetail = kind == .detail
    if inDetail {
      out.details.append(record)
    } else {
      out.overview.append(record)
    }
    let index = (inDetail, inDetail ? out.details.count - 1 : out.overview.count - 1)
    if found == nil {
      pendingHeading = index
      // Chapters (`III …`) carry no amounts in this layout.
      if heading.level != .chapter { unpairedHeadings.append(index) }
    } else {
      completedHeading = index
      unpairedHeadings = []
    }
  }

  /// A short line without figures that can end a title wrapped after its figures.
  func isTitleTail(_ seg: Segment) -> Bool {
    let s = seg.s
    return s.count <= Self.titleTailLimit && s.last != Self.sentenceEnd && s.first != "["
      && s.first != "※"
      && !figures.carriesFigure(s)
  }

  /// A 【主な経費】 line, or a further line of the list (`from` is where the name starts).
  mutating func startExpense(_ seg: Segment, from start: Int) throws {
    let s = seg.s
    var nameStart = start
    while nameStart < s.count, s[nameStart].isSpace { nameStart += 1 }
    if let found = try figures.trailingExpenseFigures(seg.line, from: nameStart) {
      appendExpense(
        ExpenseRecord(
          kind: .main, name: seg.line.trimmedText(nameStart..<found.nameEnd).trimmingColon,
          amount: found.amount, supplementary: found.supplementary, isNew: found.isNew,
          detailIndex: currentDetailIndex, span: seg.span))
      expenseListOpen = true
      completedExpense = out.expenses.count - 1
      return
    }
    let endsWithColon = s.last == ":"
    if start == 0 && !endsWithColon {
      // Not a list entry: the list has ended — unless the next line holds its figures.
      expenseListOpen = false
      if figures.carriesFigure(s) {
        out.report(.unrecognizedLine, "a line with a figure that is not an expense entry", seg)
      } else if s.count <= Self.continuationLimit, s.last != Self.sentenceEnd {
        wrappedEntry = seg
      }
      return
    }
    let name = seg.line.trimmedText(nameStart..<s.count)
    appendExpense(
      ExpenseRecord(
        kind: .main, name: name.trimmingColon, amount: nil, supplementary: nil, isNew: false,
        detailIndex: currentDetailIndex, span: seg.span))
    pendingExpense = (out.expenses.count - 1, Self.endsWithColon(name))
    expenseListOpen = true
  }

  /// `text.hasSuffix(":") || text.hasSuffix("：")`, asked only when the last scalar is one of
  /// them (a last `Character` equal to a colon ends with that scalar).
  static func endsWithColon(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, last == ":" || last == "：" else { return false }
    return text.hasSuffix(":") || text.hasSuffix("：")
  }

  mutating func appendExpense(_ record: ExpenseRecord) {
    out.expenses.append(record)
    lastExpense = out.expenses.count - 1
  }

  /// `[令和5年度補正予算 899.4億円の内数]` (the last expense's supplementary figure), or
  /// `[地方交付税(…) 186,670.5億円(183,611.0億円)]` (a memo figure).
  mutating func handleBracketLine(_ seg: Segment) throws {
    let s = seg.s
    var c = Cursor(s, from: 1, to: s.count - 1)
    c.skipSpaces()
    if var supp = try figures.labelledFigure(&c, line: seg.line) {
      var isNew = false
      while figures.marker(&c, into: &supp, isNew: &isNew) {}
      c.skipSpaces()
      if c.atEnd, let last = lastExpense, out.expenses[last].supplementary == nil {
        supp.isBracketed = false
        out.expenses[last].supplementary = supp
        out.expenses[last].span.endLine = seg.line.endNumber
        return
      }
      out.report(.unrecognizedLine, "a supplementary-budget figure with no expense before it", seg)
      return
    }
    let inner = Array(s[1..<(s.count - 1)])
    if let found = try figures.trailingHeadingFigures(inner, from: 1) {
      var amount = found.amount
      amount.isBracketed = true
      var prior = found.prior
      prior?.isBracketed = true
      appendExpense(
        ExpenseRecord(
          kind: .memo, name: seg.line.trimmedText(1..<(1 + found.titleEnd)), amount: amount,
          prior: prior, supplementary: nil, isNew: false, detailIndex: currentDetailIndex,
          span: seg.span))
      expenseListOpen = false
      return
    }
    if figures.carriesFigure(s) {
      out.report(.unrecognizedLine, "a bracketed figure that belongs to no heading or expense", seg)
    }
  }
}
