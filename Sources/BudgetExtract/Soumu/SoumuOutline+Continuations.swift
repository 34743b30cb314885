import BudgetModel

extension SoumuOutline {
  /// Whether `seg` continues what the lines before it left open — an expense-list entry
  /// wrapped before its figures, the rest of an expense name, a run of amounts after a run of
  /// headings, a heading's amount or title, an expense's name or supplementary figure — and
  /// was taken up.
  mutating func continuesPrevious(
    _ seg: Segment, heading: (level: OutlineLevel, number: String, titleStart: Int)?,
    isExpenseLine: Bool
  ) throws -> Bool {
    let s = seg.s
    if let entry = wrappedEntry {
      wrappedEntry = nil
      let tail = tentativeTail
      tentativeTail = nil
      var completed = false
      if heading == nil, !isExpenseLine, !seg.isBullet {
        do {
          completed = try completeWrappedEntry(entry, seg)
        } catch {
          addTail(tail)
          throw error
        }
      }
      // The line that may have been the rest of the previous name was an entry of its own.
      if completed { return true }
      addTail(tail)
    }
    if let index = completedExpense {
      completedExpense = nil
      if heading == nil, !isExpenseLine, !seg.isBullet, try appendExpenseTail(index, seg) {
        return true
      }
    }
    // Reading-order text: a run of headings, then a run of their amounts.
    let bare = heading == nil ? try bareAmount(s) : nil
    if !amountRun.isEmpty, bare == nil { resolveAmountRun() }
    if let bare, unpairedHeadings.count >= 2 {
      amountRun.append((bare.amount, bare.prior, seg))
      return true
    }
    if try continuesHeading(seg, bare: bare, isNew: heading == nil && !isExpenseLine) {
      return true
    }
    guard heading == nil, !isExpenseLine, !seg.isBullet else { return false }
    return try continuesExpense(seg)
  }

  /// A line that completes the pending heading: its amount, or the rest of its title (with
  /// the figures that may follow it).
  private mutating func completesPendingHeading(
    _ seg: Segment, bare: (amount: PrintedFigure, prior: PrintedFigure?)?, isNew: Bool
  ) throws -> Bool {
    let s = seg.s
    if let pending = pendingHeading, isNew, !seg.isBullet || seg.isTightDot {
      if let (amount, prior) = bare {
        if kind == .overview, prior != nil { overviewWasDetails() }
        let pending = pendingHeading ?? pending
        updateHeading(pending) { record in
          record.amount = amount
          record.prior = prior
          record.span.endLine = seg.line.endNumber
        }
        pendingHeading = nil
        unpairedHeadings = []
        return true
      }
      if s.count <= Self.continuationLimit, s.last != Self.sentenceEnd, s.first != "[",
        s.first != "※"
      {
        let found = try figures.trailingHeadingFigures(s, from: 0)
        let titleEnd = found?.titleEnd ?? s.count
        let more = seg.bulletMark + seg.line.trimmedText(0..<titleEnd)
        updateHeading(pending) { record in
          record.title += more
          record.span.endLine = seg.line.endNumber
          if let found {
            record.amount = found.amount
            record.prior = found.prior
          }
        }
        if found != nil {
          pendingHeading = nil
          completedHeading = pending
        }
        return true
      }
    }
    return false
  }

  /// The previous heading's amount, or the rest of its title (before or after its figures).
  mutating func continuesHeading(
    _ seg: Segment, bare: (amount: PrintedFigure, prior: PrintedFigure?)?, isNew: Bool
  ) throws -> Bool {
    let s = seg.s
    if try completesPendingHeading(seg, bare: bare, isNew: isNew) { return true }
    pendingHeading = nil
    // Anything but a heading between headings and amounts ends a run.
    if isNew { unpairedHeadings = [] }
    // (A middle dot starting the line continues a title in the overview list, which has no
    // bullets; in the details only a few words after it do: `・説明…` is a bullet.)
    let dotTail = seg.isTightDot && (kind == .overview || s.count <= Self.dotTailLimit)
    if let done = completedHeading, isNew, !seg.isBullet || dotTail,
      isTitleTail(seg),
      tailLines < Self.titleTailLines
    {
      // The rest of a title wrapped after its amount (`(3) …事業費及び財 904.2 億円` / `源の確実な確保`).
      updateHeading(done) { record in
        record.title += seg.titleText
        record.span.endLine = seg.line.endNumber
      }
      tailLines += 1
      return true
    }
    completedHeading = nil
    tailLines = 0
    return false
  }

  /// The previous expense's name or its supplementary figure.
  mutating func continuesExpense(_ seg: Segment) throws -> Bool {
    let s = seg.s
    // A line that completes the previous expense: its name or its supplementary figure.
    if let pending = pendingExpense {
      pendingExpense = nil
      if pending.needsSupplementary {
        var c = Cursor(s)
        if let tail = try figures.expenseTail(&c, line: seg.line), FigureParser.atLineEnd(c) {
          out.expenses[pending.index].amount =
            tail.amount ?? out.expenses[pending.index].amount
          out.expenses[pending.index].supplementary = tail.supplementary
          out.expenses[pending.index].isNew =
            out.expenses[pending.index].isNew || tail.isNew
          out.expenses[pending.index].span.endLine = seg.line.endNumber
          return true
        }
      } else if s.count <= Self.continuationLimit, s.last != Self.sentenceEnd {
        if let found = try figures.trailingExpenseFigures(seg.line, from: 0) {
          out.expenses[pending.index].name +=
            seg.line.trimmedText(0..<found.nameEnd).trimmingColon
          out.expenses[pending.index].amount = found.amount
          out.expenses[pending.index].supplementary = found.supplementary
          out.expenses[pending.index].isNew = found.isNew
          out.expenses[pending.index].span.endLine = seg.line.endNumber
          return true
        }
        let more = seg.line.trimmedText(0..<s.count)
        out.expenses[pending.index].name += more.trimmingColon
        out.expenses[pending.index].span.endLine = seg.line.endNumber
        pendingExpense = (pending.index, Self.endsWithColon(more))
        return true
      }
    }
    return false
  }
}
