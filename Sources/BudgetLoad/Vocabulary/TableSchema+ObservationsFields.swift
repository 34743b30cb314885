import BudgetModel

extension TableSchema {
  /// The columns of `observations.csv`, each with the value it reads from a row.
  static let observationsFields: [TableField<Observation>] = [
    Column(
      name: "id", title: "ID", type: .string,
      description: "subject_id/measure, e.g. c1-2-1/budget.", required: true,
      propertyURL: Vocabulary.dcterms + "identifier"
    )
    .reading { observation, _ in .text(observation.id) },
    Column(
      name: "subject_id", title: "対象ID", type: .string,
      description: "The id of the item, expense, summary row or FILP entry.", required: true,
      propertyURL: "dsd/budget-line", valueURL: "{subject_kind}/{subject_id}"
    )
    .reading { observation, _ in .text(observation.subjectId) },
    Column(
      name: "subject_kind", title: "対象種別", type: .string,
      description: "item, expense, summary or filp: the table subject_id refers to.",
      required: true, allowedValues: ["item", "expense", "summary", "filp"],
      propertyURL: Term.iri(of: "subjectKind")
    )
    .reading { observation, _ in .text(observation.subjectKind.rawValue) },
    Column(
      name: "measure", title: "測定項目", type: .string,
      description:
        "budget (budget-year amount), prior_initial (prior year's initial budget), prior_supplementary (prior year's supplementary budget), change (A − B), filp (FILP request), or, for a table of several years, initial (another year's initial budget), settlement (決算額) or revised (補正後) of fiscal_year, or request (the amount a request for the document's budget asks for, 補正予算要望: not the enacted amount).",
      required: true, allowedValues: Measure.allCases.map(\.rawValue),
      propertyURL: Term.iri(of: "figureKind"),
      valueURL: CodeList.figureKinds.codePrefix + "{measure}"
    )
    .reading { observation, _ in .text(observation.figure.measure.rawValue) },
    operationCharacterColumn(of: "the figure")
      .reading { observation, _ in .text(observation.figure.operationCharacter.rawValue) },
    fiscalYearColumn(description: "The fiscal year the figure is for.")
      .reading { observation, _ in .integer(observation.figure.fiscalYear) },
    Column(
      name: "fiscal_year_label", title: "年度（表記）", type: .string,
      description: "The fiscal year as printed.", required: true,
      propertyURL: Term.iri(of: "fiscalYearLabel"), language: "ja"
    )
    .reading { observation, _ in .text(observation.figure.fiscalYearLabel) },
    amountColumn(
      title: "金額（円）", description: "The amount in yen; empty when the document states none."
    )
    .reading { observation, _ in .integer(observation.figure.amountJPY) },
    Column(
      name: "currency", title: "通貨", type: .string, description: "ISO 4217 code: JPY.",
      required: true, allowedValues: ["JPY"], propertyURL: Vocabulary.obeuCurrency,
      valueURL: Vocabulary.currencyAuthority + "{currency}"
    )
    .reading { _, _ in .text("JPY") },
    countsColumn(of: "the figure")
      .reading { observation, _ in .boolean(observation.figure.countsTowardTotal) },
    markerColumn(of: "the figure")
      .reading { observation, _ in .text(observation.figure.marker?.rawValue) },
    lineColumn("source_line", title: "記載行", description: "The line the figure is printed on.")
      .reading { observation, _ in .integer(observation.figure.line) },
    Column(
      name: "document_id", title: "文書ID", type: .string,
      description: "The document id, e.g. jp-soumu-2024-proposal.", required: true,
      propertyURL: Vocabulary.dcterms + "isPartOf", valueURL: "~/{document_id}"
    )
    .reading { _, info in .text(info.id) },
    Column(
      name: "data_set_id", title: "データセットID", type: .string,
      description:
        "The RDF Data Cube data set the figure is an observation of (the document id); empty when the document states no amount, which a cube observation cannot lack.",
      propertyURL: Vocabulary.qb + "dataSet", valueURL: "~/{data_set_id}"
    )
    .reading { observation, info in .text(observation.figure.amountJPY == nil ? nil : info.id) },
  ]
}
