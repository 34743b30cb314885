import BudgetModel

extension JSONLDGraph {
  static let figureKinds = CodeList.figureKinds.codePrefix
  static let markers = CodeList.markers.codePrefix

  func itemNode(_ item: BudgetItem, _ out: inout JSONObjectWriter) {
    out.beginObject()
    out.quoted("@id") { appendDocumentPath(.item, item.id, to: &$0) }
    out.literal("@type", "\"Concept\"")
    out.string("identifier", item.id)
    out.string("notation", item.code)
    out.string("prefLabel", item.title)
    out.string("level", item.level.rawValue)
    if let parent = item.parentId {
      out.quoted("broader") { appendDocumentPath(.item, parent, to: &$0) }
    }
    out.literal("inScheme", schemeRef)
    if item.parentId == nil { out.literal("topConceptOf", schemeRef) }
    out.literal("isPartOf", documentRef)
    out.bool("isNew", item.isNew)
    lines(item.span, &out)
    out.integer("overviewLine", item.overviewSpan.map { Int64($0.line) })
    out.endObject()
  }

  func expenseNode(_ expense: Expense, _ out: inout JSONObjectWriter) {
    out.beginObject()
    out.quoted("@id") { appendDocumentPath(.expense, expense.id, to: &$0) }
    out.literal("@type", "[\"Concept\",\"Expense\"]")
    out.string("identifier", expense.id)
    out.string("prefLabel", expense.name)
    out.quoted("item") { appendDocumentPath(.item, expense.itemId, to: &$0) }
    out.quoted("broader") { appendDocumentPath(.item, expense.itemId, to: &$0) }
    out.literal("inScheme", schemeRef)
    out.literal("isPartOf", documentRef)
    out.integer("ordinal", expense.ordinal)
    out.string("expenseKind", expense.kind.rawValue)
    out.bool("isNew", expense.isNew)
    lines(expense.span, &out)
    out.endObject()
  }

  func summaryNode(_ entry: SummaryEntry, _ out: inout JSONObjectWriter) {
    out.beginObject()
    out.quoted("@id") { appendDocumentPath(.summary, entry.id, to: &$0) }
    out.literal("@type", "[\"Concept\",\"SummaryEntry\"]")
    out.string("identifier", entry.id)
    out.string("prefLabel", entry.label)
    out.literal("inScheme", schemeRef)
    out.string("summaryKind", entry.kind.rawValue)
    out.integer("section", entry.section)
    out.string("sectionTitle", entry.sectionTitle)
    out.string("changeRatePercent", entry.changeRatePercent?.description)
    out.literal("isPartOf", documentRef)
    lines(entry.span, &out)
    out.endObject()
  }

  func filpNode(_ entry: FilpEntry, _ out: inout JSONObjectWriter) {
    out.beginObject()
    out.quoted("@id") { appendDocumentPath(.filp, entry.id, to: &$0) }
    out.literal("@type", "[\"Concept\",\"FilpEntry\"]")
    out.string("identifier", entry.id)
    out.string("prefLabel", entry.label)
    out.literal("inScheme", schemeRef)
    out.string("program", entry.program)
    out.literal("isPartOf", documentRef)
    lines(entry.span, &out)
    out.endObject()
  }

  /// A figure: a `qb:Observation` of the data set when it has an amount (the cube's measure
  /// is mandatory), else only a `be:Figure` of the document.
  func observationNode(_ observation: Observation, _ out: inout JSONObjectWriter) {
    let figure = observation.figure
    let inCube = figure.amountJPY != nil
    out.beginObject()
    out.quoted("@id") {
      appendDocumentPath(.observation, observation.subjectId, to: &$0)
      $0.append(0x2F)
      JSONLDIRI.appendSegment(String(observation.measurePath), to: &$0)
    }
    if inCube {
      out.literal("@type", "[\"Observation\",\"Figure\"]")
    } else {
      out.literal("@type", "\"Figure\"")
    }
    out.string("identifier", observation.id)
    if inCube { out.literal("dataSet", documentRef) }
    out.literal("isPartOf", documentRef)
    out.quoted("budgetLine") {
      appendSubject(observation.subjectKind, observation.subjectId, to: &$0)
    }
    out.string("subjectKind", observation.subjectKind.rawValue)
    out.literal("organization", organizationRef)
    out.quoted("fiscalYear") { appendFiscalYearCode(figure.fiscalYear, to: &$0) }
    out.string("fiscalYearLabel", figure.fiscalYearLabel)
    out.literal("budgetPhase", phaseRef)
    out.quoted("operationCharacter") {
      Self.appendCode(
        figure.operationCharacter.rawValue, under: OpenBudgetsCode.operationCharacters, to: &$0)
    }
    out.quoted("figureKind") {
      Self.appendCode(figure.measure.rawValue, under: Self.figureKinds, to: &$0)
    }
    out.integer("amount", figure.amountJPY)
    out.literal("currency", "\"JPY\"")
    out.bool("countsTowardTotal", figure.countsTowardTotal)
    if let marker = figure.marker {
      out.quoted("marker") {
        Self.appendCode(marker.rawValue, under: Self.markers, to: &$0)
      }
    }
    out.integer("sourceLine", figure.line)
    out.endObject()
  }

  func findingNode(_ finding: Finding, ordinal: Int, _ out: inout JSONObjectWriter) {
    out.beginObject()
    out.quoted("@id") { appendFinding(ordinal, to: &$0) }
    out.literal("@type", "\"Finding\"")
    out.literal("isPartOf", documentRef)
    out.string("severity", finding.severity.rawValue)
    out.string("findingCode", finding.code.rawValue)
    out.string("message", finding.message)
    out.string("subjectId", finding.subjectId)
    if let id = finding.subjectId, let kind = subjectKinds[id] {
      out.quoted("subject") { appendSubject(kind, id, to: &$0) }
    }
    out.integer("expectedAmount", finding.expectedJPY)
    out.integer("actualAmount", finding.actualJPY)
    if !finding.lines.isEmpty {
      out.key("sourceLine")
      out.raw("[")
      for (index, line) in finding.lines.enumerated() {
        if index > 0 { out.raw(",") }
        ByteText.appendInteger(Int64(line), to: &out.output)
      }
      out.raw("]")
    }
    out.endObject()
  }

  /// The first and last line of the input stating a record.
  private func lines(_ span: SourceSpan, _ out: inout JSONObjectWriter) {
    out.integer("sourceLine", span.line)
    out.integer("sourceEndLine", span.endLine)
  }
}
