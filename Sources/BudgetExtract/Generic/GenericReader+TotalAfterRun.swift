import BudgetModel

extension GenericReader {
  /// `○一般会計 126.2億円` / `○復興特別会計 3.5億円` / (their comparison lines) / `129.7億円(デジタル
  /// 庁一括計上分を除くと118.9億円)` (soumu-r4-shobo-hakusho-yosan): an amount with no label,
  /// perhaps with a note in parentheses holding another amount on a condition, after a run of
  /// two or more item amounts printed on consecutive lines, with no figure printed between the
  /// run (its comparisons included) and it. It is the run's total only when the items add up
  /// to it exactly (126.2 + 3.5 = 129.7), in one unit: read as `acceptSubtotal` reads one
  /// right under its items (named by the run's section heading or `計`); the note's amount is
  /// reported. True when the line was taken.
  mutating func takeTotalAfterRun(_ line: Line, _ text: String) -> Bool {
    let s = Array(text.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" })
    guard let first = s.first, first.isASCIIDigit else { return false }
    var cursor = Cursor(s, from: 0)
    guard let amount = try? parser.money(&cursor), amount.parts.count == 1,
      amount.parts[0].unit != nil
    else { return false }
    let rest = String(String.UnicodeScalarView(s[cursor.i...]))
    guard rest.isEmpty || (AmountNote.opens(String(rest.dropLast())) && rest.hasSuffix(")")),
      rest.dropFirst().dropLast().allSatisfy({ $0 != "(" && $0 != ")" }),
      let run = itemRun(before: line),
      let items = Self.sum(run.map { amountLines[$0].amount }),
      let total = Self.sum([PrintedFigure(amount: amount)]), items.unit == total.unit,
      items.value * TableArithmetic.pow10(total.scale - items.scale)
        == total.value * TableArithmetic.pow10(items.scale - total.scale)
    else { return false }
    var record = AmountLineRecord(
      scope: .item, label: "計", amount: PrintedFigure(amount: amount, label: "計"),
      span: SourceSpan(line: line.number, endLine: line.endNumber))
    record.context = context
    amountLines.append(record)
    contextHasAmounts = true
    lists.runStart = amountLines.count
    if !rest.isEmpty {
      report(
        line, text: text, why: "an amount on a condition in a note after a total is not exported")
    }
    return true
  }

  /// The indices of the last run of item amounts (two or more, one per line, on consecutive
  /// lines read outside tables, none a part or with a figure in parentheses of its own), when
  /// nothing with a figure is printed between the run (its comparison lines included) and
  /// `line`; nil otherwise.
  func itemRun(before line: Line) -> [Int]? {
    guard let lastIndex = amountLines.indices.last else { return nil }
    var run = [lastIndex]
    while let k = run.first, k > 0,
      amountLines[k - 1].span.line == amountLines[k].span.line - 1
    {
      run.insert(k - 1, at: 0)
    }
    let lines = run.map { amountLines[$0].span.line }
    guard run.count >= 2, Set(lines).count == lines.count,
      run.allSatisfy({
        let record = amountLines[$0]
        return record.scope == .item && record.isPart != true && record.prior == nil
          && record.supplementary == nil
      }),
      let end = run.map({ amountLines[$0].span.endLine }).max(), end < line.number
    else { return nil }
    let between = idleLog.lines.filter { $0.line.number > end && $0.line.number < line.number }
    guard
      between.allSatisfy({ !GenericLine.text(of: $0.line).contains(where: \.isASCIIDigitCharacter) }
      )
    else { return nil }
    return run
  }
}
