import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

@testable import BudgetLoad

/// Issue 22's series for people and the archive in the top-level catalog: the archive's
/// distributions, each document page's item links, the series page that lines the same item
/// up across documents, the top-level page per ministry, and a document chart that fits 390 px.
@Suite struct SeriesPagesTests {
  static func manifest(_ document: BudgetDocument, files: [ExportFile] = []) throws -> Manifest {
    let file = try ManifestWriter.file(
      for: document, files: files, toolVersion: "0.1.0", mappingVersion: "2024.1")
    return try Manifest(reading: file.bytes, path: "manifest.json")
  }

  /// The sample as a request (2024) and as a draft (2024), the draft with one item renamed.
  static func twoDocuments() throws -> [(folder: String, manifest: Manifest)] {
    var request = SampleFixtures.document
    request.info.id = "jp-soumu-2024-request"
    request.info.phase = BudgetPhase(
      code: "request", fiscalDataPackagePhase: "proposed", openBudgetsPhase: nil,
      nameJa: "概算要求", nameEn: "budget request")
    let page = ExportFile(name: "index.html", bytes: [0x20], mediaType: HTMLExporter.mediaType)
    return [
      ("jp-soumu-2024-proposal", try manifest(SampleFixtures.document, files: [page])),
      ("jp-soumu-2024-request", try manifest(request, files: [page])),
    ]
  }

  static func items(_ document: BudgetDocument, id: String, renaming: String? = nil)
    -> [SeriesPages.Item]
  {
    document.items.map { item in
      SeriesPages.Item(
        documentId: id, id: item.id, level: item.level.rawValue, code: item.code,
        title: item.id == renaming ? "別の名称" : item.title,
        amountJPY: item.figures.first { $0.measure == .budget }?.amountJPY)
    }
  }

