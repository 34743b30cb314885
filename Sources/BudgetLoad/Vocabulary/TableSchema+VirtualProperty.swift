extension TableSchema {
  /// A statement every row of a table makes without a column in the file: a CSVW virtual
  /// column such as `rdf:type skos:Concept` or `skos:inScheme <document>/items`.
  public struct VirtualProperty: Sendable, Hashable {
    /// The property IRI.
    public var propertyURL: String
    /// The value IRI template (see ``TableSchema/resolveIRITemplate(_:baseIRI:documentId:)``).
    public var valueURL: String

    public init(propertyURL: String, valueURL: String) {
      self.propertyURL = propertyURL
      self.valueURL = valueURL
    }
  }

  /// Resolves a project IRI template against a base IRI and a document id:
  /// - with a scheme (`http://…`): unchanged;
  /// - `.`: the document (dataset) IRI `{base}{document id}`;
  /// - `~/path`: relative to the base IRI, `{base}path` (e.g. `~/org/soumu`);
  /// - anything else: relative to the document IRI, `{base}{document id}/path`.
  ///
  /// The base gets a trailing `/` unless it ends in `/` or `#`, as the JSON-LD export does.
  public static func resolveIRITemplate(_ template: String, baseIRI: String, documentId: String)
    -> String
  {
    if template.hasPrefix("http://") || template.hasPrefix("https://") { return template }
    let base = baseIRI.hasSuffix("/") || baseIRI.hasSuffix("#") ? baseIRI : baseIRI + "/"
    if template.hasPrefix("~/") { return base + template.dropFirst(2) }
    if template == "." { return base + documentId }
    return base + documentId + "/" + template
  }
}

extension TableSchema.VirtualProperty {
  /// The Data Cube dimensions every observation shares: the document's organization and budget
  /// stage (`@organization` and `@phase` stand for the document's, see ``CSVWMetadataWriter``).
  static let organization = Self(
    propertyURL: Vocabulary.obeuOrganization, valueURL: "@organization")
  static let budgetPhase = Self(
    propertyURL: Term.iri(of: "budgetPhase"), valueURL: "@phase")
}
