import BudgetModel

extension DocumentPage {
  /// Every file written before the page with its format, size, SHA-256 and audience, then the
  /// files written after it (the DCAT catalog and the manifest list this page's hash, so
  /// their own sizes and hashes are recorded elsewhere, as `later` says).
  func downloads(_ files: [DescribedFile], later: [LaterFile], _ out: inout HTMLOutput) {
    let columns = [
      ("ファイル", false), ("形式", false), ("利用者", false), ("大きさ（バイト）", true), ("SHA-256", false),
    ]
    section("downloads", &out) { out in
      out.element("p", text: "この文書から作成したすべてのファイル。CSV は表計算ソフト用（UTF-8、1行目が列名、金額は円単位の整数）。")
      table(caption: "ダウンロード", columns: columns, &out) { out in
        for entry in files.sorted(by: { $0.file.name < $1.file.name })
        where entry.file.name != HTMLExporter.pageName {
          downloadRow(
            entry.file.name, entry.description,
            size: YenText.grouped(UInt64(entry.file.bytes.count)), sha256: entry.file.sha256, &out)
        }
        for file in later where !files.contains(where: { $0.file.name == file.name }) {
          downloadRow(
            file.name, file.description, size: "—",
            sha256: "（このページより後に作成: \(file.recordedIn) に記載）", &out)
        }
      }
    }
  }

  func downloadRow(
    _ name: String, _ description: FileDescription, size: String, sha256: String,
    _ out: inout HTMLOutput
  ) {
    out.element("tr") { out in
      out.element("th", [("scope", "row")]) { out in out.element("a", [("href", name)], text: name)
      }
      out.element("td", text: description.format)
      out.element("td", text: description.audience)
      out.element("td", [("class", "num")], text: size)
      out.element("td", [("class", "sha")], text: sha256)
    }
    out.newline()
  }
}
