import BudgetModel

extension GenericReader {
  /// A line of figures in broken sentences or an item line under one (`ClauseFigures`), kept
  /// until the document's arithmetic is checked (`checkClauseLines`).
  struct PendingClauseLine {
    var line: Line
    var text: String
    var reading: ClauseFigures.Reading
    var isItem: Bool
    var context: String?
  }

  /// A line about to be reported as figures no rule reads: a sentence's or an item's
  /// figures kept for the arithmetic. True when the line was taken.
  mutating func takeClauseLine(_ line: Line, _ text: String) -> Bool {
    takeClauseSentence(line, text) || takeClauseItem(line, text)
      || takeClauseContinuation(line, text)
  }

  /// `平成16年度予算 SACO関係経費 266億円 これを含めた防衛関係費の総額 前年度と比べて500億円(1.0%)
  /// 減額の4兆9,030億円となる1` right after such a sentence's line: the sentence continued on the
  /// next line, with no replaced prose of its own. Kept with it when every figure of the line
  /// is read as a clause. True when the line was taken.
  mutating func takeClauseContinuation(_ line: Line, _ text: String) -> Bool {
    guard let last = clauseLines.last, !last.isItem, last.line.endNumber + 1 == line.number,
      !ClauseFigures.prose.contains(where: text.contains),
      let reading = ClauseFigures.read(text, parser: parser), reading.unread == 0
    else { return false }
    clauseLines.append(
      PendingClauseLine(
        line: line, text: text, reading: reading, isItem: false,
        context: Self.yearBudgetLead(text, stages: true) ?? context))
    noteEraClauseTitle(line, text)
    return true
  }

  /// `宮廷費(説明文)56億7900万円、1億3300万円の増(説明文)`: a line whose amounts stand in the
  /// clauses of a sentence cut by replaced prose, otherwise reported as an amount inside a
  /// sentence. Kept, not exported, until the document's arithmetic proves its figures. True
  /// when the line was taken.
  mutating func takeClauseSentence(_ line: Line, _ text: String) -> Bool {
    guard ClauseFigures.prose.contains(where: text.contains),
      let reading = ClauseFigures.read(text, parser: parser)
    else { return false }
    let lead = Self.yearBudgetLead(text, stages: true)
    let caption = lead ?? Self.ownerYearCaption(text, before: reading)
    clauseLines.append(
      PendingClauseLine(
        line: line, text: text, reading: reading, isItem: false, context: caption ?? context))
    contextHasAmounts = true
    if let caption, lead == nil, titles.isEmpty || !titlesNameYear {
      titles.append(TextRecord(text: caption, span: line.span))
    }
    noteClauseTitle(line, text)
    noteEraClauseTitle(line, text)
    return true
  }

  /// `儀典関係費 753百万円 4百万円増`, `儀典関係費 753百万円(4百万円増)` under such a sentence: one
  /// label, its amount and its change or rate if printed, nothing else. Kept with the sentences (it may be a part of their total). True when the
  /// line was taken.
  mutating func takeClauseItem(_ line: Line, _ text: String) -> Bool {
    guard clauseLines.contains(where: { !$0.isItem }),
      !ClauseFigures.prose.contains(where: text.contains), !text.contains("、"),
      !text.contains("。"), let reading = ClauseFigures.read(text, parser: parser),
      reading.unread == 0, reading.entries.count == 1
    else { return false }
    clauseLines.append(
      PendingClauseLine(line: line, text: text, reading: reading, isItem: true, context: context))
    return true
  }

  /// At the end of the document: the figures the arithmetic proves are exported, the others
  /// reported with their lines.
  mutating func checkClauseLines() {
    guard !clauseLines.isEmpty else { return }
    let pending = clauseLines
    clauseLines = []
    let verdicts = ClauseProof.check(
      pending.map { ClauseProof.Line(entries: $0.reading.entries, isItem: $0.isItem) })
    for (l, item) in pending.enumerated() {
      var unproven = item.reading.unread
      for (k, entry) in item.reading.entries.enumerated() {
        var verdict = verdicts[l][k]
        if !verdict.amount, !item.isItem, ClauseProof.statedByTable(entry, tables) {
          verdict.amount = true
        }
        if verdict.isPrior { continue }
        guard verdict.amount else {
          unproven += 1
          continue
        }
        if entry.change != nil, !verdict.change { unproven += 1 }
        if entry.rate != nil, !verdict.rate { unproven += 1 }
        var read = record(entry, verdict, item)
        if let l2 = verdict.priorLine, let k2 = verdict.priorEntry {
          let prior = pending[l2].reading.entries[k2]
          read.prior = PrintedFigure(amount: prior.amount, label: AmountLine.clean(prior.label))
          read.priorLine = pending[l2].line.number
        }
        amountLines.append(read)
      }
      if unproven > 0 {
        report(
          item.line, text: item.text,
          why:
            "an amount inside a sentence that no arithmetic of the document proves (a total of its parts, a change and its rate) is not exported"
        )
      }
    }
  }

  func record(
    _ entry: ClauseFigures.Entry, _ verdict: ClauseProof.Verdict, _ item: PendingClauseLine
  )
    -> AmountLineRecord
  {
    let own = AmountLine.clean(entry.label)
    let label = verdict.total.map { AmountLine.clean($0) + "のうち" + own } ?? own
    var record = AmountLineRecord(
      scope: item.isItem ? .item : .headline, label: label,
      amount: PrintedFigure(amount: entry.amount, label: label),
      span: SourceSpan(line: item.line.number, endLine: item.line.endNumber))
    if verdict.change, let change = entry.change, !isZero(change) {
      record.change = PrintedFigure(amount: change, label: entry.base ?? "前年比")
      record.changeLine = item.line.number
    }
    if verdict.rate { record.changeRatePercent = entry.rate }
    if verdict.isPart { record.isPart = true }
    record.context = item.context
    return record
  }

  func isZero(_ amount: PrintedAmount) -> Bool {
    amount.parts.allSatisfy { $0.number.significand == 0 }
  }
}
