import BudgetModel

extension SummaryBuilder {
  /// A table the generic layout read: each cell gets the measure and fiscal year its column
  /// names (`ColumnMeasure`), in the table's own unit; ids `t<table>-r<row>`.
  func addGeneric(
    _ table: SummaryTableRecord, number n: Int, meanings: [ColumnMeaning], to result: inout Result
  ) throws {
    var tableBuilder = builder
    if let unit = table.unit { tableBuilder.converter.statedUnit = unit }
    let columns = ColumnMeasure(info: info, eras: eras)
    let outcomes = columns.checkedOutcomes(meanings)
    let rowOutcomes = table.rows.map {
      columns.outcomes(outcomes, meanings: meanings, rowLabel: $0.label)
    }
    let parts = Self.partColumns(meanings, outcomes: outcomes)
    for (k, outcome) in outcomes.enumerated() {
      guard case .unsupported(var why) = outcome else { continue }
      var rows = table.rows.indices.filter { rowOutcomes[$0][k] == outcome }.map { table.rows[$0] }
      if let g = parts[k] {
        // A proven part is exported with its column; reported only where that column is not.
        why = "a part of a column not exported on its row (\(meanings[k].header))"
        rows = table.rows.indices.filter {
          if case .unsupported = rowOutcomes[$0][g] { return true }
          return false
        }.map { table.rows[$0] }
      }
      // A cell on line 0 is a column the block does not print: no figure to report.
      let lines = rows.map { $0.cellLines.isEmpty ? $0.span.line : $0.cellLines[k] }
        .filter { $0 != 0 }
      guard !lines.isEmpty else { continue }
      result.findings.append(
        Finding.notExported("\(why): its \(lines.count) figures are not exported", lines: lines))
    }
    for (r, row) in table.rows.enumerated() {
      if let why = Self.unexportedRow(row.label, tableUnit: table.unit) {
        let lines = row.cellLines.isEmpty ? [row.span.line] : row.cellLines.filter { $0 != 0 }
        result.findings.append(
          Finding.notExported("\(row.label): \(why); not exported", lines: lines))
        continue
      }
      reportRow(row, rowOutcomes[r], columns: outcomes, &result)
      var (figures, rate) = try cells(
        of: row, outcomes: rowOutcomes[r], meanings: meanings, builder: tableBuilder,
        findings: &result.findings)
      if let marker = row.isPartOfAbove ? .partOf : Self.labelMarker(row.label) {
        for k in figures.indices where figures[k].amountJPY != nil {
          figures[k].marker = marker
          figures[k].countsTowardTotal = false
        }
      }
      let id = result.reserve("t\(n)-r\(r + 1)", lines: [row.span.line], what: "table \(n)")
      result.genericIds.insert(id)
      result.entries.append(
        SummaryEntry(
          id: id, kind: .tableRow, section: n, sectionTitle: table.section, label: row.label,
          figures: figures, changeRatePercent: rate, span: row.span))
      result.printed[id] = row.cells
      try addPartRows(
        of: row, number: r, table: n, table, parts: parts, outcomes: rowOutcomes[r],
        meanings: meanings, builder: tableBuilder, to: &result)
    }
  }

  /// The figures a row's own label takes out of its columns' measures (`ODA事業量`).
  func reportRow(
    _ row: SummaryRowRecord, _ outcomes: [ColumnMeasure.Outcome],
    columns: [ColumnMeasure.Outcome], _ result: inout Result
  ) {
    var why = ""
    let lines = outcomes.indices.compactMap { k -> Int? in
      guard k < columns.count, outcomes[k] != columns[k], case .unsupported(let text) = outcomes[k]
      else { return nil }
      why = text
      return row.cellLines.isEmpty ? row.span.line : row.cellLines[k]
    }.filter { $0 != 0 }
    guard !lines.isEmpty else { return }
    result.findings.append(
      Finding.notExported(
        "\(row.label): \(why): its \(lines.count) figures are not exported",
        lines: Array(Set(lines)).sorted()))
  }

