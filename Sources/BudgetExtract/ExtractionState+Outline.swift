import BudgetModel

extension ExtractionState {
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
    if mode == .overview, isExpenseLine || (seg.isBullet && !seg.isTightDot) {
      overviewWasDetails()
    }
    if try continuesPrevious(seg, heading: heading, isExpenseLine: isExpenseLine) { return }
    if let heading {
      try startHeading(heading, seg)
      return
    }
    guard mode == .detail else {
      if carriesFigure(s) {
        report(.unrecognizedLine, "a figure in the overview list outside any heading", seg)
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
    if carriesFigure(s) {
      report(.unrecognizedLine, "a line with a figure outside any heading or expense list", seg)
    }
  }

  /// `(後掲)` or `(新規)` on a line of its own: markers of the last expense's figures.
  mutating func appliesMarkers(_ seg: Segment) -> Bool {
    let s = seg.s
    if s.first == "(", let last = lastExpense {
      var c = Cursor(s)
      var figure =
        document.expenses[last].supplementary ?? document.expenses[last].amount
        ?? PrintedFigure(amount: nil)
      var isNew = false
      var any = false
      while figures.marker(&c, into: &figure, isNew: &isNew) { any = true }
      if any, FigureParser.atLineEnd(c) {
        if document.expenses[last].supplementary != nil {
          document.expenses[last].supplementary = figure
        } else {
          document.expenses[last].amount = figure
        }
        document.expenses[last].isNew = document.expenses[last].isNew || isNew
        document.expenses[last].span.endLine = seg.line.endNumber
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
    if carriesFigure(s) {
      report(
        .unrecognizedLine, "a bullet with a figure that is not a breakdown of its heading", seg)
    }
  }

  var currentDetailIndex: Int? { document.details.isEmpty ? nil : document.details.count - 1 }

  mutating func updateHeading(
    _ pending: (inDetail: Bool, index: Int), _ change: (inout OutlineRecord) -> Void
  ) {
    if pending.inDetail {
      change(&document.details[pending.index])
    } else {
      change(&document.overview[pending.index])
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
      if mode == .overview, value <= maxOverviewChapter, !document.overview.isEmpty {
        mode = .detail
      }
      if mode == .overview { maxOverviewChapter = max(maxOverviewChapter, value) }
    }
    var record = OutlineRecord(
      level: heading.level, number: heading.number, title: "", amount: nil, span: seg.span)
    let found = try figures.trailingHeadingFigures(s, from: heading.titleStart)
    if mode == .overview, found?.prior != nil { overviewWasDetails() }
    record.title = seg.line.trimmedText(heading.titleStart..<(found?.titleEnd ?? s.count))
    if let found {
      record.amount = found.amount
      record.prior = found.prior
    }
    let inDetail = mode == .detail
    if inDetail {
      document.details.append(record)
    } else {
      document.overview.append(record)
    }
    let index = (inDetail, inDetail ? document.details.count - 1 : document.overview.count - 1)
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
      && !carriesFigure(s)
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
      completedExpense = document.expenses.count - 1
      return
    }
    let endsWithColon = s.last == ":"
    if start == 0 && !endsWithColon {
      // Not a list entry: the list has ended — unless the next line holds its figures.
      expenseListOpen = false
      if carriesFigure(s) {
        report(.unrecognizedLine, "a line with a figure that is not an expense entry", seg)
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
    pendingExpense = (document.expenses.count - 1, name.hasSuffix(":") || name.hasSuffix("："))
    expenseListOpen = true
  }

  mutating func appendExpense(_ record: ExpenseRecord) {
    document.expenses.append(record)
    lastExpense = document.expenses.count - 1
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
      if c.atEnd, let last = lastExpense, document.expenses[last].supplementary == nil {
        supp.isBracketed = false
        document.expenses[last].supplementary = supp
        document.expenses[last].span.endLine = seg.line.endNumber
        return
      }
      report(.unrecognizedLine, "a supplementary-budget figure with no expense before it", seg)
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
    if carriesFigure(s) {
      report(.unrecognizedLine, "a bracketed figure that belongs to no heading or expense", seg)
    }
  }
}

extension String {
  /// Drops a trailing `:` or `：`.
  var trimmingColon: String {
    // Only a string whose last bytes are `:` (3A) or `：` (EF BC 9A) can end with either
    // character; the rest just trim spaces.
    var copy = self
    let endsWithColon = copy.withUTF8 { bytes in
      let n = bytes.count
      return (n >= 1 && bytes[n - 1] == 0x3A)
        || (n >= 3 && bytes[n - 1] == 0x9A && bytes[n - 2] == 0xBC && bytes[n - 3] == 0xEF)
    }
    guard endsWithColon else { return trimmingSpaces }
    var result = self
    while result.hasSuffix(":") || result.hasSuffix("：") { result.removeLast() }
    return result.trimmingSpaces
  }
}
