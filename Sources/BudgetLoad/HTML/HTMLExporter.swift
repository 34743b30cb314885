import BudgetModel

/// Writes a document's pages for people: `index.html` (identity, headline totals, a chart,
/// the outline, the summary tables, FILP, the reconciliation findings and the downloads) and
/// `source.html` (the decoded input with an anchor per line). Every figure on `index.html`
/// links to its line in `source.html`, so a reader can check it against the document.
///
/// The pages hold no script and load nothing: the chart is inline SVG, the style sheet
/// inline, the fonts the reader's own. Same document, same bytes.
public enum HTMLExporter {
  public static let pageName = "index.html"
  public static let sourcePageName = "source.html"
  public static let mediaType = "text/html; charset=utf-8"

  /// What the two pages are and whom they serve.
  public static let descriptions = [
    pageName: FileDescription("HTML", audience: "閲覧"),
    sourcePageName: FileDescription("HTML（元資料、行番号付き）", audience: "確認"),
  ]

  /// `source.html` (when the decoded lines are given) and `index.html`, whose downloads table
  /// lists `downloads`, `source.html`, and the `later` files that follow it.
  public static func files(
    for document: BudgetDocument, sourceLines: [String]?, downloads: [DescribedFile],
    later: [LaterFile] = []
  )
    -> [ExportFile]
  {
    var files: [DescribedFile] = []
    if let sourceLines {
      var out = HTMLOutput(capacity: 8192 + sourceLines.reduce(0) { $0 + $1.utf8.count + 64 })
      SourcePage.write(document.info, lines: sourceLines, to: &out)
      let page = ExportFile(name: sourcePageName, bytes: out.bytes, mediaType: mediaType)
      files.append(DescribedFile(page, descriptions[sourcePageName] ?? .unknown))
    }
    let page = pageBytes(
      document, linksToSource: sourceLines != nil, downloads: downloads + files, later: later)
    return files.map(\.file) + [ExportFile(name: pageName, bytes: page, mediaType: mediaType)]
  }

  /// Writes `index.html`. With `linksToSource`, every figure links to `source.html#L<line>`.
  public static func writePage(
    _ document: BudgetDocument, linksToSource: Bool, downloads: [DescribedFile],
    later: [LaterFile] = [], to stream: inout some TextOutputStream
  ) {
    let bytes = pageBytes(
      document, linksToSource: linksToSource, downloads: downloads, later: later)
    stream.write(String(decoding: bytes, as: UTF8.self))
  }

  /// The bytes of `index.html`, written into one buffer.
  static func pageBytes(
    _ document: BudgetDocument, linksToSource: Bool, downloads: [DescribedFile],
    later: [LaterFile]
  ) -> [UInt8] {
    var out = HTMLOutput(capacity: 65_536 + document.items.count * 512)
    let page = DocumentPage(document: document, linksToSource: linksToSource)
    HTMLPage.write(title: document.info.pageTitle, to: &out) { out in
      page.header(&out)
      out.open("main")
      out.newline()
      page.totals(&out)
      page.chart(&out)
      page.outline(&out)
      page.summaryTables(&out)
      page.filp(&out)
      page.findings(&out)
      page.downloads(downloads, later: later, &out)
      out.close("main")
      out.newline()
      page.footer(&out)
    }
    return out.bytes
  }
}
