import BudgetLoad
import BudgetModel
import Foundation

/// `manifest.json`: every other file's size and SHA-256, last in every export; its own hash
/// is in the top folder's catalog. Checks an export folder against it.
struct ManifestFormat: ExportFormat {
  let name = "manifest"
  let stage = ExportStage.last

  static let description = FileDescription("マニフェスト (JSON)", audience: "データポータル・検証")
  let described = [ManifestWriter.fileName: Self.description]
  let laterFiles = [
    LaterFile(
      ManifestWriter.fileName, Self.description,
      recordedIn: "上位フォルダの " + DCATExporter.fileName)
  ]

  func files(in context: ExportContext) throws -> [ExportFile] {
    [
      try ManifestWriter.file(
        for: context.document, files: context.writtenFiles, toolVersion: ToolInfo.version,
        mappingVersion: context.mappingVersion)
    ]
  }

  var folderCheck: FolderCheck? { { folder in Self.check(folder: folder) } }
}

extension ManifestFormat {
  /// The manifest exists, parses, lists every file of the folder, and each listed file has
  /// its size and SHA-256. Without a readable manifest nothing else can be trusted: that is
  /// a failure naming the manifest.
  static func check(folder: String) -> [String] {
    var problems: [String] = []
    let fm = FileManager.default
    let manifestPath = (folder as NSString).appendingPathComponent(ManifestWriter.fileName)
    guard fm.fileExists(atPath: manifestPath) else {
      problems.append(
        "\(manifestPath): missing; the export's files cannot be checked against their hashes")
      return problems
    }
    guard let manifest = fm.contents(atPath: manifestPath) else {
      problems.append(
        "\(manifestPath): cannot read (\(InputReader.problem(at: manifestPath).map(FailureText.of) ?? "permission denied"))"
      )
      return problems
    }
    let files: [Manifest.File]
    do {
      files = try Manifest(reading: Array(manifest), path: manifestPath).files
    } catch {
      problems.append(FailureText.of(error))
      return problems
    }
    var listed: Set<String> = [ManifestWriter.fileName]
    for (n, file) in files.enumerated() {
      let name = file.name
      guard !name.contains("/") else {
        problems.append(
          "\(manifestPath): entry \(n + 1) of \"files\" names a path, not a file of the folder")
        continue
      }
      listed.insert(name)
      let filePath = (folder as NSString).appendingPathComponent(name)
      guard let bytes = fm.contents(atPath: filePath) else {
        problems.append("\(filePath): listed in the manifest but missing or unreadable")
        continue
      }
      if file.bytes != bytes.count {
        problems.append("\(filePath): \(bytes.count) bytes, the manifest says \(file.bytes)")
      }
      if SHA256.hex(Array(bytes)) != file.sha256 {
        problems.append("\(filePath): SHA-256 differs from the manifest")
      }
    }
    let present = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter {
      !$0.hasPrefix(".")
    }
    for name in present.sorted() where !listed.contains(name) {
      problems.append(
        "\((folder as NSString).appendingPathComponent(name)): not listed in the manifest")
    }
    return problems
  }
}
