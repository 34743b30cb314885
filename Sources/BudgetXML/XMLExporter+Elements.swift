import BudgetModel

/// The elements of `budget-1.3.xsd`, one method per part of the document. Attribute order is
/// fixed here, which keeps the output deterministic. Written to any `XMLOutput`: the bytes
/// (`XMLByteWriter`, what the exporter uses) or libxml2's tree (`XMLTreeBuilder`, the
/// reference in the tests).
extension XMLExporter {
  /// `<document-info>`: title, organization, fiscal years, phase, publication, source, unit.
  func writeInfo(_ info: DocumentInfo, to writer: some XMLOutput) throws {
    try writer.startElement("document-info")
    try writer.element("title", attributes: ["xml:lang": "ja"], text: info.title)

    try writer.startElement("reporting-org")
    try writer.attribute("code", info.organization.code)
    try writer.attribute("corporate-number", ifPresent: info.organization.corporateNumber)
    try writer.element("name", attributes: ["xml:lang": "ja"], text: info.organization.nameJa)
    try writer.element("name", attributes: ["xml:lang": "en"], text: info.organization.nameEn)
    try writer.endElement()

    try writer.element(
      "fiscal-year", attributes: ["label": info.fiscalYearLabel],
      text: Self.gYear(info.fiscalYear))
    try writer.element(
      "prior-fiscal-year", attributes: ["label": info.priorFiscalYearLabel],
      text: Self.gYear(info.priorFiscalYear))
    try writer.element("phase", attributes: ["label": info.phaseLabel], text: info.phase.code)

    if info.publicationMonth != nil || info.publicationLabel != nil {
      try writer.startElement("publication")
      try writer.attribute("month", ifPresent: info.publicationMonth)
      try writer.attribute("label", ifPresent: info.publicationLabel)
      try writer.endElement()
    }

    try writer.startElement("source")
    try writer.attribute("file", info.sourceFile)
    try writer.attribute("sha256", info.sourceSHA256)
    try writer.endElement()

    try writer.element("stated-unit", text: info.statedUnit)
    try writer.endElement()
  }

  /// `<items>`: the hierarchy, flat, in model order, each item linked to its `parent`.
  func writeItems(_ items: [BudgetItem], to writer: some XMLOutput) throws {
    try writer.startElement("items")
    for item in items {
      try writer.startElement("item")
      try writer.attribute("id", item.id)
      try writer.attribute("parent", ifPresent: item.parentId)
      try writer.attribute("level", item.level.rawValue)
      try writer.attribute("code", item.code)
      try writer.attribute("new", Self.boolean(item.isNew))
      try writeSpan(item.span, to: writer)
      if let overview = item.overviewSpan {
        try writer.attribute("overview-line", integer: overview.line)
        try writer.attribute("overview-end-line", integer: overview.endLine)
      }
      try writer.element("title", attributes: ["xml:lang": "ja"], text: item.title)
      for figure in item.figures { try writeFigure(figure, to: writer) }
      try writer.endElement()
    }
    try writer.endElement()
  }

  /// `<expenses>`: expense lines in model order, each linked to its `item`.
  func writeExpenses(_ expenses: [Expense], to writer: some XMLOutput) throws {
    try writer.startElement("expenses")
    for expense in expenses {
      try writer.startElement("expense")
      try writer.attribute("id", expense.id)
      try writer.attribute("item", expense.itemId)
      try writer.attribute("ordinal", integer: expense.ordinal)
      try writer.attribute("kind", expense.kind.rawValue)
      try writer.attribute("new", Self.boolean(expense.isNew))
      try writeSpan(expense.span, to: writer)
      try writer.element("name", attributes: ["xml:lang": "ja"], text: expense.name)
      for figure in expense.figures { try writeFigure(figure, to: writer) }
      try writer.endElement()
    }
    try writer.endElement()
  }

