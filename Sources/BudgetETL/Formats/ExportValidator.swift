import BudgetModel
import Foundation

/// Checks exports already on disk with every format that can check its files
/// (``ExportFormats/validating``): the XML against the bundled schema, the JSON-LD's terms
/// against the shipped context, each CSV's header and row shape against its Table Schema,
/// the pages' links, and every file against the manifest's size and SHA-256.
public struct ExportValidator {
  public init() {}

  /// `file:line: message` lines, empty when everything is valid. A path that is a file is
  /// checked as XML. A check that cannot run is a problem, never a pass.
  public func validate(paths: [String]) throws -> [String] {
    var problems: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append("\(path): no such file or folder")
        continue
      }
      guard isDirectory.boolValue else {
        problems += XMLFormat.check(path)
        continue
      }
      for format in ExportFormats.validating {
        problems += format.folderCheck?(path) ?? []
      }
    }
    return problems
  }
}
