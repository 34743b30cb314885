import BudgetModel

/// A row whose change cell has its rate in parentheses right after it, on the same line
/// (national-h15 地球環境保全関係 概算要求, 表1 under `14年度予算額 15年度要求額 対前年度比` /
/// `増減額(率(%))`):
///
///     国際的枠組みづくり 138 159 21 (15.2%)
///     調査研究、観測・監視 1,101 1,050 ▲52 (▲4.6%)
///
/// The rates are read as those printed under a change on the next line (`attachRates`): each
/// is the rate of the change cell before it, in column order, and only when the row has one
/// cell per column and the cells they follow are change columns. They become the change's
/// rate column (`withParenthesizedRates`), so the row arithmetic checks them (rate = change /
/// base), and a table the arithmetic does not confirm stays unread.
extension GenericReader {
  mutating func takesRowWithInlineRates(
    _ table: inout TableDraft, _ line: Line, _ kind: GenericLine
  ) -> Bool {
    guard case .text = kind, table.pendingCells.isEmpty,
      let (cellsLine, ratesText) = inlineRates(line),
      case .row(let label, let cells) = GenericLine.classify(cellsLine, parser: parser),
      !label.isEmpty, cells.count == table.meanings.count
    else { return false }
    let rates = ratesText.split(separator: " ").count
    guard rates <= cells.count,
      ((cells.count - rates)..<cells.count).allSatisfy({
        table.meanings[$0].kind == .change && cells[$0].figure.amount != nil
      })
    else { return false }
    row(&table, line, label: label, cells: cells)
    guard attachRates(&table, line, ratesText, onTheRowsLine: true) else {
      report(line, text: ratesText, why: "a rate in parentheses beside a change is not exported")
      return true
    }
    return true
  }

  /// The line without the rates in parentheses at its end (`… 21 (15.2%)`), and those rates;
  /// nil when the line does not end with such rates after other words.
  func inlineRates(_ line: Line) -> (Line, String)? {
    let s = line.normalized
    for k in s.indices where s[k] == "(" && k > 0 {
      let tail = GenericLine.text(of: line.slice(k..<s.count)).trimmingSpaces
      guard isParenthesizedRates(tail) else { continue }
      let head = line.slice(0..<k)
      guard !GenericLine.text(of: head).trimmingSpaces.isEmpty else { return nil }
      return (head, tail)
    }
    return nil
  }
}

extension GenericReader {
  /// The first row after a table's header, its change's rate in parentheses at its end: the
  /// table opens at it (its cells), and the rates are taken as on the rows after it.
  mutating func opensWithInlineRates(_ draft: HeaderDraft, _ line: Line) -> Bool {
    guard Self.isTableHeader(draft.texts), let (cellsLine, rates) = inlineRates(line),
      case .row(let label, let cells) = GenericLine.classify(cellsLine, parser: parser),
      !label.isEmpty
    else { return false }
    open(withoutLoneUnitTail(draft), firstRow: line, .row(label: label, cells: cells))
    guard case .body(var table) = state, table.cells.last?.last?.line == line.number else {
      report(line, text: rates, why: "a rate in parentheses beside a change is not exported")
      return true
    }
    if !attachRates(&table, line, rates, onTheRowsLine: true) {
      report(line, text: rates, why: "a rate in parentheses beside a change is not exported")
    }
    state = .body(table)
    return true
  }
}