  /// A generic table row's figures (and its printed rate), each with its column's measure;
  /// a figure whose measure is not certain is a finding instead.
  func cells(
    of row: SummaryRowRecord, outcomes: [ColumnMeasure.Outcome], meanings: [ColumnMeaning],
    builder tableBuilder: FigureBuilder, findings: inout [Finding]
  ) throws -> ([Figure], DecimalNumber?) {
    var figures: [Figure] = []
    var rate: DecimalNumber?
    for (k, cell) in row.cells.enumerated() where k < outcomes.count {
      let line = row.cellLines.isEmpty ? row.span.line : row.cellLines[k]
      // A column the row does not print: no figure at all.
      if line == 0 { continue }
      switch outcomes[k] {
      case .measure(let measure, let year, let label):
        if figures.contains(where: {
          $0.measure == measure && (!measure.isYearGeneral || $0.fiscalYear == year)
        })
          || Self.rowNamesOtherAmount(row.label, meanings[k])
        {
          // A second column of one measure, or a row whose label names a stage the column's
          // header does not (`当初+前年度補正`): not certain, reported.
          findings.append(
            Finding.notExported(
              "\(row.label): the figure under \(meanings[k].header) has no certain measure; not exported",
              lines: [line]))
          continue
        }
        var figure = try tableBuilder.figure(cell, measure: measure, line: line)
        figure.fiscalYear = year
        figure.fiscalYearLabel = label.isEmpty ? String(year) : label
        // `収納済歳入額` (a settlement's revenue column): its header names the side.
        if AccountSide.named(meanings[k].header) == .revenue {
          figure.operationCharacter = .revenue
        }
        figures.append(figure)
      case .change:
        if let finding = Self.executionChange(row.label, line: line) {
          findings.append(finding)
          continue
        }
        var figure = try tableBuilder.figure(cell, measure: .change, line: line)
        figure.fiscalYear = info.fiscalYear
        figure.fiscalYearLabel = info.fiscalYearLabel
        figures.append(figure)
      case .rate:
        if let amount = cell.amount, let part = amount.parts.first {
          rate = amount.isNegative ? part.number.negated() : part.number
        }
      case .unsupported: continue
      }
    }
    return (figures, rate)
  }

  /// Amounts in running text and item lists: the measure their label names (the budget
  /// year's amount when it names no other year or stage); the amount in parentheses after it
  /// is the prior year's initial budget (not in a supplementary budget's document, where
  /// parentheses hold other figures). An amount whose label names a year or stage the schema
  /// has no measure for is reported, not exported.
  func addAmountLines(_ lines: [AmountLineRecord], to result: inout Result) throws {
    let stage = ColumnMeasure(info: info, eras: eras).documentStage
    let series = yearSeriesInitials(lines)
    for (k, record) in lines.enumerated() {
      if let year = series[k] {
        try addSeriesInitial(record, number: k, year: year, to: &result)
        continue
      }
      if reportsUnreadChange(lines, at: k, series: series, stage: stage, &result) { continue }
      guard let measure = measure(of: record) else {
        result.findings.append(Self.unmeasured(record))
        continue
      }
      var figures = [try builder.figure(record.amount, measure: measure, line: record.span.line)]
      if let marker = record.isPart == true ? .partOf : Self.labelMarker(record.label) {
        figures[0].marker = marker
        figures[0].countsTowardTotal = false
      }
      if let prior = record.prior, measure == .budget, isPriorYears(prior, stage: stage),
        !restatesInOtherUnit(record.amount, prior)
      {
        let isSupplementary = prior.label?.contains("補正") == true
        figures.append(
          try builder.figure(
            prior, measure: isSupplementary ? .priorSupplementary : .priorInitial,
            line: record.priorLine ?? record.span.line))
        try addChange(of: record, to: &figures, priorIsInitial: !isSupplementary, &result)
        // The prior year's figure and the change of a part are parts too (`(うちODA 4,342億円)`).
        if record.isPart == true { Self.markParts(&figures) }
      } else if record.prior != nil {
        result.findings.append(
          Finding.notExported(
            "\(record.label): the figure in parentheses has no certain meaning here; not exported",
            lines: [record.priorLine ?? record.span.line] + (record.changeLine.map { [$0] } ?? [])))
      } else if record.change != nil {
        // `31,199(前年比 +20,337)`: a change against the prior year printed with no prior;
        // `(補正後比 +100億円)` is against another stage (hunt5), reported.
        let against = ColumnMeaning.Stage.named(in: record.change?.label ?? "")
        try addChange(
          of: record, to: &figures, priorIsInitial: against.allSatisfy { $0 == .initial }, &result)
        // A part's change is a part too (`(うち科学技術振興費) 1兆2900億円 ─500億円`).
        if record.isPart == true { Self.markParts(&figures) }
      }
      let id = result.reserve("h\(k + 1)", lines: [record.span.line], what: "amount line")
      result.entries.append(
        SummaryEntry(
          id: id, kind: .headline, section: 1, sectionTitle: record.label,
          label: record.label, figures: figures,
          changeRatePercent: (record.change == nil
            ? figures.count == 2 || measure == .change
            : figures.count == (record.prior == nil ? 2 : 3))
            ? record.changeRatePercent : nil,
          span: record.span))
      result.printed[id] = [record.amount] + (record.prior.map { [$0] } ?? [])
    }
  }

