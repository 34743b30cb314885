import BudgetLoad
import BudgetModel
import Foundation

/// `index.html` and `source.html`, for people; checks that every file a page links to is in
/// the folder.
struct HTMLFormat: ExportFormat {
  let name = "html"
  let needsSourceLines = true
  var described: [String: FileDescription] { HTMLExporter.descriptions }

  func files(in context: ExportContext) throws -> [ExportFile] {
    HTMLExporter.files(
      for: context.document, sourceLines: context.sourceLines, downloads: context.written,
      later: context.later)
  }

  var folderCheck: FolderCheck? {
    { folder in
      let fm = FileManager.default
      var problems: [String] = []
      for page in [HTMLExporter.pageName, HTMLExporter.sourcePageName] {
        let path = (folder as NSString).appendingPathComponent(page)
        guard let data = fm.contents(atPath: path) else { continue }
        for target in Self.linkedFiles(String(decoding: data, as: UTF8.self))
        where !fm.fileExists(atPath: (folder as NSString).appendingPathComponent(target)) {
          problems.append("\(path): links to \(target), which is not in the folder")
        }
      }
      return problems
    }
  }

  /// The files of the same folder a page links to (`href="items.csv"`, not `#L3` or a URL).
  static func linkedFiles(_ page: String) -> Set<String> {
    var files: Set<String> = []
    for part in page.components(separatedBy: "href=\"").dropFirst() {
      guard let end = part.firstIndex(of: "\"") else { continue }
      let target = String(part[..<end])
      guard !target.isEmpty, !target.contains(where: { "#:/?".contains($0) }) else { continue }
      files.insert(target)
    }
    return files
  }
}
