import BudgetModel

/// Headline totals and summary-table rows, with their figures' measures.
struct SummaryBuilder {
  var builder: FigureBuilder
  var eras: EraCalendar
  var info: DocumentInfo

  struct Result {
    var entries: [SummaryEntry]
    /// Per entry id, the printed cells (for reconciliation at the printed precision).
    var printed: [String: [PrintedFigure]]
  }

  static func sectionNumber(_ title: String) -> Int {
    KanjiNumeral.leadingNumber(title, skipping: 1) ?? 0
  }

  /// The measure a headline label names: the budget year, the prior year, or the change.
  func measure(ofLabel label: String) -> Measure {
    if let year = eras.matches(in: label).first(where: \.isFiscalYear)?.year {
      return year == info.fiscalYear ? .budget : .priorInitial
    }
    return .change
  }

  func build(_ extracted: ExtractedDocument) throws -> Result {
    var entries: [SummaryEntry] = []
    var printed: [String: [PrintedFigure]] = [:]
    var sections: [String] = []
    for h in extracted.headlines where !sections.contains(h.section) { sections.append(h.section) }
    for section in sections {
      let n = Self.sectionNumber(section)
      let headlines = extracted.headlines.filter { $0.section == section }
      var figures: [Figure] = []
      for h in headlines {
        figures.append(try builder.figure(h.figure, measure: measure(ofLabel: h.label), line: h.span.line))
      }
      let id = "s\(n)-total"
      entries.append(
        SummaryEntry(
          id: id, kind: .headline, section: n, sectionTitle: section,
          label: headlines.map(\.label).joined(separator: " / "), figures: figures, changeRatePercent: nil,
          span: SourceSpan(line: headlines.first!.span.line, endLine: headlines.last!.span.line)))
      printed[id] = headlines.map(\.figure)
    }
    for table in extracted.summaryTables {
      let n = Self.sectionNumber(table.section)
      var tableBuilder = builder
      if let unit = table.unit { tableBuilder.converter.statedUnit = unit }
      for (r, row) in table.rows.enumerated() {
        let measures: [Measure] = [.budget, .priorInitial, .change]
        var figures: [Figure] = []
        for (k, cell) in row.cells.prefix(3).enumerated() {
          figures.append(try tableBuilder.figure(cell, measure: measures[k], line: row.span.line))
        }
        var rate: DecimalNumber?
        if row.cells.count > 3, let amount = row.cells[3].amount, let part = amount.parts.first {
          rate = amount.isNegative ? part.number.negated() : part.number
        }
        let id = "s\(n)-r\(r + 1)"
        entries.append(
          SummaryEntry(
            id: id, kind: .tableRow, section: n, sectionTitle: table.section, label: row.label, figures: figures,
            changeRatePercent: rate, span: row.span))
        printed[id] = row.cells
      }
    }
    return Result(entries: entries, printed: printed)
  }
}
