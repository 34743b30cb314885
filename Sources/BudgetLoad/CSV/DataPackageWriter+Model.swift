import BudgetModel

extension DataPackageWriter {
  /// The Fiscal Data Package `model`: which columns are monetary measures (currency, factor,
  /// phase, direction) and which are dimensions (item hierarchy, expense, fiscal year, ministry).
  func model(for info: DocumentInfo) -> JSONText {
    [
      "measures": measures(phase: .string(info.phase.fiscalDataPackagePhase)),
      "dimensions": Self.dimensions,
    ]
  }

  /// A monetary measure: a column of yen amounts spent in one budget stage.
  private func measure(_ resource: String, _ source: String, phase: JSONText?, title: String)
    -> JSONText
  {
    var value: [String: JSONText] = [
      "source": .string(source), "resource": .string(resource), "currency": "JPY",
      "factor": 1, "direction": "expenditure", "title": .string(title),
    ]
    if let phase { value["phase"] = phase }
    return .sorted(value)
  }

  /// A dimension attribute: a column, with extra properties such as `labelfor`.
  private static func attribute(
    _ resource: String, _ source: String, extra: [String: JSONText] = [:]
  ) -> JSONText {
    .sorted(extra.merging(["source": .string(source), "resource": .string(resource)]) { $1 })
  }

  /// The amount columns; `phase` is the document's budget stage.
  private func measures(phase: JSONText) -> JSONText {
    [
      "item-amount": measure("items", "amount_jpy", phase: phase, title: "予算額"),
      "item-prior-amount": measure(
        "items", "prior_amount_jpy", phase: "approved", title: "前年度当初予算額"),
      "expense-amount": measure("expenses", "amount_jpy", phase: phase, title: "経費予算額"),
      "expense-prior-amount": measure(
        "expenses", "prior_amount_jpy", phase: "approved", title: "経費前年度当初予算額"),
      "expense-supplementary-amount": measure(
        "expenses", "supplementary_amount_jpy", phase: "adjusted", title: "補正予算額"),
      "summary-amount": measure("summary", "amount_jpy", phase: phase, title: "総括予算額"),
      "summary-prior-amount": measure(
        "summary", "prior_amount_jpy", phase: "approved", title: "総括前年度予算額"),
      "summary-change": measure("summary", "change_jpy", phase: nil, title: "比較増減額"),
      "filp-amount": measure("filp", "amount_jpy", phase: phase, title: "財政投融資要求額"),
    ]
  }

  /// The classification, activity, time and entity dimensions (the same for every document).
  private static let dimensions: JSONText = [
    "item": [
      "dimensionType": "classification",
      "classificationType": "administrative",
      "primaryKey": ["id"],
      "attributes": [
        // `parent`: the item's parent is the row named by parent_id (adjacency list).
        "id": attribute("items", "id", extra: ["parent": "parent_id"]),
        "parent_id": attribute("items", "parent_id"),
        "code": attribute("items", "code"),
        "level": attribute("items", "level"),
        "title": attribute("items", "title", extra: ["labelfor": "id"]),
      ],
    ],
    "expense": [
      "dimensionType": "activity",
      "primaryKey": ["id"],
      "attributes": [
        "id": attribute("expenses", "id"),
        "item_id": attribute("expenses", "item_id"),
        "name": attribute("expenses", "name", extra: ["labelfor": "id"]),
        "kind": attribute("expenses", "kind"),
      ],
    ],
    "fiscal-year": [
      "dimensionType": "datetime",
      "primaryKey": ["fiscal_year"],
      "attributes": [
        "fiscal_year": attribute("items", "fiscal_year"),
        "fiscal_year_label": attribute(
          "items", "fiscal_year_label", extra: ["labelfor": "fiscal_year"]),
      ],
    ],
    "ministry": [
      "dimensionType": "entity",
      "primaryKey": ["ministry_code"],
      "attributes": [
        "ministry_code": attribute("items", "ministry_code"),
        "ministry_name": attribute(
          "items", "ministry_name", extra: ["labelfor": "ministry_code"]),
      ],
    ],
  ]
}
