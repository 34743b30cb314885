import BudgetModel

extension Extractor {
  /// Fails an input in which no layout found anything of a budget overview — no headline,
  /// summary table, heading, expense line or FILP entry (a README, a letter, a PDF of
  /// something else) — instead of exporting an empty document.
  ///
  /// - Throws: ``BudgetExtractError/noBudgetStructure(source:)``.
  public static func requireBudgetStructure(_ document: ExtractedDocument) throws {
    let records =
      document.headlines.count + document.summaryTables.count + document.overview.count
      + document.details.count + document.expenses.count + document.filp.count
      + document.amountLines.count
    guard records == 0 else { return }
    let lines = Array(Set(document.diagnostics.map(\.span.line))).sorted()
    guard !lines.isEmpty else {
      throw BudgetExtractError.noBudgetStructure(source: document.sourceName)
    }
    var kinds: [String: Int] = [:]
    for d in document.diagnostics { kinds[d.message, default: 0] += 1 }
    let found = kinds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map {
      "\($0.value) × \($0.key)"
    }.joined(separator: "; ")
    throw BudgetExtractError.unreadableFigures(
      source: document.sourceName, found: found, lines: Array(lines.prefix(10)))
  }
}
