import BudgetModel

extension TableSchema {
  /// The columns of `summary.csv`, each with the value it reads from a row.
  static let summaryFields: [TableField<SummaryEntry>] = [
    idColumn(
      "Stable id: s<section>-total for the headline total of a section, e.g. s1-total, and s<section>-r<row> for a row of its summary table, e.g. s1-r2; in a document read as tables, t<table>-r<row> for a table's row, e.g. t2-r3, and h<n> for an amount in running text, e.g. h4; a number that repeats gets -2, -3, … (with a duplicate_summary_id finding).",
      pattern: TableSchema.summaryIdPattern
    )
    .reading { entry, _ in .text(entry.id) },
    Column(
      name: "kind", title: "種別", type: .string, description: "headline or table_row.",
      required: true, allowedValues: ["headline", "table_row"],
      propertyURL: Term.iri(of: "summaryKind")
    )
    .reading { entry, _ in .text(entry.kind.rawValue) },
    Column(
      name: "section", title: "会計区分番号", type: .integer,
      description:
        "1-based account section (第1 → 1); in a document read as tables, the table's number (amounts in running text: 1).",
      required: true,
      propertyURL: Term.iri(of: "section")
    )
    .reading { entry, _ in .integer(entry.section) },
    Column(
      name: "section_title", title: "会計区分", type: .string,
      description:
        "The section heading as printed, e.g. 一般会計; the amount's label for an amount in running text; empty for a table under no heading.",
      propertyURL: Term.iri(of: "sectionTitle"), language: "ja"
    )
    .reading { entry, _ in .text(entry.sectionTitle) },
    Column(
      name: "label", title: "区分", type: .string, description: "The row label as printed.",
      required: true, propertyURL: Vocabulary.skos + "prefLabel", language: "ja"
    )
    .reading { entry, _ in .text(entry.label) },
    operationCharacterColumn(of: "the row")
      .reading { entry, _ in
        .text((entry.figures.first?.operationCharacter ?? .expenditure).rawValue)
      },
    amountColumn(description: "Budget-year amount (A) in yen; empty when none is stated.")
      .suppressed()
      .reading { entry, _ in .integer(entry.figures.first(.budget)?.amountJPY) },
    amountColumn(
      "prior_amount_jpy", title: "前年度予算額（円）",
      description: "Prior-year amount (B) in yen; empty when none is stated.",
      property: Term.iri(of: "priorAmount")
    ).suppressed()
      .reading { entry, _ in .integer(entry.figures.first(.priorInitial)?.amountJPY) },
    amountColumn(
      "change_jpy", title: "比較増減額（円）",
      description: "Change C = A − B in yen, negative for a decrease; empty when none is stated.",
      property: Term.iri(of: "changeAmount")
    ).suppressed()
      .reading { entry, _ in .integer(entry.figures.first(.change)?.amountJPY) },
    Column(
      name: "change_rate_percent", title: "増減率（％）", type: .decimal,
      description: "The printed change rate C/B in percent, e.g. -8.4; empty when not printed.",
      unit: "percent", propertyURL: Term.iri(of: "changeRatePercent")
    )
    .reading { entry, _ in .decimal(entry.changeRatePercent) },
    lineColumn("source_line", title: "記載行", description: "The line of the row.")
      .reading { entry, _ in .integer(entry.span.line) },
  ]
}
