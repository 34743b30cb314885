import BudgetLoad
import BudgetModel
import BudgetTestSupport
import Foundation

/// The linked-data tests' document: chapter I of the sample through the real stages
/// (`SampleFixtures.chapterOne`), its title replaced by one with the awkward characters a
/// writer must keep: `<`, `&`, `"` and `𠮷` (outside the BMP).
enum LDFixtures {
  static let base = CSVExporter.defaultBaseIRI
  static let awkwardTitle = "令和6年度 総務省所管予算(案)の概要 <試験> & \"引用\" 𠮷野家"

  static let document: BudgetDocument = {
    var document = SampleFixtures.chapterOne
    document.info.title = awkwardTitle
    return document
  }()

  /// Data files as the other writers might produce them.
  static let dataFiles: [ExportFile] = [
    ExportFile(name: "items.csv", text: "id,title\nc1,地方\n", mediaType: "text/csv"),
    ExportFile(name: "observations.csv", text: "id,amount_jpy\n", mediaType: "text/csv"),
    ExportFile(name: "budget.xml", text: "<budget/>\n", mediaType: "application/xml"),
  ]

  /// Parses JSON text with Foundation (key order is irrelevant for checks).
  static func parse(_ bytes: [UInt8]) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(bytes), options: [])
  }

  /// Every value of every `key` anywhere in a parsed JSON value.
  static func values(of key: String, in json: Any) -> [Any] {
    var found: [Any] = []
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (k, v) in object {
          if k == key { found.append(v) }
          walk(v)
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(json)
    return found
  }

  /// Every object key anywhere in `json`, skipping the `@context` values themselves.
  static func keys(in json: Any) -> Set<String> {
    var found = Set<String>()
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (k, v) in object where k != "@context" {
          found.insert(k)
          walk(v)
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(json)
    return found
  }

  /// The nodes of a `@graph`.
  static func graph(_ json: Any) -> [[String: Any]] {
    ((json as? [String: Any])?["@graph"] as? [[String: Any]]) ?? []
  }
}
