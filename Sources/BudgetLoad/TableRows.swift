import BudgetModel

/// The rows of each CSV table, built from a document in model order. Each row has one cell
/// per column of the matching ``TableSchema``, in the same order.
enum TableRows {
  /// The rows of `schema` for `document`.
  static func rows(_ schema: TableSchema, of document: BudgetDocument) -> [[CSVCell]] {
    switch schema.name {
    case TableSchema.items.name: items(document)
    case TableSchema.expenses.name: expenses(document)
    case TableSchema.observations.name: observations(document)
    case TableSchema.summary.name: summary(document)
    case TableSchema.filp.name: filp(document)
    case TableSchema.findings.name: findings(document)
    default: []
    }
  }

  static func items(_ document: BudgetDocument) -> [[CSVCell]] {
    let info = document.info
    return document.items.map { item in
      let budget = item.figures.first(.budget)
      let prior = item.figures.first(.priorInitial)
      return [
        .text(item.id), .text(item.parentId), .text(item.level.rawValue), .text(item.code),
        .text(item.title), .integer(budget?.amountJPY), .integer(prior?.amountJPY),
        .boolean(budget?.countsTowardTotal), .text(budget?.marker?.rawValue),
        .boolean(item.isNew), .integer(item.span.line), .integer(item.span.endLine),
        .integer(item.overviewSpan?.line), .integer(info.fiscalYear),
        .text(info.fiscalYearLabel), .integer(info.priorFiscalYear),
        .text(info.organization.code), .text(info.organization.nameJa),
      ]
    }
  }

  static func expenses(_ document: BudgetDocument) -> [[CSVCell]] {
    document.expenses.map { expense in
      let budget = expense.figures.first(.budget)
      let prior = expense.figures.first(.priorInitial)
      let supplementary = expense.figures.first(.priorSupplementary)
      let markers = Set(expense.figures.compactMap(\.marker))
      return [
        .text(expense.id), .text(expense.itemId), .integer(expense.ordinal),
        .text(expense.kind.rawValue), .text(expense.name), .integer(budget?.amountJPY),
        .integer(prior?.amountJPY), .boolean(budget?.countsTowardTotal),
        .text(budget?.marker?.rawValue), .boolean(expense.isNew),
        .boolean(markers.contains(.partOf)), .boolean(markers.contains(.reposted)),
        .boolean(markers.contains(.shownLater)), .integer(supplementary?.amountJPY),
        .integer(supplementary?.fiscalYear), .boolean(supplementary?.countsTowardTotal),
        .text(supplementary?.marker?.rawValue), .integer(expense.span.line),
        .integer(expense.span.endLine),
      ]
    }
  }

  static func observations(_ document: BudgetDocument) -> [[CSVCell]] {
    document.observations.map { observation in
      let figure = observation.figure
      return [
        .text(observation.id), .text(observation.subjectId),
        .text(observation.subjectKind.rawValue), .text(figure.measure.rawValue),
        .integer(figure.fiscalYear), .text(figure.fiscalYearLabel), .integer(figure.amountJPY),
        .text("JPY"), .boolean(figure.countsTowardTotal), .text(figure.marker?.rawValue),
        .integer(figure.line), .text(document.info.id),
        .text(figure.amountJPY == nil ? nil : document.info.id),
      ]
    }
  }

  static func summary(_ document: BudgetDocument) -> [[CSVCell]] {
    document.summary.map { entry in
      [
        .text(entry.id), .text(entry.kind.rawValue), .integer(entry.section),
        .text(entry.sectionTitle), .text(entry.label),
        .integer(entry.figures.first(.budget)?.amountJPY),
        .integer(entry.figures.first(.priorInitial)?.amountJPY),
        .integer(entry.figures.first(.change)?.amountJPY), .decimal(entry.changeRatePercent),
        .integer(entry.span.line),
      ]
    }
  }

  static func filp(_ document: BudgetDocument) -> [[CSVCell]] {
    document.filp.map { entry in
      [
        .text(entry.id), .text(entry.program), .text(entry.label),
        .integer(entry.figure.amountJPY), .integer(entry.figure.fiscalYear),
        .integer(entry.span.line),
      ]
    }
  }

  static func findings(_ document: BudgetDocument) -> [[CSVCell]] {
    document.findings.map { finding in
      [
        .text(finding.severity.rawValue), .text(finding.code.rawValue), .text(finding.subjectId),
        .integer(finding.expectedJPY), .integer(finding.actualJPY),
        .text(finding.lines.isEmpty ? nil : finding.lines.map(String.init).joined(separator: " ")),
        .text(finding.message),
      ]
    }
  }
}
