import BudgetModel

/// The transform stage: exact yen, fiscal years, organization, stable identifiers, and the
/// reconciliation of figures the document states twice. Pure: records in, records out.
public struct Transformer: Sendable {
  public var mappings: MappingTables
  /// Identity the user states for documents that do not print it.
  public var overrides: IdentityOverrides

  public init(mappings: MappingTables, overrides: IdentityOverrides = IdentityOverrides()) {
    self.mappings = mappings
    self.overrides = overrides
  }

  public func transform(_ extracted: ExtractedDocument) throws -> BudgetDocument {
    let eras = EraCalendar(eras: mappings.eras)
    let info = try DocumentIdentifier(mappings: mappings, eras: eras, overrides: overrides)
      .identify(extracted)
    let converter = AmountConverter(units: mappings.units, statedUnit: info.statedUnit)
    let builder = FigureBuilder(
      converter: converter, source: extracted.sourceName,
      budgetYear: (info.fiscalYear, info.fiscalYearLabel),
      priorYear: (info.priorFiscalYear, info.priorFiscalYearLabel), eras: eras)
    var hierarchy = HierarchyBuilder(builder: builder)
    try hierarchy.build(extracted)
    let summary = try SummaryBuilder(builder: builder, eras: eras, info: info).build(extracted)
    var filp: [FilpEntry] = []
    for (n, record) in extracted.filp.enumerated() {
      var figure = try builder.figure(record.figure, measure: .filp, line: record.span.line)
      figure.fiscalYear = info.fiscalYear
      figure.fiscalYearLabel = info.fiscalYearLabel
      filp.append(
        FilpEntry(
          id: "filp-\(n + 1)", program: record.program, label: record.figure.label ?? "",
          figure: figure,
          span: record.span))
    }
    var findings = hierarchy.findings + summary.findings
    findings += try Reconciler(converter: converter).reconcile(
      hierarchy: hierarchy, summary: summary, extracted: extracted)
    for diagnostic in extracted.diagnostics {
      findings.append(
        Finding(
          severity: .warning, code: Finding.Code(diagnostic.kind),
          message: "\(diagnostic.message): \(diagnostic.text)",
          subjectId: nil, lines: [diagnostic.span.line]))
    }
    let document = BudgetDocument(
      info: info,
      items: RequestedAmounts.measured(AccountSide.assign(hierarchy.items), phase: info.phase),
      expenses: RequestedAmounts.measured(hierarchy.expenses, phase: info.phase),
      summary: RequestedAmounts.measured(
        AccountSide.assign(
          summary.entries, plan: info.organization.code == DocumentIdentifier.planCode),
        phase: info.phase),
      filp: filp,
      findings: findings)
    try IdentifierCheck.verify(document, source: extracted.sourceName)
    // A document whose every figure was reported is not exported as if it had been read.
    if document.observations.isEmpty {
      let reported = findings.filter { !$0.lines.isEmpty }.sorted { $0.lines[0] < $1.lines[0] }
      let first = reported.prefix(3).map { "line \($0.lines[0]): \($0.message.prefix(80))" }
      throw BudgetTransformError.noFigureExported(
        source: extracted.sourceName, reported: Set(reported.map { $0.lines[0] }).count,
        first: first)
    }
    return document
  }
}
