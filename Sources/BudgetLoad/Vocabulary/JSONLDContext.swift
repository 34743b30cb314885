import BudgetModel
import Foundation

/// The JSON-LD context of `budget.jsonld`: short terms mapped onto real vocabularies.
///
/// Vocabularies: the RDF Data Cube (`qb:`) for the dataset and its observations, the
/// OpenBudgets.eu data structure definition (`obeu-dimension:`, `obeu-measure:`,
/// `obeu-attribute:`) for fiscal year, organization, amount and currency, the project's code
/// lists (`codelist:`) for budget stages, kinds of figure and markers, `org:` and `interval:`
/// for the ranges OpenBudgets.eu gives its dimensions, SKOS for the item hierarchy, Dublin Core terms for
/// titles and provenance, FOAF and schema.org for the publishing organization, and XSD
/// datatypes. Everything specific to this project (markers, source lines, findings, …) is
/// defined under the fixed project vocabulary ``vocabularyIRI``
/// (`https://budget-etl.example/vocab#`, prefix `be:`), independent of the base IRI that
/// names the exported resources.
///
/// The same context ships as `Sources/BudgetLoad/Resources/budget-context.jsonld` (a test
/// keeps the two identical), is written next to every export as `context.jsonld`, and is
/// inlined into `budget.jsonld` so that offline processors never fetch anything.
public enum JSONLDContext {
  /// The project vocabulary for terms no public vocabulary covers.
  public static let vocabularyIRI = Vocabulary.budget
  /// The name of the context file in an export folder.
  public static let fileName = "context.jsonld"
  /// The name of the bundled resource holding the same context.
  public static let resourceName = "budget-context.jsonld"

  /// The whole context document (`{"@context": {...}}`), pretty-printed.
  public static var text: String { document.rendered }

  /// The context as shipped in the target's resources (`budget-context.jsonld`), or nil when
  /// the resource bundle cannot be found. A test keeps it identical to ``text``.
  public static func bundledText() -> String? { bundledResource(resourceName) }

  /// The name of the vocabulary file in an export folder.
  public static let vocabularyFileName = "vocabulary.ttl"
  /// The bundled resource holding the vocabulary of the `be:` terms (Turtle).
  public static let vocabularyResourceName = "budget-vocabulary.ttl"

  /// The name SwiftPM gives this target's resource bundle.
  public static let resourceBundleName = "budget-etl_BudgetLoad.resources"

  /// A file of the target's `Resources`, or nil when the bundle cannot be found: beside the
  /// executable first (`ResourceBundle`, without `Bundle.main`'s reading of its folder), then
  /// through `Bundle.module`.
  public static func bundledResource(_ name: String) -> String? {
    guard let url = bundledResourceURL(name), let data = try? Data(contentsOf: url) else {
      return nil
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Where ``bundledResource(_:)`` reads `name`.
  public static func bundledResourceURL(_ name: String) -> URL? {
    if let url = ResourceBundle.file("Resources/\(name)", inBundle: resourceBundleName) {
      return url
    }
    let dot = name.lastIndex(of: ".") ?? name.endIndex
    return Bundle.module.url(
      forResource: String(name[..<dot]), withExtension: String(name[dot...].dropFirst()),
      subdirectory: "Resources")
  }

  /// Every term and prefix the context defines, in context order (not `@version`).
  public static var terms: [String] { definitions.map(\.0).filter { !$0.hasPrefix("@") } }

  /// `{"@context": {...}}`.
  static var document: JSONText { .object([("@context", context)]) }

  /// The context object itself, for inlining.
  static var context: JSONText { .object(definitions) }

  /// ``context`` without whitespace, built once per process.
  static let compactContextBytes: [UInt8] = context.compactBytes

  /// `context.jsonld`, built once per process.
  static let documentBytes: [UInt8] = document.bytes

  private static func term(_ iri: String) -> JSONText { .string(iri) }

  /// A term whose string values are codes of one code list: `"budgetPhase":"proposal"`
  /// expands to `<list>proposal` (`@type: @vocab` with a property-scoped `@vocab`, JSON-LD 1.1).
  /// A value that is itself a term, or an absolute IRI, is taken as such: writers use
  /// ``JSONLDGraph/appendCode(_:under:to:)``, which writes those in full.
  static func coded(_ iri: String, _ list: String) -> JSONText {
    .object([
      ("@id", .string(iri)), ("@type", .string("@vocab")),
      ("@context", .object([("@vocab", .string(list))])),
    ])
  }

  /// Prefixes first, then the classes and properties of ``Term/all``.
  static let definitions: [(String, JSONText)] =
    [
      // Scoped contexts and `@type: @vocab` below are JSON-LD 1.1.
      ("@version", .rendered(Array("1.1".utf8))),
      // Prefixes.
      ("qb", term(Vocabulary.qb)),
      ("obeu-dimension", term(Vocabulary.obeuDimension)),
      ("obeu-measure", term(Vocabulary.obeuMeasure)),
      ("obeu-attribute", term(Vocabulary.obeuAttribute)),
      ("org", term(Vocabulary.org)),
      ("interval", term(Vocabulary.interval)),
      ("rdfs", term(Vocabulary.rdfs)),
      ("codelist", term(Vocabulary.codeList)),
      ("eu-currency", term(Vocabulary.currencyAuthority)),
      ("skos", term(Vocabulary.skos)),
      ("dcterms", term(Vocabulary.dcterms)),
      ("foaf", term(Vocabulary.foaf)),
      ("schema", term(Vocabulary.schema)),
      ("xsd", term(Vocabulary.xsd)),
      ("be", term(vocabularyIRI)),
      // Classes, then properties: the term table.
    ] + Term.all.filter(\.inContext).map { ($0.name, $0.contextEntry) }
}
