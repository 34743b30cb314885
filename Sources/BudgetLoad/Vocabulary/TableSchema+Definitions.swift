import BudgetModel

extension TableSchema {
  /// The six CSV tables in export order.
  public static let all: [TableSchema] = [items, expenses, observations, summary, filp, findings]

  /// The table with this name (`items`) or file name (`items.csv`).
  public static func named(_ name: String) -> TableSchema? {
    all.first { $0.name == name || $0.path == name }
  }

  /// Sentence appended to every table description.
  static let formulaNote =
    " Text cells that begin with =, +, -, @, a tab or a carriage return are written with a leading apostrophe (') so that spreadsheets do not evaluate them (OWASP CSV injection); remove one leading apostrophe from such a text value to recover it. Numeric columns are never altered. Line breaks inside text are written as one space. An empty amount cell means that the document states no amount (printed —), which differs from 0."

  static let markerValues = FigureMarker.allCases.map(\.rawValue)

  // MARK: Shared columns

  static func idColumn(_ description: String, pattern: String? = nil) -> Column {
    Column(
      name: "id", title: "ID", type: .string, description: description, required: true,
      propertyURL: Vocabulary.dcterms + "identifier", pattern: pattern)
  }

  /// The ids the transform gives summary entries: `s1-total`, `s1-r2` (a section's headline
  /// and rows of an overview), `t2-r3` (row 3 of a document's table 2), `t2-r3-p1` (its first
  /// part column, `うち通常分`), `h4` (the 4th amount line in running text), and `-2`, `-3`, …
  /// after a number that repeats.
  public static let summaryIdPattern =
    "(s[0-9]+-(total|r[0-9]+)|t[0-9]+-r[0-9]+(-p[0-9]+)?|h[0-9]+)(-[0-9]+)?"

  static func amountColumn(
    _ name: String = "amount_jpy", title: String = "予算額（円）", description: String,
    property: String = Vocabulary.obeuMeasureAmount
  ) -> Column {
    Column(
      name: name, title: title, type: .integer, description: description, unit: "JPY",
      propertyURL: property)
  }

  /// `operation_character`: which side of the account a figure is on.
  static func operationCharacterColumn(of figure: String) -> Column {
    Column(
      name: "operation_character", title: "歳入歳出の別", type: .string,
      description:
        "expenditure (歳出) or revenue (歳入): revenue only where the document names the side of \(figure) (a 歳入 row, section or column) or its label is a revenue (税収, 公債金, …収入).",
      required: true, allowedValues: OperationCharacter.allCases.map(\.rawValue),
      propertyURL: Vocabulary.obeuOperationCharacter,
      valueURL: OpenBudgetsCode.operationCharacterList + "/{operation_character}")
  }

  static func countsColumn(_ name: String = "counts_toward_total", of figure: String) -> Column {
    Column(
      name: name, title: "合計算入", type: .boolean,
      description:
        "true when \(figure) counts toward totals; false when it is bracketed, part of a larger figure, reposted or shown later. Empty when there is no such figure.",
      propertyURL: Term.iri(of: "countsTowardTotal"))
  }

  static func markerColumn(_ name: String = "marker", of figure: String) -> Column {
    Column(
      name: name, title: "表示区分", type: .string,
      description:
        "The printed marker that takes \(figure) out of totals: bracketed (〔 〕), part_of (の内数), reposted (再掲), shown_later (後掲); empty for an original figure.",
      allowedValues: markerValues, propertyURL: Term.iri(of: "marker"),
      valueURL: CodeList.markers.codePrefix + "{\(name)}")
  }

  static func lineColumn(
    _ name: String, title: String, description: String, required: Bool = true,
    property: String? = nil
  ) -> Column {
    let defaults = [
      "source_line": "sourceLine", "end_line": "sourceEndLine", "overview_line": "overviewLine",
    ]
    return Column(
      name: name, title: title, type: .integer, description: description, required: required,
      propertyURL: Term.iri(of: property ?? defaults[name] ?? camelCase(name)))
  }

  static func type(_ iri: String) -> VirtualProperty {
    VirtualProperty(propertyURL: Vocabulary.rdf + "type", valueURL: iri)
  }

  /// `dcterms:isPartOf` the document (dataset) IRI.
  static let partOfDocument = VirtualProperty(
    propertyURL: Vocabulary.dcterms + "isPartOf", valueURL: ".")

  static func fiscalYearColumn(description: String, required: Bool = true) -> Column {
    Column(
      name: "fiscal_year", title: "年度", type: .year, description: description,
      required: required, propertyURL: Vocabulary.obeuFiscalYear,
      valueURL: "~/fiscal-year/{fiscal_year}")
  }

