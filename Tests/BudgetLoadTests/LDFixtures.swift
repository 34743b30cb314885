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

  /// The nodes of a `@graph` with every identifier absolute, as a JSON-LD processor reads
  /// them: relative references resolved against the context's `@base`, compact IRIs
  /// (`codelist:…`) expanded with its prefixes, in `@id` and in every term typed `@id`; the
  /// values of terms typed `@vocab` (codes) as a term's IRI, or under the term's scoped
  /// `@vocab` (`"budgetPhase":"proposal"` → `…/codelist/budget-phase/proposal`).
  static func resolvedGraph(_ json: Any) -> [[String: Any]] {
    let contexts = ((json as? [String: Any])?["@context"] as? [[String: Any]]) ?? []
    let context = contexts.reduce(into: [String: Any]()) { $0.merge($1) { _, new in new } }
    let base = (context["@base"] as? String).flatMap { URL(string: $0) }
    var idTerms: Set<String> = ["@id"]
    var vocabTerms: [String: String] = [:]
    for (term, definition) in context {
      guard let definition = definition as? [String: Any] else { continue }
      if definition["@type"] as? String == "@id" { idTerms.insert(term) }
      if definition["@type"] as? String == "@vocab" {
        let scoped = definition["@context"] as? [String: Any]
        vocabTerms[term] = scoped?["@vocab"] as? String ?? ""
      }
    }
    func iri(_ value: String) -> String {
      if let colon = value.firstIndex(of: ":") {
        let suffix = value[value.index(after: colon)...]
        if let prefix = context[String(value[..<colon])] as? String, !suffix.hasPrefix("//") {
          return prefix + suffix
        }
        return value
      }
      guard let base, let url = URL(string: value, relativeTo: base) else { return value }
      return url.absoluteURL.absoluteString
    }
    func code(_ value: String, _ vocab: String) -> String {
      if let term = context[value] as? String { return iri(term) }
      return vocab.isEmpty || value.contains(":") ? iri(value) : vocab + value
    }
    func resolve(_ key: String, _ value: Any) -> Any {
      if let vocab = vocabTerms[key] {
        if let one = value as? String { return code(one, vocab) }
        if let many = value as? [String] { return many.map { code($0, vocab) } }
      }
      guard idTerms.contains(key) else { return value }
      if let one = value as? String { return iri(one) }
      if let many = value as? [String] { return many.map(iri) }
      return value
    }
    return graph(json).map { node in
      node.reduce(into: [String: Any]()) { $0[$1.key] = resolve($1.key, $1.value) }
    }
  }
}
