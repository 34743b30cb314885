import BudgetModel

/// A section part of a 総務省 overview (`第1 一般会計`, `SoumuOverviewMachine.State.section`):
/// its headline totals (`令和6年度予算額（案） 18兆2,107億円`) and summary tables under their
/// unit line (`（億円）`), rows on one line or one cell per line.
struct SoumuSection {
  /// The section heading as printed.
  let title: String
  let figures: SoumuFigures
  /// The last table of the sections before (how many cells a row has, when this section's
  /// first table has no row yet).
  let previousTable: SummaryTableRecord?
  var out = SoumuRecords()
  var tableUnit: String?
  var currentTable: SummaryTableRecord?
  /// A summary-table row printed one cell per line (reading-order PDF text), and the label
  /// a headline amount on its own line belongs to.
  var tableRow = TableRowInProgress()

  init(title: String, previousTable: SummaryTableRecord?, figures: SoumuFigures) {
    self.title = title
    self.previousTable = previousTable
    self.figures = figures
  }

  /// The first scalar of 単位 (`単 位` as PDF justification spaces it, too).
  static let unitWord: Unicode.Scalar = "単"
  /// The longest unit alone in brackets: `(百万円、%)`.
  static let bracketedUnitLimit = 12

  /// The last table read so far, in this section (the open one included) or before it.
  var lastTable: SummaryTableRecord? { currentTable ?? out.summaryTables.last ?? previousTable }

  /// A line of the section: a unit line such as `（億円）`, a headline, a table header or row.
  mutating func receive(_ seg: Segment) {
    if let unit = unitStatement(seg) {
      tableUnit = unit
      return
    }
    do {
      try handleSectionBody(seg)
    } catch {
      out.reportFailure(error, seg)
    }
  }

  /// The unit a line states for the tables after it: `（億円）` as the sample prints it (the
  /// words in the parentheses kept), or a unit statement of the shared block
  /// (`GenericLine.unitStatement`: `(単位:百万円)`, `単位：千円`, `[億円]`), its unit.
  func unitStatement(_ seg: Segment) -> String? {
    let s = seg.s
    if s.first == "(", s.last == ")", s.count <= 8 {
      var c = Cursor(s, from: 1, to: s.count - 1)
      c.skipSpaces()
      for u in figures.units where c.consume(u) {
        return seg.line.trimmedText(1..<(s.count - 1))
      }
    }
    // A statement names 単位, or is a unit alone in brackets (a short line); other lines are
    // not given to the shared reader, which makes strings of them.
    guard s.count <= Self.bracketedUnitLimit || s.contains(Self.unitWord) else { return nil }
    let initials = figures.lexicon.unitInitials
    guard s.contains(where: { initials.contains($0) }) else { return nil }
    return GenericLine.unitStatement(
      GenericLine.text(of: seg.line), units: figures.lexicon.unitTexts)?
      .0
  }

  /// The end of the section: headline amounts still waiting for their labels are paired or
  /// reported, and the open table is added.
  mutating func close() {
    closeTable()
  }

  mutating func closeTable() {
    resolveHeadlineRun()
    if let table = currentTable { out.summaryTables.append(table) }
    currentTable = nil
    tableRow = TableRowInProgress()
  }
}
