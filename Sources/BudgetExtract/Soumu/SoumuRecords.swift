import BudgetModel

/// The records one part of a 総務省 overview gives (its title lines, a section's headlines and
/// tables, the outline with its 【主な経費】, the FILP requests) and the lines of it that were
/// not understood. A part keeps them while it may still change them (an amount printed after
/// its heading, the rest of a wrapped name, the overview list that turns out to be the detail
/// sections) and hands them over once, when it ends: what the document holds is final.
struct SoumuRecords {
  var titles: [TextRecord] = []
  var publication: TextRecord?
  var headlines: [HeadlineRecord] = []
  var summaryTables: [SummaryTableRecord] = []
  var overview: [OutlineRecord] = []
  var details: [OutlineRecord] = []
  var expenses: [ExpenseRecord] = []
  var filp: [FilpRecord] = []
  var diagnostics: [Diagnostic] = []

  /// A line not understood, with its number and text.
  mutating func report(_ kind: Diagnostic.Kind, _ message: String, _ seg: Segment) {
    diagnostics.append(
      Diagnostic(
        kind: kind, message: message, text: seg.line.text(0..<seg.line.original.count),
        span: seg.span))
  }
}

extension ExtractedDocument {
  /// Adds the records of a part that has ended.
  mutating func append(_ records: SoumuRecords) {
    // (An empty array takes the part's: its records are not copied one by one.)
    func add<T>(_ more: [T], to list: inout [T]) {
      if list.isEmpty { list = more } else { list += more }
    }
    add(records.titles, to: &titles)
    if publication == nil { publication = records.publication }
    add(records.headlines, to: &headlines)
    add(records.summaryTables, to: &summaryTables)
    add(records.overview, to: &overview)
    let offset = details.count
    add(records.details, to: &details)
    if offset == 0 {
      add(records.expenses, to: &expenses)
    } else {
      // (A document has one outline part: its details come first.)
      expenses += records.expenses.map { expense in
        var expense = expense
        expense.detailIndex = expense.detailIndex.map { $0 + offset }
        return expense
      }
    }
    add(records.filp, to: &filp)
    add(records.diagnostics, to: &diagnostics)
  }
}
