import BudgetModel

// Each table's record, cell by cell in the order of its fields (`TableSchema+*Fields.swift`).

extension Observation: CSVRecordWritable {
  func writeRecord(_ info: DocumentInfo, into record: inout CSVRecordBytes) {
    record.text(id)
    record.text(subjectId)
    record.text(subjectKind.rawValue)
    record.text(figure.measure.rawValue)
    record.text(figure.operationCharacter.rawValue)
    record.integer(figure.fiscalYear)
    record.text(figure.fiscalYearLabel)
    record.integer(figure.amountJPY)
    record.text("JPY")
    record.boolean(figure.countsTowardTotal)
    record.text(figure.marker?.rawValue)
    record.integer(figure.line)
    record.text(info.id)
    record.text(figure.amountJPY == nil ? nil : info.id)
    record.end()
  }
}

extension BudgetItem: CSVRecordWritable {
  func writeRecord(_ info: DocumentInfo, into record: inout CSVRecordBytes) {
    let budget = figures.first(.budget)
    record.text(id)
    record.text(parentId)
    record.text(level.rawValue)
    record.text(code)
    record.text(title)
    record.integer(budget?.amountJPY)
    record.integer(figures.first(.priorInitial)?.amountJPY)
    record.boolean(budget?.countsTowardTotal)
    record.text(budget?.marker?.rawValue)
    record.boolean(isNew)
    record.integer(span.line)
    record.integer(span.endLine)
    record.integer(overviewSpan?.line)
    record.integer(info.fiscalYear)
    record.text(info.fiscalYearLabel)
    record.integer(info.priorFiscalYear)
    record.text(info.organization.code)
    record.text(info.organization.nameJa)
    record.end()
  }
}

extension Expense: CSVRecordWritable {
  func writeRecord(_ info: DocumentInfo, into record: inout CSVRecordBytes) {
    let budget = figures.first(.budget)
    let supplementary = figures.first(.priorSupplementary)
    record.text(id)
    record.text(itemId)
    record.integer(ordinal)
    record.text(kind.rawValue)
    record.text(name)
    record.integer(budget?.amountJPY)
    record.integer(figures.first(.priorInitial)?.amountJPY)
    record.boolean(budget?.countsTowardTotal)
    record.text(budget?.marker?.rawValue)
    record.boolean(isNew)
    record.boolean(figures.contains { $0.marker == .partOf })
    record.boolean(figures.contains { $0.marker == .reposted })
    record.boolean(figures.contains { $0.marker == .shownLater })
    record.integer(supplementary?.amountJPY)
    record.integer(supplementary?.fiscalYear)
    record.boolean(supplementary?.countsTowardTotal)
    record.text(supplementary?.marker?.rawValue)
    record.integer(span.line)
    record.integer(span.endLine)
    record.end()
  }
}

extension SummaryEntry: CSVRecordWritable {
  func writeRecord(_ info: DocumentInfo, into record: inout CSVRecordBytes) {
    record.text(id)
    record.text(kind.rawValue)
    record.integer(section)
    record.text(sectionTitle)
    record.text(label)
    record.text((figures.first?.operationCharacter ?? .expenditure).rawValue)
    record.integer(figures.first(.budget)?.amountJPY)
    record.integer(figures.first(.priorInitial)?.amountJPY)
    record.integer(figures.first(.change)?.amountJPY)
    record.decimal(changeRatePercent)
    record.integer(span.line)
    record.end()
  }
}

extension FilpEntry: CSVRecordWritable {
  func writeRecord(_ info: DocumentInfo, into record: inout CSVRecordBytes) {
    record.text(id)
    record.text(program)
    record.text(label)
    record.integer(figure.amountJPY)
    record.integer(figure.fiscalYear)
    record.integer(span.line)
    record.end()
  }
}

extension Finding: CSVRecordWritable {
  func writeRecord(_ info: DocumentInfo, into record: inout CSVRecordBytes) {
    record.text(severity.rawValue)
    record.text(code.rawValue)
    record.text(subjectId)
    record.integer(expectedJPY)
    record.integer(actualJPY)
    record.text(lines.isEmpty ? nil : lines.map(String.init).joined(separator: " "))
    record.text(message)
    record.end()
  }
}
