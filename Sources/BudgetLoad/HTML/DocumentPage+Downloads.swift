import BudgetModel

extension DocumentPage {
  /// What a file of the export is and whom it serves.
  static func describe(_ name: String) -> (format: String, audience: String) {
    switch name {
    case "datapackage.json": ("Frictionless Data Package (JSON)", "データポータル")
    case "csv-metadata.json": ("CSVW メタデータ (JSON-LD)", "データポータル・リンクトデータ")
    case "catalog.jsonld": ("DCAT-AP (JSON-LD)", "データポータル")
    case "manifest.json": ("マニフェスト (JSON)", "データポータル・検証")
    case "context.jsonld": ("JSON-LD コンテキスト", "リンクトデータ")
    case "budget.jsonld": ("JSON-LD (RDF Data Cube)", "リンクトデータ")
    case "budget.xml": ("XML", "システム連携")
    case "validation-report.json": ("照合結果 (JSON)", "確認・システム連携")
    case "validation-report.txt": ("照合結果 (テキスト)", "確認")
    case HTMLExporter.sourcePageName: ("HTML（元資料、行番号付き）", "確認")
    case "source.txt": ("テキスト（元資料）", "確認")
    default:
      if name.hasSuffix(".csv") {
        ("CSV", "表計算")
      } else if name.hasSuffix(".xsd") {
        ("XML Schema", "システム連携")
      } else if name.hasSuffix(".html") {
        ("HTML", "閲覧")
      } else {
        ("ファイル", "")
      }
    }
  }

  /// Every file with its format, size, SHA-256 and audience; the DCAT catalog and manifest
  /// follow this page (they list its hash), so their own sizes and hashes are in the manifest.
  func downloads(_ files: [ExportFile], _ out: inout HTMLOutput) {
    let columns = [
      ("ファイル", false), ("形式", false), ("利用者", false), ("大きさ（バイト）", true), ("SHA-256", false),
    ]
    section("downloads", &out) { out in
      out.element("p", text: "この文書から作成したすべてのファイル。CSV は表計算ソフト用（UTF-8、1行目が列名、金額は円単位の整数）。")
      table(caption: "ダウンロード", columns: columns, &out) { out in
        for file in files.sorted(by: { $0.name < $1.name }) where file.name != HTMLExporter.pageName
        {
          downloadRow(
            file.name, size: YenText.grouped(UInt64(file.bytes.count)), sha256: file.sha256, &out)
        }
        let following = [
          ("catalog.jsonld", "manifest.json に記載"), ("manifest.json", "上位フォルダの catalog.jsonld に記載"),
        ]
        for (name, note) in following where !files.contains(where: { $0.name == name }) {
          downloadRow(name, size: "—", sha256: "（このページより後に作成: \(note)）", &out)
        }
      }
    }
  }

  func downloadRow(_ name: String, size: String, sha256: String, _ out: inout HTMLOutput) {
    let (format, audience) = Self.describe(name)
    out.element("tr") { out in
      out.element("th", [("scope", "row")]) { out in out.element("a", [("href", name)], text: name)
      }
      out.element("td", text: format)
      out.element("td", text: audience)
      out.element("td", [("class", "num")], text: size)
      out.element("td", [("class", "sha")], text: sha256)
    }
    out.newline()
  }
}
