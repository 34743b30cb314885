import BudgetETL
import BudgetLoad
import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

/// The sample's pages through the real pipeline: the golden `index.html`, provenance links
/// to `source.html`, the chart's marks, the downloads table, `--formats`, and the export
/// index page built from the manifests.
@Suite struct HTMLPageTests {
  struct Sample: Sendable {
    let pipeline: Pipeline
    let document: BudgetDocument
    let lineCount: Int
    let lines: [String]
    let files: [String: ExportFile]

    func text(_ name: String) throws -> String {
      String(decoding: try #require(files[name]).bytes, as: UTF8.self)
    }
  }

  static func exported(formats: [any ExportFormat] = ExportFormats.all) throws -> Sample {
    let pipeline = try Pipeline(
      mappingsDirectory: FormatsSample.root.appendingPathComponent("Mappings"),
      options: Pipeline.Options(formats: formats))
    let bytes = Array(try FormatsSample.sampleText().utf8)
    let extracted = try pipeline.extract(bytes: bytes, sourceName: FormatsSample.sourceName)
    let document = try pipeline.transform(extracted)
    let lines = try pipeline.sourceLines(bytes: bytes, sourceName: FormatsSample.sourceName)
    let files = try pipeline.export(document, sourceLines: lines)
    return Sample(
      pipeline: pipeline, document: document, lineCount: extracted.lineCount, lines: lines,
      files: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0) }))
  }

  private static let cached = Result { try exported() }
  static func sample() throws -> Sample { try cached.get() }

  /// The page's content from the document. The downloads table, which holds the hashes of
  /// every other format's files, is left out of the golden file (it would change with any
  /// of them) and checked on its own below.
  @Test func sampleIndexMatchesGoldenFile() throws {
    var page = ""
    HTMLExporter.writePage(
      try Self.sample().document, linksToSource: true, downloads: [],
      later: ExportFormats.last.flatMap(\.laterFiles), to: &page)
    try Snapshot.assertMatches(
      Array(page.utf8), named: "sample-index.html", in: Snapshot.folder(besides: #filePath))
  }

  @Test func sourceLinesAreTheLinesTheFiguresCite() throws {
    let sample = try Self.sample()
    #expect(sample.lines.count == sample.lineCount)
    #expect(sample.lines[196].hasPrefix("1. 地方の一般財源総額の確保等"))  // line 197
    let source = try sample.text(HTMLExporter.sourcePageName)
    #expect(source.contains("<span id=L\(sample.lineCount)>"))
    #expect(!source.contains("<span id=L\(sample.lineCount + 1)>"))
  }

  /// Real figures of the sample, each linked to the line it is printed on.
  @Test(arguments: [
    ("199,270.1", Int64(19_927_010_000_000), 197),  // 1. 地方の一般財源総額の確保等 199,270.1億円
    ("0.05", Int64(5_000_000), 0),  // 災害マネジメント総括支援員等の研修事業 0.05億円
    ("18兆2,107億円", Int64(18_210_700_000_000), 11),  // 令和6年度予算額（案） 18兆2,107億円
  ])
  func figuresLinkToTheirSourceLines(_ printed: String, _ yen: Int64, _ line: Int) throws {
    let sample = try Self.sample()
    let page = try sample.text(HTMLExporter.pageName)
    let cell = "<data value=\"\(yen)\">\(printed)</data>"
    #expect(page.contains(cell))
    if line > 0 {
      #expect(
        page.contains(
          "<a href=\"source.html#L\(line)\" title=\"\(YenTextProbe.yen(yen))（\(line)行目）\">\(cell)"))
    }
    let anchors = page.components(separatedBy: "href=\"source.html#L").dropFirst()
      .compactMap { Int($0.prefix { $0.isNumber }) }
    #expect(anchors.count > 900)
    #expect(anchors.allSatisfy { (1...sample.lineCount).contains($0) })
  }

  @Test func chartHasOneMarkPerItemWithItsAmounts() throws {
    let sample = try Self.sample()
    let page = try sample.text(HTMLExporter.pageName)
    let items = sample.document.items.filter { $0.level == .item }
    #expect(items.count == 19)
    let marks = page.components(separatedBy: "<g class=\"mark\" data-id=\"").dropFirst().map {
      $0.prefix { $0 != ">" }
    }
    #expect(marks.count == items.count)
    for (mark, item) in zip(marks, items) {
      let budget = item.figures.first { $0.measure == .budget }?.amountJPY.map(String.init) ?? ""
      let prior =
        item.figures.first { $0.measure == .priorInitial }?.amountJPY.map(String.init) ?? ""
      #expect(mark == "\(item.id)\" data-yen=\"\(budget)\" data-prior-yen=\"\(prior)\"")
    }
    #expect(page.contains("<g class=\"mark\" data-id=\"c1-1\" data-yen=\"19927010000000\""))
  }

  /// Every other file of the export, with its size and SHA-256; the manifest and DCAT
  /// catalog list the pages.
  @Test func pagesAreListedInDownloadsManifestAndCatalog() throws {
    let sample = try Self.sample()
    let page = try sample.text(HTMLExporter.pageName)
    for file in sample.files.values
    where ![HTMLExporter.pageName, "manifest.json", "catalog.jsonld"].contains(file.name) {
      #expect(page.contains("<a href=\"\(file.name)\">\(file.name)</a>"), "\(file.name)")
      #expect(page.contains(file.sha256), "\(file.name)")
    }
    for name in ["manifest.json", "catalog.jsonld"] {
      #expect(page.contains("<a href=\"\(name)\">\(name)</a>"))
    }
    let manifest = try JSONDecoder().decode(
      Manifest.self, from: Data(try #require(sample.files["manifest.json"]).bytes))
    for name in [HTMLExporter.pageName, HTMLExporter.sourcePageName] {
      #expect(manifest.files.first { $0.name == name }?.sha256 == sample.files[name]?.sha256)
      #expect(try sample.text("catalog.jsonld").contains("/distribution/\(name)\""))
    }
    #expect(
      manifest.headlineTotals == [
        .init(label: "第1 一般会計", budgetJPY: 18_210_700_000_000),
        .init(label: "第2 東日本大震災復興特別会計 ※総務省関係分", budgetJPY: 57_300_000_000),
      ])
  }

  @Test func formatsWriteOnlyTheChosenFilesAndAlwaysTheirMetadata() throws {
    let sample = try Self.exported(formats: try ExportFormats.named("html, csv"))
    let names = Set(sample.files.keys)
    #expect(
      names.isSuperset(of: [
        "items.csv", "datapackage.json", "index.html", "source.html", "validation-report.json",
        "manifest.json", "catalog.jsonld",
      ]))
    #expect(
      names.isDisjoint(with: ["budget.xml", "budget-1.3.xsd", "budget.jsonld", "context.jsonld"]))
    #expect(!(try sample.text("index.html")).contains("budget.xml"))
    #expect(throws: BudgetETLError.self) { try ExportFormats.named("csv,pdf") }
    #expect(ExportFormats.names == ["csv", "jsonld", "xml", "html"])
  }
}

