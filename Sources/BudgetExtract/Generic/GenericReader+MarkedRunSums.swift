import BudgetModel

/// Marked entries on a line no rule read (a page flattened to one line, monka-h29-bunka-gaisan:
/// `… 45.5 億円 ( 27.9 億円) 億円) (説明文) ◆先進的文化芸術創造拠点形成事業 15億円(新規) 10地域程度(…)
/// ◆文化芸術創造拠点形成事業 30.5億円(27.9億円) 150事業程度 …`): each entry is a mark (`◆`, `○`,
/// … after a space or at the line's start), its label (no digits, no parentheses) and an
/// amount with its unit, then its prior year's amount in parentheses or `(新規)`. Where the
/// rest of the page runs entries and figures together, nothing on the line says that the
/// entry ends there or that the amount is its own; the sum proves it: a run of two or more
/// such entries one after another is read only when exactly one amount printed before the
/// run with an amount in parentheses after it (`45.5 億円 ( 27.9 億円)`) is their total in both
/// (15 + 30.5 = 45.5, `新規` + 27.9 = 27.9, within half a unit per printed figure). The total
/// (its label is not certain) stays reported; the entries are read as item lines, and not at
/// all under a legend that gives parentheses another meaning.
extension GenericReader {
  struct MarkedEntry {
    var label: String
    var amount: PrintedFigure
    var prior: PrintedFigure
    var mark: Int
  }

  static let runMarks = AmountLine.itemMarks.subtracting(["・"])

  mutating func readMarkedRunsBySums(_ lines: [Line]) {
    // A legend that gives parentheses another meaning (`( )内は補正後予算額`): no prior year.
    if case .other = legend.parentheses { return }
    let unread = Set(diagnostics.filter { $0.kind == .unrecognizedLine }.map(\.span.line))
    let taken = Set(amountLines.map(\.span.line))
    for line in lines where unread.contains(line.number) && !taken.contains(line.number) {
      let s = Array(GenericLine.text(of: line).unicodeScalars)
      for run in markedRuns(s) where run.count >= 2 {
        let totals = parenthesizedPairs(s, before: run[0].mark).filter { total, prior in
          Self.sums(run.map(\.amount), to: total)
            && Self.sums(run.map(\.prior).filter { $0.amount != nil }, to: prior)
        }
        guard totals.count == 1, run.contains(where: { $0.prior.amount != nil }) else { continue }
        for entry in run {
          var record = AmountLineRecord(
            scope: .item, label: entry.label,
            amount: PrintedFigure(amount: entry.amount.amount, label: entry.label),
            span: SourceSpan(line: line.number, endLine: line.endNumber))
          record.prior = entry.prior
          amountLines.append(record)
        }
      }
    }
  }

  /// The runs of entries one after another with one mark (a mark whose entry does not parse
  /// ends one).
  func markedRuns(_ s: [Unicode.Scalar]) -> [[MarkedEntry]] {
    let marks = s.indices.filter { k in
      Self.runMarks.contains(Character(s[k])) && (k == 0 || s[k - 1].isSpace)
    }
    var runs: [[MarkedEntry]] = [[]]
    for (n, mark) in marks.enumerated() {
      let end = n + 1 < marks.count ? marks[n + 1] : s.count
      guard let entry = markedEntry(s, mark: mark, end: end) else {
        if !runs[runs.count - 1].isEmpty { runs.append([]) }
        continue
      }
      // Entries of one level print one mark: `①` and the `◆` under it are two runs.
      if let last = runs[runs.count - 1].last, s[last.mark] != s[mark] { runs.append([]) }
      runs[runs.count - 1].append(entry)
    }
    return runs.filter { !$0.isEmpty }
  }

  /// `◆label 30.5億円(27.9億円)`, `◆label 15億円(新規)` at the start of `s[mark..<end]`.
  func markedEntry(_ s: [Unicode.Scalar], mark: Int, end: Int) -> MarkedEntry? {
    var k = mark + 1
    while k < end, !s[k].isASCIIDigit { k += 1 }
    let label = String(String.UnicodeScalarView(s[(mark + 1)..<k])).trimmingSpaces
    guard k < end, (2...40).contains(label.count),
      !label.contains(where: { "()（）0123456789０１２３４５６７８９".contains($0) })
    else { return nil }
    var cursor = Cursor(s, from: k, to: end)
    guard let amount = try? parser.money(&cursor), amount.parts.allSatisfy({ $0.unit != nil }),
      !amount.isNegative
    else { return nil }
    cursor.skipSpaces()
    let amountFigure = PrintedFigure(amount: amount)
    if cursor.consume(Array("(新規)".unicodeScalars)) {
      let new = PrintedFigure(amount: nil, isNewMarker: true)
      return MarkedEntry(label: label, amount: amountFigure, prior: new, mark: mark)
    }
    guard let (prior, _) = AmountLine.parenthesized(s, from: cursor.i, parser: parser),
      prior.label == nil, let printed = prior.amount, !printed.isNegative,
      printed.parts.allSatisfy({ $0.unit != nil })
    else { return nil }
    return MarkedEntry(label: label, amount: amountFigure, prior: prior, mark: mark)
  }

  /// Every `amount ( amount )` before `end`, both with their units.
  func parenthesizedPairs(_ s: [Unicode.Scalar], before end: Int) -> [(
    PrintedFigure, PrintedFigure
  )] {
    var pairs: [(PrintedFigure, PrintedFigure)] = []
    for k in 0..<end where s[k].isASCIIDigit && (k == 0 || !s[k - 1].isASCIIDigit) {
      guard k == 0 || (s[k - 1] != "." && s[k - 1] != ",") else { continue }
      var cursor = Cursor(s, from: k, to: end)
      guard let amount = try? parser.money(&cursor), amount.parts.allSatisfy({ $0.unit != nil }),
        let (prior, close) = AmountLine.parenthesized(s, from: cursor.i, parser: parser),
        close <= end, prior.label == nil, let printed = prior.amount,
        printed.parts.allSatisfy({ $0.unit != nil })
      else { continue }
      pairs.append((PrintedFigure(amount: amount), prior))
    }
    return pairs
  }
}
