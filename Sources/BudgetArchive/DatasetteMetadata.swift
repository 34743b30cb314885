import Foundation

/// `metadata.json` for Datasette (`datasette budget.sqlite -m metadata.json`): the site's
/// title, description, licence and source, and per table its title, description, full-text
/// search table and each column's Japanese title, description and unit.
enum DatasetteMetadata {
  static let databaseName = "budget"

  static func json(scan: ExportScan) -> [UInt8] {
    let license = CombinedMetadata.license(scan)
    var tables: [String: JSONValue] = [:]
    for t in CombinedMetadata.tables(scan) {
      var entry: [String: JSONValue] = [
        "title": .string(t.title), "description": .string(t.description),
        "columns": .object(
          Dictionary(
            t.fields.map { ($0.name, .string(columnText($0))) }, uniquingKeysWith: { a, _ in a })),
      ]
      if ArchiveDDL.searchable(scan).contains(where: { $0.0 == t.name }) {
        entry["fts_table"] = .string(t.name + "_fts")
        entry["fts_pk"] = "rowid"
      }
      tables[t.name] = .object(entry)
    }
    for (name, text) in views { tables[name] = ["description": .string(text)] }
    tables["archive_columns"] = [
      "title": "列の説明",
      "description": "Each column's Japanese title, description, Table Schema type and unit.",
    ]
    tables["files"] = [
      "title": "ファイル",
      "description":
        "The files of each document's export (manifest.json): name, media type, size, SHA-256.",
    ]
    let metadata: JSONValue = [
      "title": "予算書アーカイブ (budget-etl)",
      "description":
        "Every exported budget document (\(scan.documents.count)) in one database: items, expenses, summary tables, FILP, observations and findings, keyed by document id. Amounts are exact integers in yen (JPY). Full-text search uses the trigram tokenizer: search with 3 or more characters.",
      "license": .string(license["name"] ?? ""), "license_url": .string(license["path"] ?? ""),
      "source": .string(sourceText(scan)),
      "databases": [databaseName: ["tables": .object(tables)]],
    ]
    return JSONOutput.bytes(metadata)
  }

  /// The column's Japanese title, its description and unit: Datasette shows this text.
  static func columnText(_ f: ArchiveField) -> String {
    var text = f.title
    if !f.description.isEmpty { text += ": " + f.description }
    if let unit = f.unit { text += " (unit: \(unit == "JPY" ? "円, JPY" : unit))" }
    return text
  }

  static func sourceText(_ scan: ExportScan) -> String {
    let ministries = Set(scan.documents.map(\.ministryName)).count
    return
      "各府省「予算の概要」(\(scan.documents.count) documents of \(ministries) ministries), exported by budget-etl"
  }

  static let views: [(String, String)] = [
    (
      "document_totals",
      "Each document's totals: the sum of its summary's headline rows (one per account) and their prior-year amounts, in yen, and its counts of items, expenses, observations and warnings."
    ),
    (
      "item_series",
      "The same item in every document of its ministry (all fiscal years and phases). matched_by: same_item, code_and_title (same number and title at the same level) or title (same title and level, another number, the only such item in that document). Filter by document_id and item_id."
    ),
    (
      "request_vs_draft",
      "Each item of a ministry's budget request (概算要求) beside the same item of its draft budget (予算案) for the same fiscal year: amounts in yen and the change."
    ),
    (
      "request_vs_draft_totals",
      "A ministry's request and draft budget headline totals for the same fiscal year, and the change, in yen."
    ),
  ]
}
