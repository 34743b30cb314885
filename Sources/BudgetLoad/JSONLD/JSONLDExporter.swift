import BudgetModel

/// Writes a document as JSON-LD: `budget.jsonld` (the data, with its context inlined so it
/// expands offline) and `context.jsonld` (the same context on its own).
///
/// `budget.jsonld` is one `@graph` of flat nodes, each with an `@id` under the base IRI:
///
/// | node | `@id` | types |
/// | --- | --- | --- |
/// | document | `<base><docId>` | `qb:DataSet` |
/// | organization | `<base>org/<code>` | `foaf:Organization`, `schema:GovernmentOrganization` |
/// | source file | `<base><docId>/source` | `schema:DigitalDocument` |
/// | item scheme | `<base><docId>/items` | `skos:ConceptScheme` |
/// | item | `<base><docId>/item/<itemId>` | `skos:Concept` |
/// | expense | `<base><docId>/expense/<expenseId>` | `skos:Concept`, `be:Expense` |
/// | summary entry | `<base><docId>/summary/<id>` | `be:SummaryEntry` |
/// | FILP entry | `<base><docId>/filp/<id>` | `be:FilpEntry` |
/// | figure | `<base><docId>/obs/<subjectId>/<measure>` (`<measure>-<year>` for a measure of any year) | `qb:Observation` |
/// | finding | `<base><docId>/finding/<n>` | `be:Finding` |
///
/// Amounts are `obeu-measure:amount` typed `xsd:integer` (exact yen), fiscal years
/// `xsd:gYear`, Japanese text `@language: ja`. Output is deterministic and compact: the
/// context on the first line, then one node per line without indentation, identifiers relative
/// to `@base` (the document IRI and `/`), codes of code lists, organizations and fiscal years
/// written as codes of `@type: @vocab` terms (`"budgetPhase":"proposal"`, JSON-LD 1.1), fixed
/// key order, `/` unescaped, no timestamps.
public struct JSONLDExporter: Sendable {
  /// The name of the data file in an export folder.
  public static let dataFileName = "budget.jsonld"
  /// The media type of both files.
  public static let mediaType = "application/ld+json"

  /// The IRI every exported resource is named under; ends in `/` or `#`.
  public let baseIRI: String

  /// - Parameter baseIRI: an absolute IRI; a `/` is appended unless it ends in `/` or `#`.
  public init(baseIRI: String = CSVExporter.defaultBaseIRI) {
    self.baseIRI = baseIRI
  }

  /// `budget.jsonld`, `context.jsonld`, `dsd.jsonld` (the Data Cube structure and the
  /// document's budget-stage concept) and `vocabulary.ttl` (the `be:` terms), in that order.
  ///
  /// - Throws: ``JSONLDError/invalidBaseIRI(_:)`` for a relative base IRI,
  ///   ``JSONLDError/duplicateIdentifier(_:)`` when two resources would share an `@id`.
  public func files(for document: BudgetDocument) throws -> [ExportFile] {
    let base = try JSONLDIRI.normalizedBase(baseIRI)
    let graph = JSONLDGraph(document: document, base: base)
    return [
      ExportFile(name: Self.dataFileName, bytes: try graph.bytes(), mediaType: Self.mediaType),
      ExportFile(
        name: JSONLDContext.fileName, bytes: JSONLDContext.documentBytes, mediaType: Self.mediaType),
      ExportFile(
        name: DataStructureDefinition.fileName,
        bytes: DataStructureDefinition(document: document, base: base).json.bytes,
        mediaType: Self.mediaType),
      ExportFile(
        name: JSONLDContext.vocabularyFileName, bytes: VocabularyTurtle.bytes,
        mediaType: "text/turtle"),
    ]
  }

  /// The `@id` of a document under a base IRI: `<base><docId>`.
  public static func documentIRI(documentId: String, baseIRI: String) throws -> String {
    try JSONLDIRI.normalizedBase(baseIRI) + JSONLDIRI.segment(documentId)
  }
}