  /// `<summary>`: headline totals and summary-table rows.
  func writeSummary(_ entries: [SummaryEntry], to writer: some XMLOutput) throws {
    try writer.startElement("summary")
    for entry in entries {
      try writer.startElement("entry")
      try writer.attribute("id", entry.id)
      try writer.attribute("kind", entry.kind.rawValue)
      try writer.attribute("section", integer: entry.section)
      try writer.attribute("change-rate-percent", ifPresent: entry.changeRatePercent?.description)
      try writeSpan(entry.span, to: writer)
      try writer.element("section-title", attributes: ["xml:lang": "ja"], text: entry.sectionTitle)
      try writer.element("label", attributes: ["xml:lang": "ja"], text: entry.label)
      for figure in entry.figures { try writeFigure(figure, to: writer) }
      try writer.endElement()
    }
    try writer.endElement()
  }

  /// `<filp>`: FILP request figures.
  func writeFilp(_ entries: [FilpEntry], to writer: some XMLOutput) throws {
    try writer.startElement("filp")
    for entry in entries {
      try writer.startElement("filp-entry")
      try writer.attribute("id", entry.id)
      try writeSpan(entry.span, to: writer)
      try writer.element("program", attributes: ["xml:lang": "ja"], text: entry.program)
      try writer.element("label", attributes: ["xml:lang": "ja"], text: entry.label)
      try writeFigure(entry.figure, to: writer)
      try writer.endElement()
    }
    try writer.endElement()
  }

  /// `<findings>`: reconciliation findings, each with every source line involved.
  func writeFindings(_ findings: [Finding], to writer: some XMLOutput) throws {
    try writer.startElement("findings")
    for finding in findings {
      try writer.startElement("finding")
      try writer.attribute("severity", finding.severity.rawValue)
      try writer.attribute("code", finding.code.rawValue)
      try writer.attribute("subject", ifPresent: finding.subjectId)
      try writer.attribute("expected-jpy", ifPresent: finding.expectedJPY.map(String.init))
      try writer.attribute("actual-jpy", ifPresent: finding.actualJPY.map(String.init))
      try writer.element("message", text: finding.message)
      for line in finding.lines { try writer.element("line", text: String(line)) }
      try writer.endElement()
    }
    try writer.endElement()
  }

  /// `<figure>`, one RDF Data Cube observation: the measure and fiscal year are attributes,
  /// the amount is IATI's `<value currency="JPY" value-date="…">`. A figure without an amount
  /// keeps its `<figure>` element and has no `<value>`.
  func writeFigure(_ figure: Figure, to writer: some XMLOutput) throws {
    try writer.startElement("figure")
    try writer.attribute("measure", figure.measure.rawValue)
    if (1000...9999).contains(figure.fiscalYear) {
      try writer.attribute("fiscal-year", integer: figure.fiscalYear)  // its xs:gYear text
    } else {
      try writer.attribute("fiscal-year", Self.gYear(figure.fiscalYear))
    }
    try writer.attribute("fiscal-year-label", figure.fiscalYearLabel)
    try writer.attribute("counts-toward-total", Self.boolean(figure.countsTowardTotal))
    try writer.attribute("marker", ifPresent: figure.marker?.rawValue)
    try writer.attribute("line", integer: figure.line)
    if figure.operationCharacter == .revenue {
      try writer.attribute("operation-character", OperationCharacter.revenue.rawValue)
    }
    if let amount = figure.amountJPY {
      try writer.element(
        "value",
        attributes: ["currency": "JPY", "value-date": Self.fiscalYearStart(figure.fiscalYear)],
        text: String(amount))
    }
    try writer.endElement()
  }

  /// `line` and `end-line` attributes.
  func writeSpan(_ span: SourceSpan, to writer: some XMLOutput) throws {
    try writer.attribute("line", integer: span.line)
    try writer.attribute("end-line", integer: span.endLine)
  }

  /// `xs:boolean` canonical text.
  static func boolean(_ value: Bool) -> String { value ? "true" : "false" }

  /// `xs:gYear` text: at least four digits, e.g. `2024`.
  static func gYear(_ year: Int) -> String {
    if (1000...9999).contains(year) { return String(year) }  // every real year: no padding
    let digits = String(year.magnitude)
    let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return year < 0 ? "-" + padded : padded
  }

  /// The first day of a Japanese fiscal year (1 April), as `xs:date`: IATI's `value-date`.
  static func fiscalYearStart(_ year: Int) -> String { gYear(year) + "-04-01" }
}
