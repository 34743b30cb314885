/// Why a linked-data file (JSON-LD, DCAT catalog, manifest, export index) could not be
/// written or read.
public enum JSONLDError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The base IRI is not absolute (it needs a scheme such as `https:`).
  case invalidBaseIRI(String)
  /// Two resources of one document would get the same `@id`.
  case duplicateIdentifier(String)
  /// A manifest could not be read as one this writer produces (the message names its path).
  case invalidManifest(String)
  /// A file bundled with the tool (such as the vocabulary) cannot be found: a broken install.
  case missingResource(String)

  public var description: String {
    switch self {
    case .invalidBaseIRI(let iri): "base IRI is not absolute: \(iri)"
    case .duplicateIdentifier(let iri): "two resources share the @id \(iri)"
    case .invalidManifest(let message): message
    case .missingResource(let name):
      "the bundled resource \(name) is missing; reinstall budget-etl with its resource bundle"
    }
  }
}
