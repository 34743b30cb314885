import BudgetModel

extension TableSchema {
  /// The columns of `filp.csv`, each with the value it reads from a row.
  static let filpFields: [TableField<FilpEntry>] = [
    idColumn("Stable id, e.g. filp-1.")
      .reading { entry, _ in .text(entry.id) },
    Column(
      name: "program", title: "事項", type: .string, description: "The program it funds.",
      required: true, propertyURL: Term.iri(of: "program"), language: "ja"
    )
    .reading { entry, _ in .text(entry.program) },
    Column(
      name: "label", title: "区分", type: .string,
      description: "The FILP kind as printed, e.g. 産業投資, 政府保証.", required: true,
      propertyURL: Vocabulary.skos + "prefLabel", language: "ja"
    )
    .reading { entry, _ in .text(entry.label) },
    amountColumn(
      title: "要求額（円）", description: "The requested amount in yen; empty when none is stated."
    ).suppressed()
      .reading { entry, _ in .integer(entry.figure.amountJPY) },
    fiscalYearColumn(description: "The fiscal year of the request.").suppressed()
      .reading { entry, _ in .integer(entry.figure.fiscalYear) },
    lineColumn("source_line", title: "記載行", description: "The line of the figure.")
      .reading { entry, _ in .integer(entry.span.line) },
  ]
}
