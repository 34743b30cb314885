import Foundation

@testable import BudgetArchive

/// Small export folders written by hand (manifest.json, datapackage.json, CSV files), so that
/// the archive is tested on exactly the shapes it must accept: columns in another order,
/// columns added by a newer exporter, CP932 or UTF-8 files, big yen amounts.
struct SyntheticExports {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "archive-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  static var itemFields: [[String: Any]] {
    [
      ["name": "id", "type": "string", "title": "ID"],
      ["name": "parent_id", "type": "string", "title": "親事項ID"],
      ["name": "level", "type": "string", "title": "階層"],
      ["name": "code", "type": "string", "title": "番号"],
      ["name": "title", "type": "string", "title": "事項名"],
      ["name": "amount_jpy", "type": "integer", "title": "予算額（円）", "unit": "JPY"],
      ["name": "counts_toward_total", "type": "boolean", "title": "合計算入"],
      ["name": "note", "type": "string", "title": "備考"],
    ]
  }
  static var summaryFields: [[String: Any]] {
    [
      ["name": "id", "type": "string", "title": "ID"],
      ["name": "kind", "type": "string", "title": "種別"],
      ["name": "label", "type": "string", "title": "区分"],
      ["name": "amount_jpy", "type": "integer", "title": "予算額（円）", "unit": "JPY"],
      ["name": "prior_amount_jpy", "type": "integer", "title": "前年度予算額（円）", "unit": "JPY"],
    ]
  }

  /// One document folder; `csv` maps a file name to its text (CRLF line ends are added).
  func write(
    id: String, ministry: String = "soumu", year: Int = 2024, phase: String = "proposal",
    csv: [String: [String]]
  ) throws {
    let folder = root.appendingPathComponent(id)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, lines) in csv {
      try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(
        to: folder.appendingPathComponent(name))
    }
    let files = csv.keys.sorted().map { name -> [String: Any] in
      ["name": name, "mediaType": "text/csv; charset=utf-8", "bytes": 1, "sha256": "0"]
    }
    let manifest: [String: Any] = [
      "documentId": id, "title": "\(id) の概要", "fiscalYear": year, "phase": phase,
      "organization": ["code": ministry, "nameJa": ministry == "soumu" ? "総務省" : "環境省"],
      "files": files,
    ]
    let package: [String: Any] = [
      "licenses": [["name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"]],
      "resources": [
        Self.resource(
          "items", Self.itemFields,
          foreignKeys: [
            ["fields": ["parent_id"], "reference": ["resource": "", "fields": ["id"]]]
          ]),
        Self.resource("summary", Self.summaryFields),
      ],
    ]
    for (name, object) in [("manifest.json", manifest), ("datapackage.json", package)] {
      try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(
        to: folder.appendingPathComponent(name))
    }
  }

  static func resource(_ name: String, _ fields: [[String: Any]], foreignKeys: [Any] = [])
    -> [String: Any]
  {
    [
      "name": name, "path": name + ".csv", "title": name,
      "schema": ["fields": fields, "primaryKey": ["id"], "foreignKeys": foreignKeys],
    ]
  }

  /// Two documents of one ministry and year (request and draft), the draft's CSV columns in
  /// another order with a column the request does not have.
  func writeRequestAndDraft() throws {
    try write(
      id: "jp-soumu-2024-request", phase: "request",
      csv: [
        "items.csv": [
          "id,parent_id,level,code,title,amount_jpy,counts_toward_total",
          "c1,,chapter,I,地域社会の実現,,",
          "c1-1,c1,item,1,地方の一般財源総額の確保,9007199254740993,true",
          "c1-2,c1,item,2,\"'=SUM(A1), 式\",100,false",
        ],
        "summary.csv": [
          "id,kind,label,amount_jpy,prior_amount_jpy", "s1-total,headline,一般会計,500,400",
        ],
      ])
    try write(
      id: "jp-soumu-2024-proposal",
      csv: [
        "items.csv": [
          "title,id,code,level,parent_id,amount_jpy,counts_toward_total,note",
          "地域社会の実現,c1,I,chapter,,,,",
          "地方の一般財源総額の確保,c1-1,1,item,c1,9007199254740000,true,\"改行\nあり\"",
          "新しい事項,c1-2,2,item,c1,5,true,",
        ],
        "summary.csv": [
          "id,kind,label,amount_jpy,prior_amount_jpy,extra",
          "s1-total,headline,一般会計,450,400,x",
        ],
      ])
  }
}
