/// RDF vocabulary IRIs the CSVW metadata maps columns to.
enum TableVocabulary {
  static let dcterms = "http://purl.org/dc/terms/"
  static let skos = "http://www.w3.org/2004/02/skos/core#"
  static let qb = "http://purl.org/linked-data/cube#"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  /// OpenBudgets.eu data structure definition.
  static let obeuMeasureAmount = "http://data.openbudgets.eu/ontology/dsd/measure/amount"
  static let obeuFiscalYear = "http://data.openbudgets.eu/ontology/dsd/dimension/fiscalYear"
  static let obeuOrganization = "http://data.openbudgets.eu/ontology/dsd/dimension/organization"
  static let obeuCurrency = "http://data.openbudgets.eu/ontology/dsd/attribute/currency"
  /// EU Publications Office currency authority table (the OpenBudgets.eu currency code list).
  static let currencyAuthority = "http://publications.europa.eu/resource/authority/currency/"

  /// Terms of this project that no public vocabulary covers; the same vocabulary
  /// (`be:`) as the JSON-LD context.
  static let budget = "https://budget-etl.example/vocab#"
  /// The project's code lists (figure kinds, markers, budget stages), as `vocabulary.ttl`
  /// and `dsd.jsonld` define them.
  static let codeList = "https://budget-etl.example/codelist/"
}