extension HTMLPageTests {
  /// `Exports/index.html` is rebuilt with the top-level catalog, from the manifests alone.
  @Test func exportIndexPageListsEveryDocument() throws {
    let sample = try Self.sample()
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "html-index-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let folder = out.appendingPathComponent(sample.document.info.id)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(try #require(sample.files["manifest.json"]).bytes).write(
      to: folder.appendingPathComponent("manifest.json"))
    try BatchRunner.writeCatalog(out, baseIRI: CSVExporter.defaultBaseIRI)
    let page = try String(
      contentsOf: out.appendingPathComponent(CatalogPage.fileName), encoding: .utf8)
    #expect(
      page.contains(
        "<th scope=\"row\"><a href=\"jp-soumu-2024-proposal/index.html\">令和6年度 総務省所管予算(案)の概要</a></th>"
      ))
    // Per ministry (issue 22): its heading, then its documents by year and phase, the headline
    // totals one column each, and the link to its item series.
    #expect(page.contains("<h2 id=\"m-soumu-h\">総務省</h2>"))
    #expect(page.contains("<tr><td>令和6年度（2024年度）</td><td>予算案</td>"))
    #expect(
      page.contains(
        "<td class=\"num\" data-label=\"第1 一般会計\"><data value=\"18210700000000\" title=\"18,210,700,000,000円\">18兆2,107億円</data></td>"
      ))
    #expect(page.contains("<rect class=\"proposal\""))
    #expect(page.contains("<a href=\"catalog.jsonld\">catalog.jsonld</a>"))
    #expect(
      FileManager.default.fileExists(atPath: out.appendingPathComponent("catalog.jsonld").path))
  }
}

/// The yen text the pages print on hover (`19,927,010,000,000円`), written out here
/// independently of the writer.
enum YenTextProbe {
  static func yen(_ value: Int64) -> String {
    let digits = String(value)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result + "円"
  }
}
