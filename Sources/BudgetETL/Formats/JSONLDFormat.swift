import BudgetLoad
import BudgetModel
import Foundation

/// `budget.jsonld`, its context, the data structure definition and the vocabulary; checks
/// that every key of `budget.jsonld` is a term of the shipped context.
struct JSONLDFormat: ExportFormat {
  let name = "jsonld"

  let described = [
    JSONLDExporter.dataFileName: FileDescription("JSON-LD (RDF Data Cube)", audience: "リンクトデータ"),
    JSONLDContext.fileName: FileDescription("JSON-LD コンテキスト", audience: "リンクトデータ"),
    // Listed without a description before formats described their files; kept so.
    DataStructureDefinition.fileName: FileDescription.unknown,
    JSONLDContext.vocabularyFileName: FileDescription.unknown,
  ]

  func files(in context: ExportContext) throws -> [ExportFile] {
    try JSONLDExporter(baseIRI: context.options.baseIRI).files(for: context.document)
  }

  var folderCheck: FolderCheck? {
    { folder in
      var problems: [String] = []
      Self.check(
        (folder as NSString).appendingPathComponent(JSONLDExporter.dataFileName), &problems)
      return problems
    }
  }

  /// Every key of the JSON-LD graph is a keyword or a term of the context (a term it lacks
  /// would vanish on expansion).
  static func check(_ path: String, _ problems: inout [String]) {
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
}
