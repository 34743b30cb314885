import BudgetModel
import Foundation

/// `index.html` at the top of an export folder: every exported document (ministry, fiscal
/// year, phase, headline totals, link to its page), built from the per-document manifests
/// alone, so that `Exports/` can be published as a static site as it is.
public enum CatalogPage {
  public static let fileName = "index.html"

  /// The page over the manifests found in `folders` (folder name → bytes of its
  /// `manifest.json`), sorted by ministry code, fiscal year, phase and folder.
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

  /// The page over manifests already read (folder name → its manifest).
  public static func file(entries: [(folder: String, manifest: Manifest)]) -> ExportFile {
    var entries = entries
    entries.sort {
      ($0.manifest.organization.code, $0.manifest.fiscalYear, $0.manifest.phase, $0.folder)
        < (
          $1.manifest.organization.code, $1.manifest.fiscalYear, $1.manifest.phase,
          $1.folder
        )
    }
    var out = HTMLOutput(capacity: 4096 + entries.count * 1024)
    write(entries, to: &out)
    return ExportFile(name: fileName, bytes: out.bytes, mediaType: HTMLExporter.mediaType)
  }

  static func write(
    _ entries: [(folder: String, manifest: Manifest)], to out: inout HTMLOutput
  ) {
    HTMLPage.write(title: "予算データ一覧", to: &out) { out in
      out.element("header") { out in
        out.element("p", [("class", "kicker")], text: "budget-etl")
        out.element("h1", text: "予算データ一覧")
        out.element("p") { out in
          out.text("予算概要資料から変換した \(entries.count) 文書。機械可読の一覧: ")
          out.element("a", [("href", "catalog.jsonld")], text: "catalog.jsonld")
          out.text("（DCAT-AP）")
        }
      }
      out.newline()
      out.element("main") { out in
        let columns = ["府省", "年度", "段階", "資料", "総額", "ファイル"]
        out.element("div", [("class", "table-wrap")]) { out in
          out.element("table", [("class", "catalog")]) { out in
            out.element("caption", text: "文書一覧（府省・年度順）")
            out.element("thead") { out in
              out.element("tr") { out in
                for column in columns { out.element("th", [("scope", "col")], text: column) }
              }
            }
            out.newline()
            out.element("tbody") { out in
              for (folder, manifest) in entries { row(folder, manifest, &out) }
            }
          }
        }
      }
      out.newline()
    }
  }

  static func row(_ folder: String, _ manifest: Manifest, _ out: inout HTMLOutput) {
    let names = Set(manifest.files.map(\.name))
    let page = names.contains(HTMLExporter.pageName) ? folder + "/" + HTMLExporter.pageName : nil
    out.element("tr") { out in
      out.element("td", text: manifest.organization.nameJa)
      out.element(
        "td",
        text: (manifest.fiscalYearLabel.map { $0 + "（" } ?? "") + "\(manifest.fiscalYear)年度"
          + (manifest.fiscalYearLabel == nil ? "" : "）"))
      out.element("td", text: manifest.phaseNameJa ?? manifest.phase)
      out.element("th", [("scope", "row")]) { out in
        if let page {
          out.element("a", [("href", page)], text: manifest.title)
        } else {
          out.text(manifest.title)
        }
      }
      out.element("td") { out in
        for (index, total) in (manifest.headlineTotals ?? []).enumerated() {
          if index > 0 { out.open("br") }
          out.text(total.label + " ")
          if let yen = total.budgetJPY {
            out.element(
              "data", [("value", String(yen)), ("title", YenText.yen(yen))],
              text: YenText.headline(yen))
          } else {
            out.text("—")
          }
        }
      }
      out.element("td") { out in
        out.element(
          "a", [("href", folder + "/" + ManifestWriter.fileName)], text: ManifestWriter.fileName)
        if names.contains("items.csv") {
          out.text(" ")
          out.element("a", [("href", folder + "/items.csv")], text: "items.csv")
        }
      }
    }
    out.newline()
  }
}
