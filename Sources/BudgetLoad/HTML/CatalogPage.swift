import BudgetModel
import Foundation

/// `index.html` at the top of an export folder, the series for people: per ministry, its
/// documents by fiscal year and phase with their headline totals side by side, a small chart
/// of a total over time, and a link to the ministry's item series (``SeriesPages``). Built from
/// the per-document manifests alone, so that `Exports/` can be published as a static site.
public enum CatalogPage {
  public static let fileName = "index.html"

  /// The page over the manifests found in `folders` (folder name → bytes of its
  /// `manifest.json`).
  ///
  /// - Throws: ``JSONLDError/invalidManifest(_:)`` when a manifest cannot be read.
  public static func file(manifests: [(folder: String, bytes: [UInt8])]) throws -> ExportFile {
    var entries: [(folder: String, manifest: Manifest)] = []
    for (folder, bytes) in manifests {
      entries.append(
        (folder, try Manifest(reading: bytes, path: "\(folder)/\(ManifestWriter.fileName)")))
    }
    return file(entries: entries)
  }

  /// The page over manifests already read (folder name → its manifest). `seriesPages` names
  /// the ministries (codes) whose item series page exists; `archive`, whether `budget.sqlite`
  /// and `all/` do.
  public static func file(
    entries: [(folder: String, manifest: Manifest)], seriesPages: Set<String> = [],
    archive: Bool = false
  ) -> ExportFile {
    let ministries = SeriesPages.ministries(entries)
    var out = HTMLOutput(capacity: 4096 + entries.count * 1024)
    HTMLPage.write(title: "予算データ一覧", to: &out) { out in
      header(ministries, documents: entries.count, archive: archive, &out)
      out.element("main") { out in
        for documents in ministries {
          section(documents, series: seriesPages, &out)
        }
      }
      out.newline()
    }
    return ExportFile(name: fileName, bytes: out.bytes, mediaType: HTMLExporter.mediaType)
  }

  static func header(
    _ ministries: [[SeriesPages.Entry]], documents: Int, archive: Bool, _ out: inout HTMLOutput
  ) {
    out.element("header") { out in
      out.element("p", [("class", "kicker")], text: "budget-etl")
      out.element("h1", text: "予算データ一覧")
      out.element(
        "p", text: "予算概要資料から変換した \(documents) 文書（\(ministries.count) 府省）。府省ごとに年度・段階の順。")
      out.element("p") { out in
        out.text("機械可読: ")
        out.element("a", [("href", "catalog.jsonld")], text: "catalog.jsonld")
        out.text("（DCAT-AP）")
        if archive {
          out.text("・")
          out.element("a", [("href", "budget.sqlite")], text: "budget.sqlite")
          out.text("（全文書のSQLiteデータベース。Datasette等で閲覧・検索）・")
          out.element("a", [("href", "all/datapackage.json")], text: "all/")
          out.text("（記録の種類ごとの結合CSV）")
        }
      }
      out.element("nav", [("aria-label", "府省")]) { out in
        out.element("ul") { out in
          for documents in ministries {
            let organization = documents[0].manifest.organization
            out.element("li") { out in
              out.element(
                "a", [("href", "#" + sectionID(organization.code))], text: organization.nameJa)
            }
          }
        }
      }
    }
    out.newline()
  }

  static func sectionID(_ code: String) -> String { "m-" + ItemSeries.fileStem(code) }

  /// One ministry: heading, chart, the documents' table, the link to its item series.
  static func section(
    _ documents: [SeriesPages.Entry], series: Set<String>, _ out: inout HTMLOutput
  ) {
    let organization = documents[0].manifest.organization
    let id = sectionID(organization.code)
    out.element("section", [("id", id), ("aria-labelledby", id + "-h")]) { out in
      out.newline()
      out.element("h2", [("id", id + "-h")], text: organization.nameJa)
      out.newline()
      TotalsChart(documents: documents, id: id).write(to: &out)
      table(documents, organization: organization, &out)
      if series.contains(organization.code) {
        out.element("p") { out in
          out.element(
            "a", [("href", ItemSeries.pageName(ministryCode: organization.code))],
            text: "項目別の推移（番号と名称が同じ項目を年度・段階ごとに比較）")
        }
      }
    }
    out.newline()
  }

  /// The headline labels of a ministry's documents: in the order of the document that prints
  /// the most of them (the first such), then any others as first printed.
  static func labels(_ documents: [SeriesPages.Entry]) -> [String] {
    let lists = documents.map { ($0.manifest.headlineTotals ?? []).map(\.label) }
    var seen: [String] = []
    let fullest = lists.max { $0.count < $1.count } ?? []
    for label in fullest + lists.joined() where !seen.contains(label) {
      seen.append(label)
    }
    return seen
  }

  static func table(
    _ documents: [SeriesPages.Entry], organization: Organization, _ out: inout HTMLOutput
  ) {
    let labels = labels(documents)
    out.element("div", [("class", "table-wrap")]) { out in
      out.element("table", [("class", "series-docs")]) { out in
        out.element("caption", text: "\(organization.nameJa)の文書と総額（年度・段階順）")
        out.element("thead") { out in
          out.element("tr") { out in
            for column in ["年度", "段階", "資料"] {
              out.element("th", [("scope", "col")], text: column)
            }
            for label in labels {
              out.element("th", [("scope", "col"), ("class", "num")], text: label)
            }
            out.element("th", [("scope", "col")], text: "ファイル")
          }
        }
        out.newline()
        out.element("tbody") { out in
          for (folder, manifest) in documents { row(folder, manifest, labels: labels, &out) }
        }
      }
    }
    out.newline()
  }

  static func row(_ folder: String, _ manifest: Manifest, labels: [String], _ out: inout HTMLOutput)
  {
    out.element("tr") { out in
      out.element("td", text: yearText(manifest))
      out.element("td", text: manifest.phaseNameJa ?? manifest.phase)
      out.element("th", [("scope", "row")]) { out in
        if let page = pageLink(folder, manifest) {
          out.element("a", [("href", page)], text: manifest.title)
        } else {
          out.text(manifest.title)
        }
      }
      for label in labels {
        out.element("td", [("class", "num"), ("data-label", label)]) { out in
          let total = manifest.headlineTotals?.first { $0.label == label }
          if let yen = total?.budgetJPY {
            out.element(
              "data", [("value", String(yen)), ("title", YenText.yen(yen))],
              text: YenText.headline(yen))
          } else if total != nil {
            out.text("—")
          }
        }
      }
      out.element("td") { out in
        out.element(
          "a", [("href", folder + "/" + ManifestWriter.fileName)], text: ManifestWriter.fileName)
        if manifest.files.contains(where: { $0.name == "items.csv" }) {
          out.text(" ")
          out.element("a", [("href", folder + "/items.csv")], text: "items.csv")
        }
      }
    }
    out.newline()
  }

  /// `令和6年度（2024年度）`, or `2024年度` when the manifest has no printed label.
  static func yearText(_ manifest: Manifest) -> String {
    (manifest.fiscalYearLabel.map { $0 + "（" } ?? "") + "\(manifest.fiscalYear)年度"
      + (manifest.fiscalYearLabel == nil ? "" : "）")
  }

  /// The document's page, when it was written (`<prefix><folder>/index.html`).
  static func pageLink(_ folder: String, _ manifest: Manifest, prefix: String = "") -> String? {
    manifest.files.contains { $0.name == HTMLExporter.pageName }
      ? prefix + folder + "/" + HTMLExporter.pageName : nil
  }
}