  /// The figures after a part's own amount (its prior, its change) are parts too.
  static func markParts(_ figures: inout [Figure]) {
    for k in figures.indices.dropFirst() {
      figures[k].marker = .partOf
      figures[k].countsTowardTotal = false
    }
  }

  /// `31,199(前年比 +20,337)`, a change printed with no prior, is the budget year's amount and
  /// its change: in a supplementary budget or a settlement, or under words naming another year,
  /// neither is certain and both are reported. True when the record was reported.
  func reportsUncertainChange(
    of record: AmountLineRecord, stage: ColumnMeaning.Stage, _ result: inout Result
  ) -> Bool {
    guard record.change != nil, record.prior == nil,
      measure(of: record) != .budget || stage == .supplementary || stage == .settlement
    else { return false }
    result.findings.append(
      Finding.notExported(
        "\(record.label): an amount with its change from the prior year is certain only as the budget year's; not exported",
        lines: [record.span.line]))
    return true
  }

  /// The change printed with an amount and its prior (`…と比べ、2,991億円`): a change from the
  /// prior year's initial budget only; against another figure it is reported.
  func addChange(
    of record: AmountLineRecord, to figures: inout [Figure], priorIsInitial: Bool,
    _ result: inout Result
  ) throws {
    guard var change = record.change else { return }
    let line = record.changeLine ?? record.span.line
    guard priorIsInitial else {
      result.findings.append(
        Finding.notExported(
          "\(record.label): a change from a supplementary budget is not exported", lines: [line]))
      return
    }
    if reportsOtherBase(change, of: record, line: line, &result) { return }
    change.label = nil
    figures.append(try builder.figure(change, measure: .change, line: line))
  }

  /// The measure of an amount line: its label's, or, when the label names no year or stage,
  /// that of the heading above it (`令和7年度補正予算における…`); nil when the heading names
  /// two years (`令和6年度要求と令和5年度当初の比較`: which is which is not certain).
  func measure(of record: AmountLineRecord) -> Measure? {
    if record.isSettledAccountLine == true { return settledAccountMeasure(record) }
    if let same = sameYearMeasure(record) { return same }
    let label = record.label
    if namesOtherAmountHere(label) || Self.namesProjectCost(label)
      || namesOtherOrganizationsBooking(label) || namesWholeBudget(label)
      || endsWithUnplacedYear(label)
      || Self.namesStockSpanOrCalendarYear(label) || Self.endsWithPerYear(label)
      || Self.namesEnglishFiscalYear(label) || Self.namesYearInsideWords(label)
    {
      return nil
    }
    // `(参考)基金残高` over the items (hunt5).
    if let context = record.context, ReferenceHeading.saysNothingOfItsItems(context) { return nil }
    if let under = measureUnderYearlessHeading(label, context: record.context) {
      return under
    }
    guard let context = record.context.map(yearOfMark), !namesYearOrStage(label) else {
      return measure(ofLine: label)
    }
    if let legend = legendMeasure(context) {
      return measure(ofLine: label) == .change ? .change : legend
    }
    // `(10年度)` alone: what the parentheses hold, not the amounts.
    if context.hasPrefix("("), context.hasSuffix(")") { return nil }
    guard yearsNamed(context).count <= 1, !namesSeveralStages(context) else { return nil }
    if measure(ofLine: label) == .change { return .change }
    // `令和7年度予算案 (前年度補正後予算との比較)` above an amount with no change word of its
    // own: whether the amounts below are the changes or the budgets is not certain.
    let fromContext = measure(ofLine: context)
    return fromContext == .change ? nil : fromContext
  }

  /// The fiscal years a text names: with their era (`令和5年度`), and without it (`4年度・5年度`,
  /// a header of one-per-line figures), placed by the document's era (-1 when none places it).
  func yearsNamed(_ text: String) -> Set<Int> {
    var years = Set(eras.matches(in: text).filter(\.isFiscalYear).map(\.year))
    for digits in Self.bareYearDigits(text) {
      years.insert(
        shortWesternYear(digits) ?? ColumnMeasure(info: info, eras: eras).year(digits + "年度") ?? -1)
    }
    return years
  }

  /// The digits of each year a text prints without its era (`5年度`, `30年度`, `元年度`).
  static func bareYearDigits(_ text: String) -> [String] {
    var result: [String] = []
    var rest = Substring(text)
    while let range = rest.range(of: "年度") {
      let before = rest[..<range.lowerBound]
      let digits = String(
        before.reversed().prefix { $0.isASCIIDigitCharacter || $0 == "元" }.reversed())
      let head = before.dropLast(digits.count)
      if !digits.isEmpty, !["令和", "平成", "昭和"].contains(where: { head.hasSuffix($0) }) {
        result.append(digits)
      }
      rest = rest[range.upperBound...]
    }
    return result
  }

