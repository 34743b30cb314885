/// Views that answer the common questions. A view is created only when the tables and
/// columns it reads exist (an export folder with no summary has no totals to show).
enum ArchiveViews {
  static func create(_ db: SQLiteDatabase, scan: ExportScan) throws {
    func has(_ table: String, _ columns: String...) -> Bool {
      guard let t = scan.tables.first(where: { $0.name == table }) else { return false }
      return columns.allSatisfy { t.field($0) != nil }
    }
    try db.execute(documentTotals(has: has))
    if has("items", "title", "code", "level", "amount_jpy") {
      try db.execute(itemSeries)
      try db.execute(requestVsDraft)
    }
    if has("summary", "kind", "amount_jpy", "prior_amount_jpy") {
      try db.execute(requestVsDraftTotals)
    }
  }

  static let documentColumns = """
    d."document_id", d."title", d."ministry_code", d."ministry_name", d."fiscal_year", \
    d."fiscal_year_label", d."phase", d."phase_name_ja", d."phase_order"
    """

  /// Each document's totals: the sum of its summary's headline rows (one per account), their
  /// prior-year amounts, and its counts of items, expenses and warnings.
  static func documentTotals(has: (String, String...) -> Bool) -> String {
    var columns = [documentColumns]
    if has("summary", "kind", "amount_jpy", "prior_amount_jpy") {
      for (column, name) in [
        ("amount_jpy", "headline_total_jpy"), ("prior_amount_jpy", "headline_prior_total_jpy"),
      ] {
        columns.append(
          """
          (SELECT SUM(s."\(column)") FROM "summary" s WHERE s."document_id" = d."document_id" \
          AND s."kind" = 'headline') AS "\(name)"
          """)
      }
    }
    for table in ["items", "expenses", "observations"] where has(table) {
      columns.append(
        "(SELECT COUNT(*) FROM \"\(table)\" x WHERE x.\"document_id\" = d.\"document_id\") AS \"\(table)\""
      )
    }
    if has("findings", "severity") {
      columns.append(
        """
        (SELECT COUNT(*) FROM "findings" f WHERE f."document_id" = d."document_id" \
        AND f."severity" = 'warning') AS "warnings"
        """)
    }
    return
      "CREATE VIEW \"document_totals\" AS SELECT \(columns.joined(separator: ", ")) FROM \"documents\" d"
  }

  /// The same item in every document of its ministry (any fiscal year and phase): one row per
  /// (item, matching item). `matched_by` tells how: `same_item` (itself), `code_and_title`
  /// (same number and title, same level), or `title` (same title and level, another number,
  /// the only item of that title in the other document).
  static let itemSeries = """
    CREATE VIEW "item_series" AS
    SELECT a."document_id" AS "document_id", a."id" AS "item_id", da."ministry_code" AS "ministry_code",
      b."document_id" AS "series_document_id", b."id" AS "series_item_id",
      db."fiscal_year" AS "fiscal_year", db."phase" AS "phase", db."phase_order" AS "phase_order",
      b."level" AS "level", b."code" AS "code", b."title" AS "title",
      b."amount_jpy" AS "amount_jpy",
      CASE WHEN b."document_id" = a."document_id" THEN 'same_item'
        WHEN b."code" = a."code" THEN 'code_and_title' ELSE 'title' END AS "matched_by"
    FROM "items" a
    JOIN "documents" da ON da."document_id" = a."document_id"
    JOIN "items" b ON b."title" = a."title" AND b."level" = a."level"
    JOIN "documents" db ON db."document_id" = b."document_id" AND db."ministry_code" = da."ministry_code"
    WHERE (b."document_id" = a."document_id" AND b."id" = a."id")
      OR (b."document_id" <> a."document_id" AND (b."code" = a."code"
        OR (SELECT COUNT(*) FROM "items" c WHERE c."document_id" = b."document_id"
          AND c."title" = a."title" AND c."level" = a."level") = 1))
    """

  /// Each item of a ministry's budget request (概算要求) beside the same item of its draft
  /// budget (予算案) for the same fiscal year, and the change from one to the other.
  static let requestVsDraft = """
    CREATE VIEW "request_vs_draft" AS
    SELECT dr."ministry_code" AS "ministry_code", dr."ministry_name" AS "ministry_name",
      dr."fiscal_year" AS "fiscal_year",
      s."document_id" AS "request_document_id", s."item_id" AS "request_item_id",
      s."series_document_id" AS "draft_document_id", s."series_item_id" AS "draft_item_id",
      r."level" AS "level", r."code" AS "request_code", s."code" AS "draft_code", s."title" AS "title",
      r."amount_jpy" AS "request_jpy", s."amount_jpy" AS "draft_jpy",
      s."amount_jpy" - r."amount_jpy" AS "change_jpy", s."matched_by" AS "matched_by"
    FROM "item_series" s
    JOIN "documents" dr ON dr."document_id" = s."document_id" AND dr."phase" = 'request'
    JOIN "documents" dd ON dd."document_id" = s."series_document_id" AND dd."phase" = 'proposal'
      AND dd."fiscal_year" = dr."fiscal_year"
    JOIN "items" r ON r."document_id" = s."document_id" AND r."id" = s."item_id"
    """

  /// The same comparison for the documents' headline totals.
  static let requestVsDraftTotals = """
    CREATE VIEW "request_vs_draft_totals" AS
    SELECT r."ministry_code" AS "ministry_code", r."ministry_name" AS "ministry_name",
      r."fiscal_year" AS "fiscal_year", r."document_id" AS "request_document_id",
      d."document_id" AS "draft_document_id", r."headline_total_jpy" AS "request_total_jpy",
      d."headline_total_jpy" AS "draft_total_jpy",
      d."headline_total_jpy" - r."headline_total_jpy" AS "change_jpy"
    FROM "document_totals" r JOIN "document_totals" d ON d."ministry_code" = r."ministry_code"
      AND d."fiscal_year" = r."fiscal_year" AND r."phase" = 'request' AND d."phase" = 'proposal'
    """
}
