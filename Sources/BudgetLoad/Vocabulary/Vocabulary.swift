/// The RDF vocabularies the linked-data files (JSON-LD, CSVW metadata, DSD, DCAT) use: one
/// definition of each namespace IRI for the whole module.
enum Vocabulary {
  static let dcterms = "http://purl.org/dc/terms/"
  static let skos = "http://www.w3.org/2004/02/skos/core#"
  static let qb = "http://purl.org/linked-data/cube#"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"
  static let foaf = "http://xmlns.com/foaf/0.1/"
  static let org = "http://www.w3.org/ns/org#"
  static let schema = "https://schema.org/"
  static let dcat = "http://www.w3.org/ns/dcat#"
  static let spdx = "http://spdx.org/rdf/terms#"
  static let interval = "http://reference.data.gov.uk/def/intervals/"
  /// OpenBudgets.eu data structure definition.
  static let obeu = "http://data.openbudgets.eu/ontology/"
  static let obeuDimension = obeu + "dsd/dimension/"
  static let obeuMeasure = obeu + "dsd/measure/"
  static let obeuAttribute = obeu + "dsd/attribute/"
  static let obeuMeasureAmount = obeuMeasure + "amount"
  static let obeuFiscalYear = obeuDimension + "fiscalYear"
  static let obeuOrganization = obeuDimension + "organization"
  static let obeuCurrency = obeuAttribute + "currency"
  static let obeuOperationCharacter = obeuDimension + "operationCharacter"
  /// EU Publications Office currency authority table (the OpenBudgets.eu currency code list).
  static let currencyAuthority = "http://publications.europa.eu/resource/authority/currency/"

  /// Terms of this project that no public vocabulary covers (`be:` in the JSON-LD context),
  /// fixed whatever the base IRI.
  static let budget = "https://budget-etl.example/vocab#"
  /// The project's code lists (figure kinds, markers, budget stages), as `vocabulary.ttl`
  /// and `dsd.jsonld` define them.
  static let codeList = "https://budget-etl.example/codelist/"
  /// The default base of the exported resources' IRIs.
  static let defaultBase = "https://budget-etl.example/id/"
}
