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

  static func idColumn(_ description: String) -> Column {
    Column(
      name: "id", title: "ID", type: .string, description: description, required: true,
      propertyURL: TableVocabulary.dcterms + "identifier")
  }

  static func amountColumn(
    _ name: String = "amount_jpy", title: String = "予算額（円）", description: String,
    property: String = TableVocabulary.obeuMeasureAmount
  ) -> Column {
    Column(
      name: name, title: title, type: .integer, description: description, unit: "JPY",
      propertyURL: property)
  }

  static func countsColumn(_ name: String = "counts_toward_total", of figure: String) -> Column {
    Column(
      name: name, title: "合計算入", type: .boolean,
      description:
        "true when \(figure) counts toward totals; false when it is bracketed, part of a larger figure, reposted or shown later. Empty when there is no such figure.",
      propertyURL: TableVocabulary.budget + "countsTowardTotal")
  }

  static func markerColumn(_ name: String = "marker", of figure: String) -> Column {
    Column(
      name: name, title: "表示区分", type: .string,
      description:
        "The printed marker that takes \(figure) out of totals: bracketed (〔 〕), part_of (の内数), reposted (再掲), shown_later (後掲); empty for an original figure.",
      allowedValues: markerValues, propertyURL: TableVocabulary.budget + "marker",
      valueURL: TableVocabulary.codeList + "marker/{\(name)}")
  }

  static func lineColumn(
    _ name: String, title: String, description: String, required: Bool = true,
    property: String? = nil
  ) -> Column {
    let defaults = ["source_line": "sourceLine", "end_line": "sourceEndLine", "overview_line": "overviewLine"]
    return Column(
      name: name, title: title, type: .integer, description: description, required: required,
      propertyURL: TableVocabulary.budget + (property ?? defaults[name] ?? camelCase(name)))
  }

  static func type(_ iri: String) -> VirtualProperty {
    VirtualProperty(propertyURL: TableVocabulary.rdf + "type", valueURL: iri)
  }

  /// `dcterms:isPartOf` the document (dataset) IRI.
  static let partOfDocument = VirtualProperty(
    propertyURL: TableVocabulary.dcterms + "isPartOf", valueURL: ".")

  static func fiscalYearColumn(description: String, required: Bool = true) -> Column {
    Column(
      name: "fiscal_year", title: "年度", type: .year, description: description,
      required: required, propertyURL: TableVocabulary.obeuFiscalYear,
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
    columns: [
      idColumn("Stable id from the position in the hierarchy, e.g. c1-2-1-a."),
      Column(
        name: "parent_id", title: "親事項ID", type: .string,
        description: "The id of the parent item; empty for chapters.",
        propertyURL: TableVocabulary.skos + "broader", valueURL: "item/{parent_id}"),
      Column(
        name: "level", title: "階層", type: .string,
        description: "chapter, item, sub_item or sub_sub_item.", required: true,
        allowedValues: OutlineLevel.allCases.map(\.rawValue),
        propertyURL: TableVocabulary.budget + "level"),
      Column(
        name: "code", title: "番号", type: .string,
        description: "The number as printed, e.g. I, 2, 2.(1), 2.(1).(a).", required: true,
        propertyURL: TableVocabulary.skos + "notation"),
      Column(
        name: "title", title: "事項名", type: .string, description: "The title as printed.",
        required: true, propertyURL: TableVocabulary.skos + "prefLabel", language: "ja"),
      amountColumn(
        description:
          "Budget-year amount in yen (the document's phase, e.g. the proposal); empty when none is stated."
      ).suppressed(),
      amountColumn(
        "prior_amount_jpy", title: "前年度予算額（円）",
        description: "Prior fiscal year's initial budget in yen; empty when none is stated (e.g. 新規).",
        property: TableVocabulary.budget + "priorAmount"
      ).suppressed(),
      countsColumn(of: "the budget-year amount").suppressed(),
      markerColumn(of: "the budget-year amount").suppressed(),
      Column(
        name: "is_new", title: "新規", type: .boolean,
        description: "true when the item is new (prior-year figure printed 新規 or zero).",
        required: true, propertyURL: TableVocabulary.budget + "isNew"),
      lineColumn("source_line", title: "記載行", description: "First line of the input stating the item."),
      lineColumn("end_line", title: "記載終了行", description: "Last line of the statement."),
      lineColumn(
        "overview_line", title: "概要記載行",
        description: "The line in the overview list of major items; empty when not listed there.",
        required: false),
      fiscalYearColumn(description: "The budget year (Gregorian year in which it starts).")
        .suppressed(),
      Column(
        name: "fiscal_year_label", title: "年度（表記）", type: .string,
        description: "The budget year as printed, e.g. 令和6年度.", required: true,
        propertyURL: TableVocabulary.budget + "fiscalYearLabel", suppressOutput: true,
        language: "ja"),
      Column(
        name: "prior_fiscal_year", title: "前年度", type: .year,
        description: "The prior fiscal year the prior amount belongs to.", required: true,
        propertyURL: TableVocabulary.budget + "priorFiscalYear", suppressOutput: true),
      Column(
        name: "ministry_code", title: "府省コード", type: .string,
        description: "ASCII code of the ministry, e.g. soumu.", required: true,
        propertyURL: TableVocabulary.budget + "organizationCode", suppressOutput: true),
      Column(
        name: "ministry_name", title: "府省名", type: .string,
        description: "The ministry's Japanese name, e.g. 総務省.", required: true,
        propertyURL: "http://xmlns.com/foaf/0.1/name", suppressOutput: true, language: "ja"),
    ],
    primaryKey: ["id"],
    foreignKeys: [
      ForeignKey(columns: ["parent_id"], referencedTable: "items", referencedColumns: ["id"])
    ],
    aboutURL: "item/{id}",
    virtualProperties: [
      type(TableVocabulary.skos + "Concept"),
      VirtualProperty(propertyURL: TableVocabulary.skos + "inScheme", valueURL: "items"),
      partOfDocument,
    ])

  /// `expenses.csv`: one row per expense line (主な経費, breakdown bullets, memo figures).
  public static let expenses = TableSchema(
    name: "expenses", path: "expenses.csv", title: "主な経費",
    description:
      "One row per expense line: 【主な経費】 entries, breakdown bullets and bracketed memo figures, in document order, with amounts in yen."
      + formulaNote,
    columns: [
      idColumn("Stable id: the item's id and the ordinal, e.g. c1-2-1-a-e1."),
      Column(
        name: "item_id", title: "事項ID", type: .string,
        description: "The item the expense stands under (items.id).", required: true,
        propertyURL: TableVocabulary.budget + "item", valueURL: "item/{item_id}"),
      Column(
        name: "ordinal", title: "順番", type: .integer,
        description: "1-based position among the item's expenses.", required: true,
        propertyURL: TableVocabulary.budget + "ordinal"),
      Column(
        name: "kind", title: "種別", type: .string,
        description: "main (【主な経費】), breakdown (・ bullet) or memo (bracketed memo figure).",
        required: true, allowedValues: ["main", "breakdown", "memo"],
        propertyURL: TableVocabulary.budget + "expenseKind"),
      Column(
        name: "name", title: "経費名", type: .string, description: "The name as printed.",
        required: true, propertyURL: TableVocabulary.skos + "prefLabel", language: "ja"),
      amountColumn(description: "Budget-year amount in yen; empty when none is stated.")
        .suppressed(),
      amountColumn(
        "prior_amount_jpy", title: "前年度予算額（円）",
        description: "Prior fiscal year's initial budget in yen; empty when none is stated.",
        property: TableVocabulary.budget + "priorAmount"
      ).suppressed(),
      countsColumn(of: "the budget-year amount").suppressed(),
      markerColumn(of: "the budget-year amount").suppressed(),
      Column(
        name: "is_new", title: "新規", type: .boolean, description: "（新規） was printed.",
        required: true, propertyURL: TableVocabulary.budget + "isNew"),
      Column(
        name: "is_part_of", title: "内数", type: .boolean,
        description: "true when any of the expense's figures is printed の内数 (part of a larger figure).",
        required: true, propertyURL: TableVocabulary.budget + "isPartOf", suppressOutput: true),
      Column(
        name: "is_reposted", title: "再掲", type: .boolean,
        description: "true when any of the expense's figures is printed 再掲 (repeated).",
        required: true, propertyURL: TableVocabulary.budget + "isReposted", suppressOutput: true),
      Column(
        name: "is_shown_later", title: "後掲", type: .boolean,
        description: "true when any of the expense's figures is printed 後掲 (stated again later).",
        required: true, propertyURL: TableVocabulary.budget + "isShownLater", suppressOutput: true),
      amountColumn(
        "supplementary_amount_jpy", title: "補正予算額（円）",
        description: "Prior fiscal year's supplementary-budget amount stated with the expense, in yen.",
        property: TableVocabulary.budget + "supplementaryAmount"
      ).suppressed(),
      Column(
        name: "supplementary_fiscal_year", title: "補正予算年度", type: .year,
        description: "The fiscal year of the supplementary budget.",
        propertyURL: TableVocabulary.budget + "supplementaryFiscalYear", suppressOutput: true),
      countsColumn("supplementary_counts_toward_total", of: "the supplementary amount")
        .suppressed(),
      markerColumn("supplementary_marker", of: "the supplementary amount").suppressed(),
      lineColumn("source_line", title: "記載行", description: "First line of the expense."),
      lineColumn("end_line", title: "記載終了行", description: "Last line of the expense."),
    ],
    primaryKey: ["id"],
    foreignKeys: [
      ForeignKey(columns: ["item_id"], referencedTable: "items", referencedColumns: ["id"])
    ],
    aboutURL: "expense/{id}",
    virtualProperties: [
      type(TableVocabulary.skos + "Concept"),
      type(TableVocabulary.budget + "Expense"),
      VirtualProperty(propertyURL: TableVocabulary.skos + "broader", valueURL: "item/{item_id}"),
      VirtualProperty(propertyURL: TableVocabulary.skos + "inScheme", valueURL: "items"),
      partOfDocument,
    ])

  /// `observations.csv`: every figure in long format (one row per figure).
  public static let observations = TableSchema(
    name: "observations", path: "observations.csv", title: "観測値",
    description:
      "Every figure of the document in long format, one row per figure: items, expenses, summary rows and FILP entries, each in document order. subject_id refers to items, expenses, summary or filp according to subject_kind."
      + formulaNote,
    columns: [
      Column(
        name: "id", title: "ID", type: .string,
        description: "subject_id/measure, e.g. c1-2-1/budget.", required: true,
        propertyURL: TableVocabulary.dcterms + "identifier"),
      Column(
        name: "subject_id", title: "対象ID", type: .string,
        description: "The id of the item, expense, summary row or FILP entry.", required: true,
        propertyURL: "dsd/budget-line", valueURL: "{subject_kind}/{subject_id}"),
      Column(
        name: "subject_kind", title: "対象種別", type: .string,
        description: "item, expense, summary or filp: the table subject_id refers to.",
        required: true, allowedValues: ["item", "expense", "summary", "filp"],
        propertyURL: TableVocabulary.budget + "subjectKind"),
      Column(
        name: "measure", title: "測定項目", type: .string,
        description:
          "budget (budget-year amount), prior_initial (prior year's initial budget), prior_supplementary (prior year's supplementary budget), change (A − B) or filp (FILP request).",
        required: true, allowedValues: Measure.allCases.map(\.rawValue),
        propertyURL: TableVocabulary.budget + "figureKind",
        valueURL: TableVocabulary.codeList + "figure-kind/{measure}"),
      fiscalYearColumn(description: "The fiscal year the figure is for."),
      Column(
        name: "fiscal_year_label", title: "年度（表記）", type: .string,
        description: "The fiscal year as printed.", required: true,
        propertyURL: TableVocabulary.budget + "fiscalYearLabel", language: "ja"),
      amountColumn(
        title: "金額（円）", description: "The amount in yen; empty when the document states none."),
      Column(
        name: "currency", title: "通貨", type: .string, description: "ISO 4217 code: JPY.",
        required: true, allowedValues: ["JPY"], propertyURL: TableVocabulary.obeuCurrency,
        valueURL: TableVocabulary.currencyAuthority + "{currency}"),
      countsColumn(of: "the figure"),
      markerColumn(of: "the figure"),
      lineColumn("source_line", title: "記載行", description: "The line the figure is printed on."),
      Column(
        name: "document_id", title: "文書ID", type: .string,
        description: "The document id, e.g. jp-soumu-2024-proposal.", required: true,
        propertyURL: TableVocabulary.dcterms + "isPartOf", valueURL: "~/{document_id}"),
      Column(
        name: "data_set_id", title: "データセットID", type: .string,
        description: "The RDF Data Cube data set the figure is an observation of (the document id); empty when the document states no amount, which a cube observation cannot lack.",
        propertyURL: TableVocabulary.qb + "dataSet", valueURL: "~/{data_set_id}"),
    ],
    primaryKey: ["id"],
    aboutURL: "obs/{subject_id}/{measure}",
    virtualProperties: [type(TableVocabulary.budget + "Figure"), .organization, .budgetPhase])

  /// `summary.csv`: headline totals and summary-table rows.
  public static let summary = TableSchema(
    name: "summary", path: "summary.csv", title: "予算総括",
    description:
      "Headline totals and summary-table rows per account section, in yen: budget year (A), prior year (B), change (C = A − B, negative for decreases printed ▲) and the printed change rate C/B in percent."
      + formulaNote,
    columns: [
      idColumn("Stable id, e.g. t1-r2 (table 1, row 2) or t1-h1 (headline 1 of section 1)."),
      Column(
        name: "kind", title: "種別", type: .string, description: "headline or table_row.",
        required: true, allowedValues: ["headline", "table_row"],
        propertyURL: TableVocabulary.budget + "summaryKind"),
      Column(
        name: "section", title: "会計区分番号", type: .integer,
        description: "1-based account section (第1 → 1).", required: true,
        propertyURL: TableVocabulary.budget + "section"),
      Column(
        name: "section_title", title: "会計区分", type: .string,
        description: "The section heading as printed, e.g. 一般会計.", required: true,
        propertyURL: TableVocabulary.budget + "sectionTitle", language: "ja"),
      Column(
        name: "label", title: "区分", type: .string, description: "The row label as printed.",
        required: true, propertyURL: TableVocabulary.skos + "prefLabel", language: "ja"),
      amountColumn(description: "Budget-year amount (A) in yen; empty when none is stated.")
        .suppressed(),
      amountColumn(
        "prior_amount_jpy", title: "前年度予算額（円）",
        description: "Prior-year amount (B) in yen; empty when none is stated.",
        property: TableVocabulary.budget + "priorAmount"
      ).suppressed(),
      amountColumn(
        "change_jpy", title: "比較増減額（円）",
        description: "Change C = A − B in yen, negative for a decrease; empty when none is stated.",
        property: TableVocabulary.budget + "changeAmount"
      ).suppressed(),
      Column(
        name: "change_rate_percent", title: "増減率（％）", type: .decimal,
        description: "The printed change rate C/B in percent, e.g. -8.4; empty when not printed.",
        unit: "percent", propertyURL: TableVocabulary.budget + "changeRatePercent"),
      lineColumn("source_line", title: "記載行", description: "The line of the row."),
    ],
    primaryKey: ["id"],
    aboutURL: "summary/{id}",
    virtualProperties: [type(TableVocabulary.budget + "SummaryEntry"), partOfDocument])

  /// `filp.csv`: FILP (財政投融資) request figures.
  public static let filp = TableSchema(
    name: "filp", path: "filp.csv", title: "財政投融資",
    description: "FILP (財政投融資) request figures in yen." + formulaNote,
    columns: [
      idColumn("Stable id, e.g. filp-1."),
      Column(
        name: "program", title: "事項", type: .string, description: "The program it funds.",
        required: true, propertyURL: TableVocabulary.budget + "program", language: "ja"),
      Column(
        name: "label", title: "区分", type: .string,
        description: "The FILP kind as printed, e.g. 産業投資, 政府保証.", required: true,
        propertyURL: TableVocabulary.skos + "prefLabel", language: "ja"),
      amountColumn(
        title: "要求額（円）", description: "The requested amount in yen; empty when none is stated."
      ).suppressed(),
      fiscalYearColumn(description: "The fiscal year of the request.").suppressed(),
      lineColumn("source_line", title: "記載行", description: "The line of the figure."),
    ],
    primaryKey: ["id"],
    aboutURL: "filp/{id}",
    virtualProperties: [type(TableVocabulary.budget + "FilpEntry"), partOfDocument])

  /// `findings.csv`: reconciliation findings. No primary key (rows are in model order).
  public static let findings = TableSchema(
    name: "findings", path: "findings.csv", title: "検証結果",
    description:
      "Reconciliation findings: places where two statements of the document disagree. info: explained by rounding; warning: a real disagreement."
      + formulaNote,
    columns: [
      Column(
        name: "severity", title: "重要度", type: .string, description: "info or warning.",
        required: true, allowedValues: ["info", "warning"],
        propertyURL: TableVocabulary.budget + "severity"),
      Column(
        name: "code", title: "種別コード", type: .string,
        description: "Machine-readable kind, e.g. overview_detail_mismatch, children_sum.",
        required: true, propertyURL: TableVocabulary.budget + "findingCode"),
      Column(
        name: "subject_id", title: "対象ID", type: .string,
        description: "The id of the item, expense or summary row concerned; empty if none.",
        propertyURL: TableVocabulary.budget + "subjectId"),
      amountColumn(
        "expected_jpy", title: "期待値（円）", description: "Expected amount in yen, when amounts are compared.",
        property: TableVocabulary.budget + "expectedAmount"),
      amountColumn(
        "actual_jpy", title: "実際値（円）", description: "Actual amount in yen, when amounts are compared.",
        property: TableVocabulary.budget + "actualAmount"),
      Column(
        name: "lines", title: "記載行", type: .string,
        description:
          "All source lines involved, separated by single spaces, e.g. 43 120 (CSVW: a list of integers).",
        propertyURL: TableVocabulary.budget + "sourceLine", separator: " ", listItemType: .integer,
        pattern: "[0-9]+( [0-9]+)*"),
      Column(
        name: "message", title: "内容", type: .string, description: "Human-readable explanation.",
        required: true, propertyURL: TableVocabulary.budget + "message"),
    ],
    primaryKey: [],
    // `_row` is the CSVW row number: findings are numbered 1, 2, … as in the JSON-LD.
    aboutURL: "finding/{_row}",
    virtualProperties: [type(TableVocabulary.budget + "Finding"), partOfDocument])
}
