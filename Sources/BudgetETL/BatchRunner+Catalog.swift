import BudgetArchive
import BudgetLoad
import Foundation

extension BatchRunner {
  /// `<out>/index.html` (the series per ministry) and `<out>/series/<ministry>.html` (the
  /// items of its documents side by side), read from the manifests and the archive's items.
  /// Pages of ministries no longer exported are removed.
  static func writePages(
    _ out: URL, manifests: [(folder: String, manifest: Manifest)], archive: Bool, threads: Int = 1,
    batch: AtomicBatch
  ) throws {
    let folder = out.appendingPathComponent(ItemSeries.folderName)
    let fm = FileManager.default
    let ministries = SeriesPages.ministries(manifests)
    // One ministry at a time: its items are read, its page written, then let go. With more
    // than one thread, the even-numbered ministries on one and the odd on the other, each with
    // its own connection to the archive (every page is its own file: the same bytes).
    let pages = { (part: Int, parts: Int) throws -> Set<String> in
      let reader = archive ? try? Archive.ItemReader(root: out) : nil
      var written: Set<String> = []
      for documents in ministries.enumerated().filter({ $0.offset % parts == part }).map(\.element)
      {
        let items = documents.map { document in
          ((try? reader?.items(of: document.manifest.documentId)) ?? []).map {
            SeriesPages.Item(
              documentId: $0.documentID, id: $0.id, level: $0.level, code: $0.code,
              title: $0.title, amountJPY: $0.amountJPY)
          }
        }
        guard let page = SeriesPages.file(documents, items: items) else { continue }
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try batch.stage(page.bytes, to: out.appendingPathComponent(page.name))
        written.insert((page.name as NSString).lastPathComponent)
      }
      return written
    }
    let written: Set<String>
    if threads > 1, ministries.count > 1 {
      let (even, odd) = BothAtOnce.run({ try pages(0, 2) }, { try pages(1, 2) })
      written = try even.get().union(try odd.get())
    } else {
      written = try pages(0, 1)
    }
    for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
    where name.hasSuffix(".html") && !written.contains(name) {
      try? fm.removeItem(at: folder.appendingPathComponent(name))
    }
    let codes = Set(
      manifests.map(\.manifest.organization.code).filter {
        written.contains(
          (ItemSeries.pageName(ministryCode: $0) as NSString).lastPathComponent)
      })
    let page = CatalogPage.file(entries: manifests, seriesPages: codes, archive: archive)
    try batch.stage(page.bytes, to: out.appendingPathComponent(page.name))
  }
}
