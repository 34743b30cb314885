import BudgetModel

extension TableSchema {
  /// The columns of `expenses.csv`, each with the value it reads from a row.
  static let expensesFields: [TableField<Expense>] = [
    idColumn("Stable id: the item's id and the ordinal, e.g. c1-2-1-a-e1.")
      .reading { expense, _ in .text(expense.id) },
    Column(
      name: "item_id", title: "事項ID", type: .string,
      description: "The item the expense stands under (items.id).", required: true,
      propertyURL: Term.iri(of: "item"), valueURL: ResourcePath.item.template("item_id")
    )
    .reading { expense, _ in .text(expense.itemId) },
    Column(
      name: "ordinal", title: "順番", type: .integer,
      description: "1-based position among the item's expenses.", required: true,
      propertyURL: Term.iri(of: "ordinal")
    )
    .reading { expense, _ in .integer(expense.ordinal) },
    Column(
      name: "kind", title: "種別", type: .string,
      description: "main (【主な経費】), breakdown (・ bullet) or memo (bracketed memo figure).",
      required: true, allowedValues: ["main", "breakdown", "memo"],
      propertyURL: Term.iri(of: "expenseKind")
    )
    .reading { expense, _ in .text(expense.kind.rawValue) },
    Column(
      name: "name", title: "経費名", type: .string, description: "The name as printed.",
      required: true, propertyURL: Vocabulary.skos + "prefLabel", language: "ja"
    )
    .reading { expense, _ in .text(expense.name) },
    amountColumn(description: "Budget-year amount in yen; empty when none is stated.")
      .suppressed()
      .reading { expense, _ in .integer(expense.figures.first(.budget)?.amountJPY) },
    amountColumn(
      "prior_amount_jpy", title: "前年度予算額（円）",
      description: "Prior fiscal year's initial budget in yen; empty when none is stated.",
      property: Term.iri(of: "priorAmount")
    ).suppressed()
      .reading { expense, _ in .integer(expense.figures.first(.priorInitial)?.amountJPY) },
    countsColumn(of: "the budget-year amount").suppressed()
      .reading { expense, _ in .boolean(expense.figures.first(.budget)?.countsTowardTotal) },
    markerColumn(of: "the budget-year amount").suppressed()
      .reading { expense, _ in .text(expense.figures.first(.budget)?.marker?.rawValue) },
    Column(
      name: "is_new", title: "新規", type: .boolean, description: "（新規） was printed.",
      required: true, propertyURL: Term.iri(of: "isNew")
    )
    .reading { expense, _ in .boolean(expense.isNew) },
    Column(
      name: "is_part_of", title: "内数", type: .boolean,
      description:
        "true when any of the expense's figures is printed の内数 (part of a larger figure).",
      // Not a term of the vocabulary (its local name is the context's dcterms:isPartOf);
      // suppressed, so it states no triple.
      required: true, propertyURL: Vocabulary.budget + "isPartOf", suppressOutput: true
    )
    .reading { expense, _ in .boolean(expense.figures.contains { $0.marker == .partOf }) },
    Column(
      name: "is_reposted", title: "再掲", type: .boolean,
      description: "true when any of the expense's figures is printed 再掲 (repeated).",
      required: true, propertyURL: Term.iri(of: "isReposted"), suppressOutput: true
    )
    .reading { expense, _ in .boolean(expense.figures.contains { $0.marker == .reposted }) },
    Column(
      name: "is_shown_later", title: "後掲", type: .boolean,
      description: "true when any of the expense's figures is printed 後掲 (stated again later).",
      required: true, propertyURL: Term.iri(of: "isShownLater"), suppressOutput: true
    )
    .reading { expense, _ in .boolean(expense.figures.contains { $0.marker == .shownLater }) },
    amountColumn(
      "supplementary_amount_jpy", title: "補正予算額（円）",
      description:
        "Prior fiscal year's supplementary-budget amount stated with the expense, in yen.",
      property: Term.iri(of: "supplementaryAmount")
    ).suppressed()
      .reading { expense, _ in .integer(expense.figures.first(.priorSupplementary)?.amountJPY) },
    Column(
      name: "supplementary_fiscal_year", title: "補正予算年度", type: .year,
      description: "The fiscal year of the supplementary budget.",
      propertyURL: Term.iri(of: "supplementaryFiscalYear"), suppressOutput: true
    )
    .reading { expense, _ in .integer(expense.figures.first(.priorSupplementary)?.fiscalYear) },
    countsColumn("supplementary_counts_toward_total", of: "the supplementary amount")
      .suppressed()
      .reading { expense, _ in
        .boolean(expense.figures.first(.priorSupplementary)?.countsTowardTotal)
      },
    markerColumn("supplementary_marker", of: "the supplementary amount").suppressed()
      .reading { expense, _ in .text(expense.figures.first(.priorSupplementary)?.marker?.rawValue)
      },
    lineColumn("source_line", title: "記載行", description: "First line of the expense.")
      .reading { expense, _ in .integer(expense.span.line) },
    lineColumn("end_line", title: "記載終了行", description: "Last line of the expense.")
      .reading { expense, _ in .integer(expense.span.endLine) },
  ]
}