  @Test func theIndexListsTheArchiveAsDistributionsOfItsOwnDataset() throws {
    let manifest = try ManifestWriter.file(
      for: LDFixtures.document, files: LDFixtures.dataFiles, toolVersion: "0.1.0",
      mappingVersion: "2024.1")
    let entry = try ExportIndex.Entry(manifest: manifest.bytes, folder: "soumu")
    let files = [
      ExportIndex.ArchiveFile(
        path: "budget.sqlite", mediaType: "application/vnd.sqlite3", bytes: 4096,
        sha256: String(repeating: "a", count: 64)),
      ExportIndex.ArchiveFile(
        path: "all/items.csv", mediaType: "text/csv; charset=utf-8", bytes: 10,
        sha256: String(repeating: "b", count: 64)),
    ]
    let index = try ExportIndex.catalog(entries: [entry], archive: files, baseIRI: LDFixtures.base)
    let json = try #require(try LDFixtures.parse(index.bytes) as? [String: Any])
    let datasets = json["dcat:dataset"] as? [[String: Any]] ?? []
    #expect(
      datasets.compactMap { $0["dcterms:identifier"] as? String } == [
        "jp-soumu-2024-proposal", "archive",
      ])
    let distributions = datasets.last?["dcat:distribution"] as? [[String: Any]] ?? []
    // In path order, whatever order the archive gave them.
    #expect(
      distributions.compactMap { $0["dcterms:title"] as? String } == [
        "all/items.csv", "budget.sqlite",
      ])
    let sqlite = try #require(distributions.last)
    #expect((sqlite["dcat:downloadURL"] as? [String: Any])?["@id"] as? String == "budget.sqlite")
    #expect(
      (sqlite["dcat:mediaType"] as? [String: Any])?["@id"] as? String
        == "http://www.iana.org/assignments/media-types/application/vnd.sqlite3")
    #expect((sqlite["dcat:byteSize"] as? [String: Any])?["@value"] as? String == "4096")
    let checksum = sqlite["spdx:checksum"] as? [String: Any]
    #expect(
      (checksum?["spdx:checksumValue"] as? [String: Any])?["@value"] as? String
        == String(repeating: "a", count: 64))
    #expect(
      (datasets.last?["dcterms:hasPart"] as? [[String: Any]])?.first?["@id"] as? String
        == LDFixtures.base + "jp-soumu-2024-proposal")
    // Without archive files, the index is as before: documents only.
    let plain = try ExportIndex.catalog(entries: [entry], baseIRI: LDFixtures.base)
    #expect(!String(decoding: plain.bytes, as: UTF8.self).contains("budget.sqlite"))
  }

  @Test func eachItemRowOfADocumentPageLinksToItsSeries() {
    let page = HTMLExporterTests.page(SampleFixtures.document)
    for item in SampleFixtures.document.items {
      let link = "../series/soumu.html#" + ItemSeries.anchor(code: item.code, title: item.title)
      #expect(
        page.contains("<td class=\"code\"><a href=\"\(HTMLOutput.escape(link))\""), "\(item.id)")
    }
  }

  @Test func theSeriesPageLinesUpTheSameCodeAndTitle() throws {
    let documents = try Self.twoDocuments()
    let renamed = try #require(SampleFixtures.document.items.first { $0.level == .item }).id
    let items =
      Self.items(SampleFixtures.document, id: "jp-soumu-2024-proposal")
      + Self.items(SampleFixtures.document, id: "jp-soumu-2024-request", renaming: renamed)
    let pages = SeriesPages.files(entries: documents, items: items)
    #expect(pages.map(\.name) == ["series/soumu.html"])
    let page = String(decoding: pages[0].bytes, as: UTF8.self)
    let item = try #require(SampleFixtures.document.items.first { $0.id == "c1-2" })
    let anchor = ItemSeries.anchor(code: item.code, title: item.title)
    // One row, the request (概算要求) before the draft, each amount linking to its document.
    let row = try #require(
      page.components(separatedBy: "<tr class=\"item\" id=\"\(anchor)\">").dropFirst().first
    )
    .components(separatedBy: "</tr>")[0]
    let request = try #require(row.range(of: "../jp-soumu-2024-request/index.html#c1-2"))
    let draft = try #require(row.range(of: "../jp-soumu-2024-proposal/index.html#c1-2"))
    #expect(request.lowerBound < draft.lowerBound)
    #expect(row.hasSuffix("<td class=\"num\">2</td>"))
    // A renamed item is not the same item: two rows, one document each.
    let first = try #require(SampleFixtures.document.items.first { $0.id == renamed })
    #expect(page.contains("id=\"\(ItemSeries.anchor(code: first.code, title: "別の名称"))\""))
    #expect(page.contains("id=\"\(ItemSeries.anchor(code: first.code, title: first.title))\""))
    #expect(page.components(separatedBy: "<tr class=").count - 1 == itemRows(items))
    #expect(SeriesPages.files(entries: documents.reversed(), items: items) == pages)
  }

  func itemRows(_ items: [SeriesPages.Item]) -> Int {
    Set(items.map { $0.code + "\u{1F}" + $0.title }).count
  }

  @Test func theTopPageShowsEachMinistrysDocumentsTotalsAndChart() throws {
    let documents = try Self.twoDocuments()
    let page = String(
      decoding: CatalogPage.file(entries: documents, seriesPages: ["soumu"], archive: true).bytes,
      as: UTF8.self)
    #expect(page.contains("<section id=\"m-soumu\" aria-labelledby=\"m-soumu-h\">"))
    #expect(page.contains("<a href=\"series/soumu.html\">"))
    #expect(page.contains("<a href=\"budget.sqlite\">budget.sqlite</a>"))
    // Request before draft; totals side by side, one column per headline label.
    let request = try #require(page.range(of: "jp-soumu-2024-request/index.html\">"))
    let draft = try #require(page.range(of: "jp-soumu-2024-proposal/index.html\">"))
    #expect(request.lowerBound < draft.lowerBound)
    #expect(
      page.contains(
        "<td class=\"num\" data-label=\"第1 一般会計\"><data value=\"18210700000000\" title=\"18,210,700,000,000円\">18兆2,107億円</data></td>"
      ))
    // The chart: one bar per document, no script, nothing loaded.
    #expect(page.components(separatedBy: "<rect class=").count - 1 == 2)
    #expect(page.contains("<rect class=\"request\""))
    #expect(!page.contains("<script") && !page.contains("src="))
    let plain = String(decoding: CatalogPage.file(entries: documents).bytes, as: UTF8.self)
    #expect(!plain.contains("series/soumu.html") && !plain.contains("budget.sqlite"))
  }

  /// Every amount label of the sample's chart ends inside its 360 units (at the widest
  /// estimate of the fallback font), and so does every title line.
  @Test func theDocumentChartsLabelsFitItsWidth() {
    let chart = BarChart(document: SampleFixtures.document)
    #expect(chart.barSpace >= 200)
    for row in chart.rows {
      for (figure, prior) in [(row.budget, false), (row.prior, true)] {
        guard let figure, let yen = figure.amountJPY else { continue }
        let end =
          Double(BarChart.left + chart.length(yen).0 + 4)
          + BarChart.textWidth(chart.label(figure, prior: prior), fontSize: prior ? 11 : 12)
        #expect(end <= Double(BarChart.width), "\(row.item.id)")
      }
      for line in BarChart.wrap(row.item.code + ". " + row.item.title) {
        #expect(
          Double(BarChart.left + 4) + BarChart.textWidth(line, fontSize: 12)
            <= Double(BarChart.width))
      }
    }
  }
}
