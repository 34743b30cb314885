import Foundation

/// One document of the archive, as its `manifest.json` describes it.
struct ArchiveDocument {
  struct File {
    var name: String
    var mediaType: String
    var bytes: Int64
    var sha256: String

    /// The charset named by the media type (`text/csv; charset=shift_jis`), utf-8 by default.
    var charset: String {
      guard let range = mediaType.range(of: "charset=") else { return "utf-8" }
      return mediaType[range.upperBound...].trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The file's bytes as UTF-8 (CSV files may be written in CP932 by `--csv-encoding`).
    func utf8(_ bytes: [UInt8], path: String) throws -> [UInt8] {
      guard charset != "utf-8", charset != "utf8" else { return bytes }
      guard let text = String(data: Data(bytes), encoding: .shiftJIS) else {
        throw ArchiveError.unreadable(path: path, reason: "is not valid \(charset)")
      }
      return Array(text.utf8)
    }
  }

  var folder: String
  var id: String
  var title: String
  var ministryCode: String
  var ministryName: String
  var ministryNameEn: String
  var corporateNumber: String
  var fiscalYear: Int64?
  var fiscalYearLabel: String
  var phase: String
  var phaseNameJa: String
  var publicationMonth: String
  var sourceFile: String
  var sourceSHA256: String
  var toolVersion: String
  var mappingVersion: String
  var files: [File]

  var csvFiles: [File] { files.filter { $0.name.hasSuffix(".csv") } }

  init(folder: String, manifest data: Data) throws {
    guard let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
      throw ArchiveError.unreadable(path: "\(folder)/manifest.json", reason: "is not JSON")
    }
    let organization = m["organization"] as? [String: Any] ?? [:]
    let source = m["source"] as? [String: Any] ?? [:]
    self.folder = folder
    id = m["documentId"] as? String ?? folder
    title = m["title"] as? String ?? ""
    ministryCode = organization["code"] as? String ?? ""
    ministryName = organization["nameJa"] as? String ?? ""
    ministryNameEn = organization["nameEn"] as? String ?? ""
    corporateNumber = organization["corporateNumber"] as? String ?? ""
    fiscalYear = (m["fiscalYear"] as? NSNumber)?.int64Value
    fiscalYearLabel = m["fiscalYearLabel"] as? String ?? ""
    phase = m["phase"] as? String ?? ""
    phaseNameJa = m["phaseNameJa"] as? String ?? ""
    publicationMonth = m["publicationMonth"] as? String ?? ""
    sourceFile = source["file"] as? String ?? ""
    sourceSHA256 = source["sha256"] as? String ?? ""
    toolVersion = m["toolVersion"] as? String ?? ""
    mappingVersion = m["mappingVersion"] as? String ?? ""
    files = (m["files"] as? [[String: Any]] ?? []).compactMap { f in
      guard let name = f["name"] as? String else { return nil }
      return File(
        name: name, mediaType: f["mediaType"] as? String ?? "",
        bytes: (f["bytes"] as? NSNumber)?.int64Value ?? 0, sha256: f["sha256"] as? String ?? "")
    }.sorted { $0.name < $1.name }
  }

  /// The place of a phase in the budget cycle, for ordering a series: request, draft, enacted,
  /// supplementary, settlement.
  var phaseOrder: Int64 {
    switch phase {
    case "request": 1
    case "proposal": 2
    case "enacted": 3
    case "settlement": 5
    default: phase.hasPrefix("supplementary") ? 4 : 9
    }
  }

  /// The columns of the `documents` table and this document's values for them.
  static let columns: [(name: String, type: String, title: String, description: String)] = [
    ("document_id", "TEXT", "文書ID", "The document's id: ministry, fiscal year and phase."),
    ("title", "TEXT", "表題", "The document's title as printed."),
    ("ministry_code", "TEXT", "府省コード", "The ministry's code (Mappings/organizations.tsv)."),
    ("ministry_name", "TEXT", "府省名", "The ministry's name in Japanese."),
    ("ministry_name_en", "TEXT", "府省名（英語）", "The ministry's name in English."),
    ("corporate_number", "TEXT", "法人番号", "The ministry's corporate number."),
    ("fiscal_year", "INTEGER", "年度", "The budget year (April to March), e.g. 2024."),
    ("fiscal_year_label", "TEXT", "年度（表記）", "The budget year as printed, e.g. 令和6年度."),
    ("phase", "TEXT", "段階", "The budget stage: request, proposal (draft), enacted, …"),
    ("phase_name_ja", "TEXT", "段階名", "The budget stage in Japanese, e.g. 予算案."),
    ("phase_order", "INTEGER", "段階順", "The stage's place in the budget cycle (1 request … 5)."),
    ("publication_month", "TEXT", "公表月", "The month the document was published."),
    ("source_file", "TEXT", "原典ファイル", "The file name of the source document."),
    ("source_sha256", "TEXT", "原典SHA-256", "The SHA-256 of the source document."),
    ("tool_version", "TEXT", "ツール版", "The budget-etl version that exported it."),
    ("mapping_version", "TEXT", "対応表版", "The version of the mapping tables used."),
  ]

  var values: [SQLValue] {
    let texts: [String] = [
      id, title, ministryCode, ministryName, ministryNameEn, corporateNumber,
    ]
    let year: SQLValue = fiscalYear.map { .integer($0) } ?? .null
    let rest: [String] = [publicationMonth, sourceFile, sourceSHA256, toolVersion, mappingVersion]
    return texts.map(Self.text) + [year, Self.text(fiscalYearLabel), Self.text(phase)]
      + [Self.text(phaseNameJa), .integer(phaseOrder)] + rest.map(Self.text)
  }

  private static func text(_ s: String) -> SQLValue { s.isEmpty ? .null : .text(s) }
}