  /// `当初+前年度補正`: a heading (or a row label taken for one) that names two stages says
  /// which the amounts below are only with a table's columns, not as a context.
  func namesSeveralStages(_ text: String) -> Bool {
    // `補正後` and `補正` are one stage here (a total after supplementary budgets is theirs),
    // and a draft is a draft of another stage (`補正予算(案)`).
    let stages = ColumnMeaning.Stage.named(
      in: text, joiningSupplementaryRequest: info.phase.isRequested
    ).compactMap {
      $0 == .proposal ? nil : $0 == .revised ? .supplementary : $0
    }
    return Set(stages).count > 1
  }

  /// Whether `前年度` names the prior year: not inside a term of the accounts that only
  /// starts with it (`前年度剰余金受入`, the surplus carried in; `前年度繰越資金`), whose
  /// amount is of the document's own year (`PriorYearWords`).
  static func namesPriorYear(_ text: String) -> Bool {
    PriorYearWords.namesPriorYear(text)
  }

  func namesYearOrStage(_ printed: String) -> Bool {
    // `28  年度への繰越額`: a year spaced out as printed names its year (as `measure(ofLine:)`
    // reads it).
    let text = printed.filter { $0 != " " }
    return eras.matches(in: text).contains(where: \.isFiscalYear) || Self.namesPriorYear(text)
      || !Self.bareYearDigits(text).isEmpty || Self.namesYearWord(text)
      || !ColumnMeaning.Stage.named(in: text).isEmpty
  }

  /// The measure an amount line's label names, nil when it names a year or stage the schema
  /// has no measure for (`令和5年度当初` in a supplementary budget's document).
  func measure(ofLine printed: String) -> Measure? {
    // `比 較 増 減 額`: a label spaced out as printed names what its words name.
    let label = printed.filter { $0 != " " }
    // `前年度当初予算比10.3%増、+1,972億円`: an amount against another is a change.
    let namesChange =
      ["増減", "増▲減", "増△減", "比較", "差引", "予算比", "年度比", "年比"].contains(where: label.contains)
      || Self.namesComparison(label) || Self.namesDifference(label)
    if namesChange {
      // `(補正後比 +100億円)`, `補正予算比`, `決算比`: a change from another stage's figure is
      // none of the schema's (hunt5: exported as the change).
      let against = ColumnMeaning.Stage.named(in: label)
      return against.contains { [.revised, .supplementary, .settlement].contains($0) }
        ? nil : .change
    }
    if namesOtherAmountHere(label) || Self.namesProjectCost(printed) { return nil }
    var year = info.fiscalYear
    if Self.namesPriorYear(label) || Self.namesPriorAmount(label) {
      year -= 1
    } else if let printed = eras.matches(in: label).first(where: \.isFiscalYear)?.year {
      year = printed
    } else if let range = label.range(of: "年度") {
      // A year without its era (`4年度`): the one era that fits the document's year; a year
      // word this cannot place (`翌年度`, `年度計`) is not taken for the budget year.
      let before = label[..<range.lowerBound]
      let printed = yearsNamed(label)
      if printed.count == 1, let only = printed.first, only > 0 {
        year = only
      } else if ["本", "今", "当"].contains(where: { before.hasSuffix($0) }) {
        year = info.fiscalYear
      } else {
        return nil
      }
    }
    let named = ColumnMeaning.Stage.strongest(
      in: label, joiningSupplementaryRequest: info.phase.isRequested)
    let stage = ColumnMeasure(info: info, eras: eras).documentStage
    if year == info.fiscalYear {
      return named == nil || named == ColumnMeasure(info: info, eras: eras).ownStage
        ? .budget : nil
    }
    // The prior year's figures have a measure; those of earlier years do not.
    guard year == info.fiscalYear - 1 else { return nil }
    // `前年度当初+補正 190億円`: the sum of two stages is neither's.
    if namesSeveralStages(label) { return nil }
    switch named {
    // `前年度支出済歳出額: 180億円` in a settlement: the prior year's settled amount, not its
    // initial budget (hunt5).
    case nil where stage == .settlement: return nil
    case nil, .initial?: return .priorInitial
    case .supplementary?: return .priorSupplementary
    default: return nil
    }
  }
}

extension Finding {
  /// A figure, column or row the generic reading does not export, with why and its lines.
  static func notExported(_ message: String, lines: [Int]) -> Finding {
    Finding(
      severity: .warning, code: .columnNotExported, message: message, subjectId: nil,
      lines: lines)
  }
}
