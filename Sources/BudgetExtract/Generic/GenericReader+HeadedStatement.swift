import BudgetModel

extension GenericReader {
  /// `1 主な概算要求・要望項目 〔単位:百万円、カッコ内は令和3年度予算額〕`: a heading, then the unit
  /// statement naming what the parentheses hold (`LegendItems.headedStatement`). The heading is
  /// noted as text; the statement holds for the items on the lines below. True when taken.
  mutating func takeHeadedStatement(_ line: Line) -> Bool {
    guard let (heading, statement) = LegendItems.headedStatement(line.normalized, units: units)
    else { return false }
    finish()
    noteText(heading, line)
    // The heading opens the list: what it names (a stage, a year, or nothing) is the items'
    // context, not a heading read before it.
    context = heading.filter { $0 != " " }
    contextHasAmounts = false
    unitScope = statement.unit
    legendStatement = statement
    state = .idle
    return true
  }

  /// `100(166)` right below `・国家公務員採用試験における…措置` (a name too long for one line,
  /// with no figure): the item's figures, in the statement's unit and legend. True when taken.
  mutating func takeLegendFigures(_ line: Line, name: String) -> Bool {
    guard let statement = legendStatement, unitScope == statement.unit, waitsForLegendItems,
      let item = LegendItems.figuresOnly(line.normalized, label: name)
    else { return false }
    state = .idle
    let reading = LegendItems.Reading(
      heading: nil, statement: statement, items: [item], tail: line.normalized.count,
      strayNumber: false, numbered: false)
    acceptLegendItems(reading, line)
    return true
  }
}
