import BudgetModel

extension GenericReader {
  /// Numbered items with bare amounts under a unit statement that names what the parentheses
  /// hold (`LegendItems`): on the statement's line (a page flattened onto one line, the list
  /// after a heading), or on the lines after it. Each item is an amount line in the stated
  /// unit, the figure in parentheses its prior figure labelled with the legend's words (the
  /// transform exports it only when they name the year before the document's). True when the
  /// line was taken.
  mutating func takeLegendItems(_ line: Line) -> Bool {
    let s = line.normalized
    let name = legendName
    legendName = nil
    if line.normalized.contains("単"), line.normalized.contains("位") {
      if let reading = LegendItems.read(s, units: units, statement: nil) {
        finish()
        acceptLegendItems(reading, line)
        return true
      }
      if takeHeadedStatement(line) { return true }
      // A statement on a line of its own: the items follow on the next lines.
      var start = 0
      LegendItems.skipSpaces(s, &start)
      if let (statement, end) = LegendItems.unitStatement(s, from: start, units: units),
        s[end...].allSatisfy(LegendItems.spaces.contains)
      {
        legendStatement = statement
      } else {
        legendStatement = nil
      }
      return false
    }
    learnLegendLine(line)
    if let name, takeLegendFigures(line, name: name) { return true }
    if legendStatement != nil, unitScope == legendStatement?.unit {
      legendName = LegendItems.bareBulletName(s)
    }
    guard let statement = legendStatement, unitScope == statement.unit, waitsForLegendItems
    else { return false }
    guard let reading = LegendItems.read(s, units: units, statement: statement),
      reading.tail == s.count, !reading.strayNumber
    else {
      guard takeGluedItem(line, statement) else { return false }
      state = .idle
      return true
    }
    state = .idle
    acceptLegendItems(reading, line)
    return true
  }

  /// Idle, or right after the statement (no header line read yet, or only legend lines).
  var waitsForLegendItems: Bool {
    switch state {
    case .idle: return true
    case .header(let draft): return draft.texts.allSatisfy(Self.isLegendLine)
    case .body: return false
    }
  }

  /// `( )内は前年度予算額` on the line after a unit statement: the legend of the items below.
  mutating func learnLegendLine(_ line: Line) {
    guard case .header(let draft) = state, let unit = draft.unit, unit == unitScope,
      draft.texts.allSatisfy(Self.isLegendLine)
    else { return }
    let text = GenericLine.text(of: line)
    if let legend = LegendItems.legendLine(text) {
      legendStatement = LegendItems.Statement(unit: unit, legend: legend)
    } else if let legend = LegendItems.headedLegend(text) {
      legendStatement = LegendItems.Statement(unit: unit, legend: legend, context: text)
    }
  }

  static func isLegendLine(_ text: String) -> Bool {
    LegendItems.legendLine(text) != nil || LegendItems.headedLegend(text) != nil
  }

  /// The figure in parentheses of a bare item's line (`2,750( 2,650)`), labelled with the
  /// legend's words, when the legend in scope names one year's budget in this unit.
  func legendPrior(_ text: String, unit: String) -> PrintedFigure? {
    guard let statement = legendStatement, statement.unit == unit,
      let open = text.firstIndex(of: "("), text.hasSuffix(")")
    else { return nil }
    let inner = Array(text[text.index(after: open)...].dropLast().unicodeScalars)
    var start = 0
    LegendItems.skipSpaces(inner, &start)
    guard let (number, end) = LegendItems.number(inner, from: start),
      inner[end...].allSatisfy(LegendItems.spaces.contains)
    else { return nil }
    return PrintedFigure(amount: PrintedAmount(number, unit: unit), label: statement.legend)
  }

  mutating func acceptLegendItems(_ reading: LegendItems.Reading, _ line: Line) {
    guard let statement = reading.statement else { return }
    if let heading = reading.heading { noteText(heading, line) }
    unitScope = statement.unit
    legendStatement = statement
    if reading.numbered { legendStatement?.next = statement.next + reading.items.count }
    for item in reading.items {
      var record = AmountLineRecord(
        scope: .item, label: item.label,
        amount: PrintedFigure(
          amount: PrintedAmount(item.amount, unit: statement.unit), label: item.label),
        prior: item.prior.map {
          PrintedFigure(amount: PrintedAmount($0, unit: statement.unit), label: statement.legend)
        },
        span: line.span)
      record.context = statement.context ?? context
      amountLines.append(record)
    }
    contextHasAmounts = true
    if reading.strayNumber {
      report(
        line, text: GenericLine.text(of: line),
        why: "a number alone after a list of items (a page number) is not read")
    }
    let count = line.normalized.count
    if reading.tail < count { consume(line.slice(reading.tail..<count)) }
  }
}
