import BudgetModel

extension TableSchema {
  /// The columns of `items.csv`, each with the value it reads from a row.
  static let itemsFields: [TableField<BudgetItem>] = [
    idColumn("Stable id from the position in the hierarchy, e.g. c1-2-1-a.")
      .reading { item, _ in .text(item.id) },
    Column(
      name: "parent_id", title: "親事項ID", type: .string,
      description: "The id of the parent item; empty for chapters.",
      propertyURL: Vocabulary.skos + "broader", valueURL: ResourcePath.item.template("parent_id")
    )
    .reading { item, _ in .text(item.parentId) },
    Column(
      name: "level", title: "階層", type: .string,
      description: "chapter, item, sub_item or sub_sub_item.", required: true,
      allowedValues: OutlineLevel.allCases.map(\.rawValue),
      propertyURL: Term.iri(of: "level")
    )
    .reading { item, _ in .text(item.level.rawValue) },
    Column(
      name: "code", title: "番号", type: .string,
      description: "The number as printed, e.g. I, 2, 2.(1), 2.(1).(a).", required: true,
      propertyURL: Vocabulary.skos + "notation"
    )
    .reading { item, _ in .text(item.code) },
    Column(
      name: "title", title: "事項名", type: .string, description: "The title as printed.",
      required: true, propertyURL: Vocabulary.skos + "prefLabel", language: "ja"
    )
    .reading { item, _ in .text(item.title) },
    amountColumn(
      description:
        "Budget-year amount in yen (the document's phase, e.g. the proposal); empty when none is stated."
    ).suppressed()
      .reading { item, _ in .integer(item.figures.first(.budget)?.amountJPY) },
    amountColumn(
      "prior_amount_jpy", title: "前年度予算額（円）",
      description:
        "Prior fiscal year's initial budget in yen; empty when none is stated (e.g. 新規).",
      property: Term.iri(of: "priorAmount")
    ).suppressed()
      .reading { item, _ in .integer(item.figures.first(.priorInitial)?.amountJPY) },
    countsColumn(of: "the budget-year amount").suppressed()
      .reading { item, _ in .boolean(item.figures.first(.budget)?.countsTowardTotal) },
    markerColumn(of: "the budget-year amount").suppressed()
      .reading { item, _ in .text(item.figures.first(.budget)?.marker?.rawValue) },
    Column(
      name: "is_new", title: "新規", type: .boolean,
      description: "true when the item is new (prior-year figure printed 新規 or zero).",
      required: true, propertyURL: Term.iri(of: "isNew")
    )
    .reading { item, _ in .boolean(item.isNew) },
    lineColumn(
      "source_line", title: "記載行", description: "First line of the input stating the item."
    )
    .reading { item, _ in .integer(item.span.line) },
    lineColumn("end_line", title: "記載終了行", description: "Last line of the statement.")
      .reading { item, _ in .integer(item.span.endLine) },
    lineColumn(
      "overview_line", title: "概要記載行",
      description: "The line in the overview list of major items; empty when not listed there.",
      required: false
    )
    .reading { item, _ in .integer(item.overviewSpan?.line) },
    fiscalYearColumn(description: "The budget year (Gregorian year in which it starts).")
      .suppressed()
      .reading { _, info in .integer(info.fiscalYear) },
    Column(
      name: "fiscal_year_label", title: "年度（表記）", type: .string,
      description: "The budget year as printed, e.g. 令和6年度.", required: true,
      propertyURL: Term.iri(of: "fiscalYearLabel"), suppressOutput: true,
      language: "ja"
    )
    .reading { _, info in .text(info.fiscalYearLabel) },
    Column(
      name: "prior_fiscal_year", title: "前年度", type: .year,
      description: "The prior fiscal year the prior amount belongs to.", required: true,
      propertyURL: Term.iri(of: "priorFiscalYear"), suppressOutput: true
    )
    .reading { _, info in .integer(info.priorFiscalYear) },
    Column(
      name: "ministry_code", title: "府省コード", type: .string,
      description: "ASCII code of the ministry, e.g. soumu.", required: true,
      propertyURL: Term.iri(of: "organizationCode"), suppressOutput: true
    )
    .reading { _, info in .text(info.organization.code) },
    Column(
      name: "ministry_name", title: "府省名", type: .string,
      description: "The ministry's Japanese name, e.g. 総務省.", required: true,
      propertyURL: Vocabulary.foaf + "name", suppressOutput: true, language: "ja"
    )
    .reading { _, info in .text(info.organization.nameJa) },
  ]
}
