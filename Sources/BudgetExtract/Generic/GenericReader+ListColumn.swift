import BudgetModel

extension GenericReader {
  /// `主な事業 予算額(億円)`: a header of one amount column that states its unit and names no
  /// year, under a heading that names the year (`令和5年度…概算要求`): opens a list whose
  /// amounts are of that heading's year and stage. Without such a heading it opens nothing.
  mutating func startListColumn(_ text: String) {
    guard let context, context.contains("年度"), !text.contains("年度") else { return }
    let meanings = ColumnHeader.meanings(text)
    // Only a word that names no stage of its own (`予算額`, `金額`): `補正予算額(億円)` under a
    // heading of another stage is not certain.
    let word = meanings.first?.header.prefix { $0 != "(" }
    guard meanings.count == 1, meanings[0].kind == .amount, meanings[0].fiscalYearLabel == nil,
      ["予算額", "予算", "金額"].contains(word.map(String.init) ?? ""),
      let unit = Self.unit(inHeader: [text], units: units)
    else { return }
    lists.column = ListColumn(unit: unit, context: context)
  }

  /// A line of an open list: true when it was taken. A line of another kind closes the list
  /// and is read as usual.
  mutating func listColumnLine(_ line: Line, _ kind: GenericLine) -> Bool {
    guard var column = lists.column else { return false }
    defer { lists.column = lists.column == nil ? nil : column }
    switch kind {
    case .blank:
      return false
    case .text(let text):
      let compact = text.filter { $0 != " " }
      if compact == "(新規)" {
        column.name = nil
        column.awaitingPrior = nil
        return true
      }
      // `(▲174)`, `(+27)` under an amount: a change, never the prior year's amount (hunt5:
      // exported as a negative prior initial budget).
      if compact.hasPrefix("("), compact.hasSuffix(")"), column.awaitingPrior != nil,
        let sign = compact.dropFirst().first, "▲△+＋-−－".contains(sign)
      {
        column.awaitingPrior = nil
        report(line, text: text, why: "a signed figure in parentheses is no prior year's amount")
        return true
      }
      if compact.hasPrefix("("), compact.hasSuffix(")"), let k = column.awaitingPrior,
        let prior = cell(String(compact.dropFirst().dropLast()), line: line, unit: column.unit)
      {
        amountLines[k].prior = prior
        amountLines[k].priorLine = line.number
        column.awaitingPrior = nil
        return true
      }
      if Self.isNote(text) || Self.isSectionHeading(text) || Self.opensHeader(text)
        || Self.holdsFigure(text) || AmountLine.parse(line, text: text, parser: parser) != nil
      {
        lists.column = nil
        return false
      }
      if compact.hasPrefix("("), compact.hasSuffix(")"),
        cell(String(compact.dropFirst().dropLast()), line: line, unit: column.unit) != nil
      {
        report(line, text: text, why: "a figure in parentheses with no amount above it")
        return true
      }
      column.awaitingPrior = nil
      if column.name == nil { column.name = (text, line) }
      return true
    case .row(let label, let cells):
      guard label.isEmpty, cells.count == 1, !cells[0].hasUnit, !cells[0].isPercent,
        let amount = cell(GenericLine.text(of: line), line: line, unit: column.unit)
      else {
        lists.column = nil
        return false
      }
      listAmount(amount, line: line, column: &column)
      return true
    case .unit:
      lists.column = nil
      return false
    }
  }

  /// The amount of the entry named above it; reported when no name was printed.
  mutating func listAmount(_ figure: PrintedFigure, line: Line, column: inout ListColumn) {
    guard let name = column.name else {
      report(line, text: GenericLine.text(of: line), why: "an amount with no label is not exported")
      return
    }
    let joined = Self.joinLabel([name.text])
    var amount = figure
    amount.label = joined
    var record = AmountLineRecord(
      scope: .item, label: joined, amount: amount,
      span: SourceSpan(line: line.number, endLine: line.endNumber))
    record.context = column.context
    amountLines.append(record)
    contextHasAmounts = true
    column.name = nil
    column.awaitingPrior = amountLines.count - 1
  }

  /// A bare figure of the list, in the header's unit.
  func cell(_ text: String, line: Line, unit: String) -> PrintedFigure? {
    guard let token = CellToken.parse(text, line: line.number, parser: parser), !token.hasUnit,
      !token.isPercent, var amount = token.figure.amount
    else { return nil }
    for k in amount.parts.indices { amount.parts[k].unit = unit }
    return PrintedFigure(amount: amount)
  }
}
