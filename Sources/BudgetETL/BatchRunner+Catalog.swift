import BudgetArchive
import BudgetLoad
import Foundation

extension BatchRunner {
  /// `<out>/index.html` (the series per ministry) and `<out>/series/<ministry>.html` (the
  /// items of its documents side by side), read from the manifests and the archive's items.
  /// Pages of ministries no longer exported are removed.
  static func writePages(
    _ out: URL, manifests: [(folder: String, manifest: Manifest)], archive: Bool
  ) throws {
    let items = (archive ? (try? Archive.items(root: out)) ?? [] : []).map {
      SeriesPages.Item(
        documentId: $0.documentID, id: $0.id, level: $0.level, code: $0.code, title: $0.title,
        amountJPY: $0.amountJPY)
    }
    let series = SeriesPages.files(entries: manifests, items: items)
    let folder = out.appendingPathComponent(ItemSeries.folderName)
    let fm = FileManager.default
    if !series.isEmpty { try fm.createDirectory(at: folder, withIntermediateDirectories: true) }
    for page in series {
      try ExportPublisher.writeAtomically(page.bytes, to: out.appendingPathComponent(page.name))
    }
    let written = Set(series.map { ($0.name as NSString).lastPathComponent })
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
    try ExportPublisher.writeAtomically(page.bytes, to: out.appendingPathComponent(page.name))
  }
}
