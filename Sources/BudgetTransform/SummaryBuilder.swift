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
    /// Structural oddities: repeated headlines, sections or tables sharing a number.
    var findings: [Finding] = []
    /// Entries of tables the generic layout read (checked by their header's arithmetic).
    var genericIds: Set<String> = []
    /// Ids given so far, with what had them first (for messages).
    var used: [String: (what: String, line: Int)] = [:]
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
    var result = Result(entries: [], printed: [:])
    var sections: [String] = []
    for h in extracted.headlines where !sections.contains(h.section) { sections.append(h.section) }
    for section in sections {
      let n = Self.sectionNumber(section)
      // One entry per run of headlines with distinct measures: a measure stated twice (the
      // budget year printed equal to the prior year, a stray figure line) starts a new entry
      // instead of giving one entry two figures with one observation id.
      var runs: [[(HeadlineRecord, Measure)]] = [[]]
      for h in extracted.headlines where h.section == section {
        let m = measure(ofLabel: h.label)
        if runs[runs.count - 1].contains(where: { $0.1 == m }) { runs.append([]) }
        runs[runs.count - 1].append((h, m))
      }
      for (k, run) in runs.enumerated() {
        var figures: [Figure] = []
        for (h, m) in run {
          figures.append(try builder.figure(h.figure, measure: m, line: h.span.line))
        }
        let id = result.reserve(
          "s\(n)-total", lines: run.map(\.0.span.line), what: "section \(section)")
        if k > 0 {
          result.findings.append(
            Finding(
              severity: .warning, code: .repeatedHeadline,
              message:
                "\(section): a headline figure of the same kind is stated again (\(run[0].0.label)); kept as a separate entry \(id)",
              subjectId: id, lines: runs[k - 1].map(\.0.span.line) + run.map(\.0.span.line)))
        }
        result.entries.append(
          SummaryEntry(
            id: id, kind: .headline, section: n, sectionTitle: section,
            label: run.map(\.0.label).joined(separator: " / "), figures: figures,
            changeRatePercent: nil,
            span: SourceSpan(line: run.first!.0.span.line, endLine: run.last!.0.span.line)))
        result.printed[id] = run.map(\.0.figure)
      }
    }
    for (t, table) in extracted.summaryTables.enumerated() {
      if let meanings = table.meanings {
        try addGeneric(table, number: t + 1, meanings: meanings, to: &result)
      } else {
        try add(table, to: &result)
      }
    }
    try addAmountLines(extracted.amountLines, to: &result)
    return result
  }

  /// A summary table's rows, ids `s<section>-r<row>` (made unique when two tables share a
  /// section number).
  private func add(_ table: SummaryTableRecord, to result: inout Result) throws {
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
      let id = result.reserve(
        "s\(n)-r\(r + 1)", lines: [row.span.line], what: "table \(table.section)")
      result.entries.append(
        SummaryEntry(
          id: id, kind: .tableRow, section: n, sectionTitle: table.section, label: row.label,
          figures: figures,
          changeRatePercent: rate, span: row.span))
      result.printed[id] = row.cells
    }
  }
}

extension SummaryBuilder.Result {
  /// `id`, or `id-2`, `id-3`… when an earlier entry has it (two sections or tables with one
  /// number, or a section number that could not be read); the collision is a finding.
  mutating func reserve(_ id: String, lines: [Int], what: String) -> String {
    guard let first = used[id] else {
      used[id] = (what, lines.first ?? 0)
      return id
    }
    var n = 2
    while used["\(id)-\(n)"] != nil { n += 1 }
    let unique = "\(id)-\(n)"
    used[unique] = (what, lines.first ?? 0)
    findings.append(
      Finding(
        severity: .warning, code: .duplicateSummaryId,
        message:
          "\(what): its number repeats that of \(first.what) (or could not be read); its entry is \(unique)",
        subjectId: unique, lines: [first.line] + lines))
    return unique
  }
}
