import BudgetModel

/// A one-row table whose columns' years are printed before its unit statement, the row's
/// label before them, and the change with its rate glued (monka-r5-bunka-seifuan-p12 lines
/// 24-37):
///
///     文 化 庁 予 算 / 4年度 / 5年度 / (単位:億円) / 4’→ 5’増 減 / 1,076 / 1,077 / +1(+0.1%)
///
/// The header after the unit names no amount column: when the lines right before the unit
/// statement are two year lines one year apart and a label before them, the years are the
/// header's first columns and the label the first row's. The rows' arithmetic (B − A = C, the
/// rate C / A) must confirm the reading, as for any table.
extension GenericReader {
  func widenedWithYearsBeforeUnit(_ draft: HeaderDraft) -> HeaderDraft? {
    guard !draft.texts.contains(where: Self.isYearOnly), let first = draft.lines.first,
      let unit = idleLog.lines.last, case .unit = unit.kind, unit.line.endNumber < first.number
    else { return nil }
    var years: [(text: String, line: Line)] = []
    var expected = unit.line.number - 1
    for (logged, kind) in idleLog.lines.reversed().dropFirst() {
      guard logged.endNumber == expected else { return nil }
      expected = logged.number - 1
      switch kind {
      case .blank: continue
      case .text(let text) where Self.isYearOnly(text) && years.count < 2:
        years.insert((text.filter { $0 != " " }, logged), at: 0)
      case .text(let text) where years.count == 2 && Self.isLabel(text):
        guard Self.yearsFollow(years[0].text, years[1].text) else { return nil }
        var widened = draft
        widened.lines = years.map(\.line) + draft.lines + [logged]
        widened.texts = years.map(\.text) + draft.texts + [text]
        return widened
      default: return nil
      }
    }
    return nil
  }

  /// `+1(+0.1%)`: the row's last cell, a change, with its rate glued in parentheses; the rate
  /// becomes the change's rate column (`withParenthesizedRates`). True when taken.
  mutating func takeGluedRate(_ table: inout TableDraft, _ line: Line, _ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    let n = table.meanings.count
    guard compact.hasSuffix("%)"), let open = compact.firstIndex(of: "("),
      open > compact.startIndex, table.pendingCells.count == n - 1,
      table.meanings[n - 1].kind == .change,
      let change = CellToken.parse(String(compact[..<open]), line: line.number, parser: parser),
      change.figure.amount != nil, !change.isPercent,
      let rate = CellToken.parse(
        String(compact[compact.index(after: open)...].dropLast()), line: line.number,
        parser: parser),
      rate.isPercent
    else { return false }
    row(&table, line, label: "", cells: [change])
    table.rates.append((line.number, n - 1, rate))
    return true
  }
}
