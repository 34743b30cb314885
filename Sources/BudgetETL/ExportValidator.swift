import BudgetLoad
import BudgetModel
import BudgetXML
import Foundation

/// Checks exports already on disk: every XML against the bundled schema, every file a
/// manifest lists against its size and SHA-256, the JSON-LD's terms against the shipped
/// context (a term it lacks would vanish on expansion), and each CSV's header and row shape
/// against its Table Schema.
public struct ExportValidator {
  public init() {}

  /// `file:line: message` lines, empty when everything is valid. A check that cannot run
  /// (the schema does not load, a file cannot be read) is a problem, never a pass.
  public func validate(paths: [String]) throws -> [String] {
    let validator: XMLSchemaValidator?
    var problems: [String] = []
    do {
      validator = try XMLSchemaValidator()
    } catch {
      validator = nil
      problems.append("cannot check any XML: \(FailureText.of(error))")
    }
    let fm = FileManager.default
    func checkXML(_ path: String) {
      guard let validator else { return }
      guard let data = fm.contents(atPath: path) else {
        problems.append("\(path): cannot read")
        return
      }
      for issue in validator.validate(Array(data)) {
        problems.append("\(path):\(issue.line): \(issue.message)")
      }
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
      checkJSONLD((path as NSString).appendingPathComponent("budget.jsonld"), into: &problems)
      for table in TableSchema.all {
        checkCSV((path as NSString).appendingPathComponent(table.path), table, into: &problems)
      }
      checkManifest(folder: path, into: &problems)
    }
    return problems
  }

  /// The manifest exists, parses, lists every file of the folder, and each listed file has
  /// its size and SHA-256. Without a readable manifest nothing else can be trusted: that is
  /// a failure naming the manifest.
  func checkManifest(folder: String, into problems: inout [String]) {
    let fm = FileManager.default
    let manifestPath = (folder as NSString).appendingPathComponent(ManifestWriter.fileName)
    guard fm.fileExists(atPath: manifestPath) else {
      problems.append(
        "\(manifestPath): missing; the export's files cannot be checked against their hashes")
      return
    }
    guard let manifest = fm.contents(atPath: manifestPath) else {
      problems.append(
        "\(manifestPath): cannot read (\(InputReader.problem(at: manifestPath).map(FailureText.of) ?? "permission denied"))"
      )
      return
    }
    let files: [Manifest.File]
    do {
      files = try Manifest(reading: Array(manifest), path: manifestPath).files
    } catch {
      problems.append(FailureText.of(error))
      return
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
  }

  /// Every key of the JSON-LD graph is a keyword or a term of the context.
  func checkJSONLD(_ path: String, into problems: inout [String]) {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      problems.append("\(path):1: not a JSON object")
      return
    }
    var terms = Set(JSONLDContext.terms)
    // A document may add its own terms in a further inline context (budget.jsonld's budgetLine).
    for case let context as [String: Any] in root["@context"] as? [Any] ?? [] {
      terms.formUnion(context.keys)
    }
    var undefined: Set<String> = []
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (key, child) in object where key != "@context" {
          if !key.hasPrefix("@") && !terms.contains(key) && !key.contains(":") {
            undefined.insert(key)
          }
          walk(child)
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(root)
    for key in undefined.sorted() {
      problems.append(
        "\(path): term '\(key)' is not defined by the context and would be dropped on expansion")
    }
  }

  /// The header is the Table Schema's columns and every row has as many cells.
  func checkCSV(_ path: String, _ table: TableSchema, into problems: inout [String]) {
    guard let data = FileManager.default.contents(atPath: path) else { return }
    var bytes = Array(data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text = String(decoding: bytes, as: UTF8.self)
    let header = table.columnNames.joined(separator: ",")
    var lineNumber = 0
    for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) where !line.isEmpty
    {
      lineNumber += 1
      if lineNumber == 1 {
        if line != header {
          problems.append("\(path):1: header does not match the table schema of \(table.name)")
        }
        continue
      }
      var cells = 1
      var quoted = false
      for ch in line.unicodeScalars {
        if ch == "\"" { quoted.toggle() } else if ch == ",", !quoted { cells += 1 }
      }
      if cells != table.columns.count {
        problems.append(
          "\(path):\(lineNumber): \(cells) cells, the table schema has \(table.columns.count)")
      }
    }
  }
}
