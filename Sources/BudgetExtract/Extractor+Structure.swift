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
    if records == 0 { throw BudgetExtractError.noBudgetStructure(source: document.sourceName) }
  }
}
