extension Term {
  /// Every term, in context order: classes, then the properties of the document, the
  /// organization, the cube's components, the items, the other records and the findings.
  /// Adding a term is one entry here; `VocabularyTests` fails until
  /// `Resources/budget-vocabulary.ttl` and `Resources/budget-context.jsonld` are regenerated.
  static let all: [Term] = [
    .external("DataSet", "qb:DataSet", .plain),
    .external("Observation", "qb:Observation", .plain),
    .ofClass(
      "Figure",
      label: ("figure", "金額表示"),
      comment: (
        "A figure printed in a budget overview document: one row of observations.csv. Figures with an amount are also qb:Observations of the document's data set.",
        "予算概要資料に記載された一つの金額。金額のあるものはデータセットの qb:Observation でもある。"
      )),
    .external("Year", "interval:Year", .plain),
    .external("FormalOrganization", "org:Organization", .plain),
    .external("Concept", "skos:Concept", .plain),
    .external("ConceptScheme", "skos:ConceptScheme", .plain),
    .external("Organization", "foaf:Organization", .plain),
    .external("GovernmentOrganization", "schema:GovernmentOrganization", .plain),
    .external("DigitalDocument", "schema:DigitalDocument", .plain),
    .ofClass(
      "Expense",
      label: ("expense line", "主な経費"),
      comment: (
        "A line of a 【主な経費】 list (or a breakdown or memo line) under an item.",
        "項目の下の【主な経費】の行（内訳・注記行を含む）。"
      )),
    .ofClass(
      "SummaryEntry",
      label: ("summary entry", "総括表の行"),
      comment: (
        "A headline total or a row of a summary table (A, B, C = A − B).", "総額の見出しまたは総括表の行。"
      )),
    .ofClass(
      "FilpEntry",
      label: ("FILP entry", "財政投融資の行"),
      comment: ("A request for Fiscal Investment and Loan Program (財政投融資) funds.", "財政投融資の要求額の行。")),
    .ofClass(
      "Finding",
      label: ("finding", "照合結果"),
      comment: (
        "A result of reconciling the document's figures (sums, restated amounts).",
        "金額の照合（合計、再掲額）の結果。"
      )),
    .external("identifier", "dcterms:identifier", .plain),
    .external("title", "dcterms:title", .japanese),
    .external("publisher", "dcterms:publisher", .typed("@id")),
    .external("issued", "dcterms:issued", .typed("xsd:gYearMonth")),
    .external("source", "dcterms:source", .typed("@id")),
    .external("isPartOf", "dcterms:isPartOf", .typed("@vocab")),
    .external("fileName", "schema:name", .plain),
    .property(
      "sha256",
      label: ("SHA-256", "SHA-256"),
      comment: ("Lowercase hex SHA-256 of the input file's bytes.", "入力ファイルのSHA-256（小文字16進）。"),
      range: "xsd:string"),
    .property(
      "statedUnit",
      label: ("stated unit", "表示単位"),
      comment: (
        "The unit the document states its bare figures in (億円); every amount of the export is in yen.",
        "資料が金額を表示する単位。出力の金額はすべて円単位。"
      ),
      domain: "qb:DataSet",
      range: "xsd:string"),
    .property(
      "phase",
      label: ("budget stage code", "予算段階コード"),
      comment: (
        "The code of the document's budget stage (request, proposal, enacted, supplementary-N, settlement), as in the document id.",
        "資料の予算段階のコード（文書IDの末尾）。"
      ),
      domain: "qb:DataSet",
      range: "xsd:string"),
    .property(
      "phaseLabel",
      label: ("phase marker as printed", "段階表示"),
      comment: ("The marker in the title that named the stage, e.g. (案).", "表題中の段階の表示（例：(案)）。"),
      domain: "qb:DataSet",
      range: "rdf:langString"),
    .property(
      "publicationLabel",
      label: ("publication date as printed", "公表日（表記）"),
      comment: ("The publication date as printed, e.g. 令和5年12月.", "資料に記載された公表年月。"),
      domain: "qb:DataSet",
      range: "rdf:langString"),
    .property(
      "fiscalYearLabel",
      label: ("fiscal year as printed", "年度（表記）"),
      comment: ("The fiscal year as the document prints it, e.g. 令和6年度.", "資料に記載された年度の表記。"),
      range: "rdf:langString"),
    .property(
      "priorFiscalYear",
      label: ("prior fiscal year", "前年度"),
      comment: ("The fiscal year the document compares with.", "比較対象の前年度。"),
      domain: "qb:DataSet",
      range: "xsd:gYear"),
    .property(
      "priorFiscalYearLabel",
      label: ("prior fiscal year as printed", "前年度（表記）"),
      comment: ("The prior fiscal year as printed.", "前年度の表記。"),
      domain: "qb:DataSet",
      range: "rdf:langString"),
    .property(
      "supplementaryFiscalYear",
      label: ("supplementary budget fiscal year", "補正予算の年度"),
      comment: ("The fiscal year of a supplementary-budget amount of an expense.", "経費の補正予算額の年度。"),
      domain: "be:Expense",
      range: "xsd:gYear", inContext: false),
    .property(
      "finding",
      label: ("finding", "照合結果"),
      comment: ("A finding of reconciling the document.", "資料の照合結果。"),
      domain: "qb:DataSet",
      range: "be:Finding"),
    .external("name", "foaf:name", .plain),
    .property(
      "organizationCode",
      label: ("organization code", "府省コード"),
      comment: ("The ASCII code of a ministry or agency, e.g. soumu.", "府省等のASCIIコード（例：soumu）。"),
      range: "xsd:string"),
    .property(
      "corporateNumber",
      label: ("corporate number", "法人番号"),
      comment: ("The 13-digit corporate number (法人番号) of the organization.", "組織の13桁の法人番号。"),
      range: "xsd:string"),
    .external("dataSet", "qb:dataSet", .typed("@vocab")),
    .external("structure", "qb:structure", .typed("@id")),
    .external("fiscalYear", "obeu-dimension:fiscalYear", .typed("@id")),
    .property(
      "budgetPhase",
      types: ["qb:DimensionProperty", "qb:CodedProperty"],
      label: ("budget phase", "予算の段階"),
      comment: (
        "Dimension: the stage of the budget cycle of the document the figure is stated in (request, draft, enacted, supplementary No. N, settlement); codes in the budget-phase code list.",
        "次元：金額が記載された資料の予算過程上の段階（概算要求、予算案、成立予算、第N号補正予算、決算）。"
      ),
      range: "skos:Concept",
      codeList: "budget-phase",
      subPropertyOf: "http://data.openbudgets.eu/ontology/dsd/dimension/budgetPhase"),
    .property(
      "figureKind",
      types: ["qb:DimensionProperty", "qb:CodedProperty"],
      label: ("kind of figure", "金額の種別"),
      comment: (
        "Dimension: what the figure is (budget-year amount, prior-year initial budget, prior-year supplementary budget, change, FILP request); codes in the figure-kind code list.",
        "次元：金額の種別（当年度予算額、前年度当初予算額、前年度補正予算額、増減額、財政投融資）。"
      ),
      range: "skos:Concept",
      codeList: "figure-kind"),
    .external("organization", "obeu-dimension:organization", .typed("@id")),
    .external("amount", "obeu-measure:amount", .typed("xsd:integer")),
    .external("currency", "obeu-attribute:currency", .coded(Vocabulary.currencyAuthority)),
    .external(
      "operationCharacter", "obeu-dimension:operationCharacter",
      .coded(OpenBudgetsCode.operationCharacters)),
    .property(
      "subject",
      label: ("subject", "対象"),
      comment: (
        "The item, expense, summary row or FILP entry a figure or finding concerns.",
        "金額または照合結果の対象（項目、経費、総括表の行、財政投融資）。"
      ),
      range: "skos:Concept"),
    .property(
      "subjectKind",
      label: ("subject kind", "対象種別"),
      comment: (
        "item, expense, summary or filp: the table the subject belongs to.",
        "対象の種別（item, expense, summary, filp）。"
      ),
      range: "xsd:string"),
    .property(
      "countsTowardTotal",
      types: ["qb:AttributeProperty"],
      label: ("counts toward total", "合計に算入"),
      comment: (
        "Attribute: true when the figure is counted in totals; false when it is bracketed, part of a larger figure, reposted, shown later, or has no amount.",
        "属性：合計に算入する金額なら true。括弧書き・内数・再掲・後掲・金額なしは false。"
      ),
      range: "xsd:boolean"),
    .property(
      "marker",
      types: ["qb:AttributeProperty", "qb:CodedProperty"],
      label: ("marker", "表示区分"),
      comment: (
        "Attribute: the printed marker that takes the figure out of totals; a code of the marker code list.",
        "属性：合計から除く表示（括弧書き、内数、再掲、後掲）。"
      ),
      range: "skos:Concept",
      codeList: "marker"),
    .external("label", "rdfs:label", .plain),
    .external("notation", "skos:notation", .plain),
    .external("prefLabel", "skos:prefLabel", .japanese),
    .external("broader", "skos:broader", .typed("@id")),
    .external("inScheme", "skos:inScheme", .typed("@id")),
    .external("topConceptOf", "skos:topConceptOf", .typed("@id")),
    .property(
      "level",
      label: ("level", "階層"),
      comment: (
        "chapter, item, sub_item or sub_sub_item.", "項目の階層（chapter, item, sub_item, sub_sub_item）。"
      ),
      domain: "skos:Concept",
      range: "xsd:string"),
    .property(
      "isNew",
      label: ("new", "新規"),
      comment: ("True when the item or expense is new this year (新規).", "新規の項目・経費なら true。"),
      range: "xsd:boolean"),
    .property(
      "isReposted",
      label: ("reposted", "再掲"),
      comment: ("True when the amount repeats one stated earlier (再掲).", "再掲の金額なら true。"),
      range: "xsd:boolean", inContext: false),
    .property(
      "isShownLater",
      label: ("shown later", "後掲"),
      comment: ("True when the amount is stated again, in full, later (後掲).", "後掲の金額なら true。"),
      range: "xsd:boolean", inContext: false),
    .property(
      "sourceLine",
      types: ["qb:AttributeProperty"],
      label: ("source line", "記載行"),
      comment: (
        "The line of the input document the figure or entry is printed on (1-based).",
        "入力文書上の記載行（1始まり）。"
      ),
      range: "xsd:integer"),
    .property(
      "sourceEndLine",
      label: ("source end line", "記載終了行"),
      comment: ("The last line of the input document the entry spans.", "入力文書上の記載の最終行。"),
      range: "xsd:integer"),
    .property(
      "overviewLine",
      label: ("overview line", "概要一覧の記載行"),
      comment: ("The line of the item in the document's overview list.", "概要一覧における項目の記載行。"),
      domain: "skos:Concept",
      range: "xsd:integer"),
    .property(
      "item",
      label: ("item", "項目"),
      comment: ("The item an expense line belongs to.", "経費が属する項目。"),
      domain: "be:Expense",
      range: "skos:Concept"),
    .property(
      "ordinal",
      label: ("ordinal", "順序"),
      comment: ("1-based position of an expense line under its item.", "項目内の経費の順序（1始まり）。"),
      domain: "be:Expense",
      range: "xsd:integer"),
    .property(
      "expenseKind",
      label: ("expense kind", "経費種別"),
      comment: ("main, breakdown or memo.", "経費の種別（main, breakdown, memo）。"),
      domain: "be:Expense",
      range: "xsd:string"),
    .property(
      "summaryKind",
      label: ("summary kind", "総括種別"),
      comment: ("headline or table_row.", "総括表の行の種別（headline, table_row）。"),
      domain: "be:SummaryEntry",
      range: "xsd:string"),
    .property(
      "section",
      label: ("account section", "会計区分"),
      comment: ("1-based account section of a summary table (第1 → 1).", "総括表の会計区分番号（1始まり）。"),
      domain: "be:SummaryEntry",
      range: "xsd:integer"),
    .property(
      "sectionTitle",
      label: ("account section title", "会計区分名"),
      comment: ("The title of the account section.", "会計区分の名称。"),
      domain: "be:SummaryEntry",
      range: "rdf:langString"),
    .property(
      "changeRatePercent",
      label: ("change rate (percent)", "増減率（％）"),
      comment: ("The printed change rate C/B in percent.", "記載された増減率（C/B、％）。"),
      domain: "be:SummaryEntry",
      range: "xsd:decimal"),
    .property(
      "changeAmount",
      label: ("change amount", "増減額"),
      comment: ("The change against the prior year (C = A − B) in yen.", "対前年度増減額（円）。"),
      domain: "be:SummaryEntry",
      range: "xsd:integer", inContext: false),
    .property(
      "priorAmount",
      label: ("prior-year amount", "前年度予算額"),
      comment: ("The prior fiscal year's initial budget amount in yen.", "前年度当初予算額（円）。"),
      range: "xsd:integer", inContext: false),
    .property(
      "supplementaryAmount",
      label: ("supplementary amount", "補正予算額"),
      comment: ("The prior fiscal year's supplementary-budget amount in yen.", "前年度補正予算額（円）。"),
      domain: "be:Expense",
      range: "xsd:integer", inContext: false),
    .property(
      "program",
      label: ("FILP program", "財政投融資の区分"),
      comment: ("The FILP program as printed, e.g. 産業投資.", "財政投融資の区分（例：産業投資）。"),
      domain: "be:FilpEntry",
      range: "rdf:langString"),
    .property(
      "severity",
      label: ("severity", "重要度"),
      comment: ("info (explained by rounding) or warning.", "照合結果の重要度（info, warning）。"),
      domain: "be:Finding",
      range: "xsd:string"),
    .property(
      "findingCode",
      label: ("finding code", "照合コード"),
      comment: (
        "Machine-readable code of a finding, e.g. children_sum_mismatch.",
        "照合結果のコード（例：children_sum_mismatch）。"
      ),
      domain: "be:Finding",
      range: "xsd:string"),
    .property(
      "message",
      label: ("message", "メッセージ"),
      comment: ("The finding as a sentence.", "照合結果の説明文。"),
      domain: "be:Finding",
      range: "xsd:string"),
    .property(
      "subjectId",
      label: ("subject id", "対象ID"),
      comment: ("The id of the subject of a finding.", "照合結果の対象のID。"),
      domain: "be:Finding",
      range: "xsd:string"),
    .property(
      "expectedAmount",
      label: ("expected amount", "期待額"),
      comment: ("The amount reconciliation expected, in yen.", "照合で期待された金額（円）。"),
      domain: "be:Finding",
      range: "xsd:integer"),
    .property(
      "actualAmount",
      label: ("actual amount", "記載額"),
      comment: ("The amount the document states, in yen.", "資料に記載された金額（円）。"),
      domain: "be:Finding",
      range: "xsd:integer"),
  ]

  /// The term called `name`; a name not in ``all`` is a programming error.
  static func named(_ name: String) -> Term {
    guard let term = byName[name] else { preconditionFailure("no term \(name)") }
    return term
  }

  private static let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
}