  static func camelCase(_ snake: String) -> String {
    let parts = snake.split(separator: "_")
    return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }
      .joined()
  }

  // MARK: Tables

  /// `items.csv`: one row per chapter, item, sub-item and sub-sub-item.
  public static let items = TableSchema(
    name: "items", path: "items.csv", title: "主要事項",
    description:
      "One row per chapter, item, sub-item and sub-sub-item of the budget overview, in document order (parents first), with the budget-year and prior-year initial amounts in yen."
      + formulaNote,
    columns: itemsFields.map(\.column),
    primaryKey: ["id"],
    foreignKeys: [
      ForeignKey(columns: ["parent_id"], referencedTable: "items", referencedColumns: ["id"])
    ],
    aboutURL: ResourcePath.item.template("id"),
    virtualProperties: [
      type(Vocabulary.skos + "Concept"),
      VirtualProperty(propertyURL: Vocabulary.skos + "inScheme", valueURL: "items"),
      partOfDocument,
    ])

  /// `expenses.csv`: one row per expense line (主な経費, breakdown bullets, memo figures).
  public static let expenses = TableSchema(
    name: "expenses", path: "expenses.csv", title: "主な経費",
    description:
      "One row per expense line: 【主な経費】 entries, breakdown bullets and bracketed memo figures, in document order, with amounts in yen."
      + formulaNote,
    columns: expensesFields.map(\.column),
    primaryKey: ["id"],
    foreignKeys: [
      ForeignKey(columns: ["item_id"], referencedTable: "items", referencedColumns: ["id"])
    ],
    aboutURL: ResourcePath.expense.template("id"),
    virtualProperties: [
      type(Vocabulary.skos + "Concept"),
      type(Term.iri(of: "Expense")),
      VirtualProperty(
        propertyURL: Vocabulary.skos + "broader", valueURL: ResourcePath.item.template("item_id")),
      VirtualProperty(propertyURL: Vocabulary.skos + "inScheme", valueURL: "items"),
      partOfDocument,
    ])

  /// `observations.csv`: every figure in long format (one row per figure).
  public static let observations = TableSchema(
    name: "observations", path: "observations.csv", title: "観測値",
    description:
      "Every figure of the document in long format, one row per figure: items, expenses, summary rows and FILP entries, each in document order. subject_id refers to items, expenses, summary or filp according to subject_kind."
      + formulaNote,
    columns: observationsFields.map(\.column),
    primaryKey: ["id"],
    // `obs/{+id}`: `obs/t1-r1/budget`, `obs/t1-r1/settlement-2011` (ids are `[a-z0-9-/]`, kept
    // as they are by the reserved expansion; the same IRIs as the JSON-LD `@id`s).
    aboutURL: ResourcePath.observation.prefix.description + "{+id}",
    virtualProperties: [type(Term.iri(of: "Figure")), .organization, .budgetPhase])

  /// `summary.csv`: headline totals and summary-table rows.
  public static let summary = TableSchema(
    name: "summary", path: "summary.csv", title: "予算総括",
    description:
      "Headline totals and summary-table rows per account section, in yen: budget year (A), prior year (B), change (C = A − B, negative for decreases printed ▲) and the printed change rate C/B in percent."
      + formulaNote,
    columns: summaryFields.map(\.column),
    primaryKey: ["id"],
    aboutURL: ResourcePath.summary.template("id"),
    virtualProperties: [type(Term.iri(of: "SummaryEntry")), partOfDocument])

  /// `filp.csv`: FILP (財政投融資) request figures.
  public static let filp = TableSchema(
    name: "filp", path: "filp.csv", title: "財政投融資",
    description: "FILP (財政投融資) request figures in yen." + formulaNote,
    columns: filpFields.map(\.column),
    primaryKey: ["id"],
    aboutURL: ResourcePath.filp.template("id"),
    virtualProperties: [type(Term.iri(of: "FilpEntry")), partOfDocument])

  /// `findings.csv`: reconciliation findings. No primary key (rows are in model order).
  public static let findings = TableSchema(
    name: "findings", path: "findings.csv", title: "検証結果",
    description:
      "Reconciliation findings: places where two statements of the document disagree. info: explained by rounding; warning: a real disagreement."
      + formulaNote,
    columns: findingsFields.map(\.column),
    primaryKey: [],
    // `_row` is the CSVW row number: findings are numbered 1, 2, … as in the JSON-LD.
    aboutURL: ResourcePath.finding.template("_row"),
    virtualProperties: [type(Term.iri(of: "Finding")), partOfDocument])
}
