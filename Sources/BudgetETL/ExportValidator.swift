import BudgetLoad
import BudgetXML
import Foundation

/// Checks exports already on disk: every XML against the bundled schema, and every file a
/// manifest lists against its size and SHA-256.
public struct ExportValidator {
  public init() {}

  /// `file:line: message` lines, empty when everything is valid.
  public func validate(paths: [String]) throws -> [String] {
    let validator = try XMLSchemaValidator()
    let fm = FileManager.default
    var problems: [String] = []
    func checkXML(_ path: String) {
      guard let data = fm.contents(atPath: path) else {
        problems.append("\(path): cannot read")
        return
      }
      for issue in validator.validate(Array(data)) { problems.append("\(path):\(issue.line): \(issue.message)") }
    }
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append("\(path): no such file or folder")
        continue
      }
      guard isDirectory.boolValue else {
        checkXML(path)
        continue
      }
      let xml = (path as NSString).appendingPathComponent("budget.xml")
      if fm.fileExists(atPath: xml) { checkXML(xml) }
      let manifestPath = (path as NSString).appendingPathComponent(ManifestWriter.fileName)
      guard let manifest = fm.contents(atPath: manifestPath),
        let object = try? JSONSerialization.jsonObject(with: manifest) as? [String: Any],
        let files = object["files"] as? [[String: Any]]
      else {
        if !fm.fileExists(atPath: xml) { problems.append("\(path): no budget.xml and no manifest.json") }
        continue
      }
      for file in files {
        guard let name = file["name"] as? String, let sha = file["sha256"] as? String else { continue }
        let filePath = (path as NSString).appendingPathComponent(name)
        guard let bytes = fm.contents(atPath: filePath) else {
          problems.append("\(filePath): listed in the manifest but missing")
          continue
        }
        if SHA256.hex(Array(bytes)) != sha { problems.append("\(filePath): SHA-256 differs from the manifest") }
      }
    }
    return problems
  }
}
