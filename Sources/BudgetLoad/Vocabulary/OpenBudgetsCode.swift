/// The OpenBudgets.eu terms and codes the exports name beyond its component properties: the
/// ontology the properties are defined by, and the code lists of the budget phase and the
/// operation character (expenditure or revenue).
enum OpenBudgetsCode {
  /// What every OpenBudgets.eu term is `rdfs:isDefinedBy`.
  static let ontology = "http://data.openbudgets.eu/ontology"
  static let codeLists = "http://data.openbudgets.eu/resource/codelist/"
  static let budgetPhaseList = codeLists + "budget-phase"
  static let operationCharacterList = codeLists + "operation-character"
  /// The operation character of a figure: spending (every figure of an overview) or revenue
  /// (`歳入`: taxes, bonds, receipts, as a national frame or a settlement prints them).
  static let expenditure = operationCharacterList + "/expenditure"
  static let revenue = operationCharacterList + "/revenue"
  /// What precedes a code of the list: `"operationCharacter":"revenue"` in `budget.jsonld`.
  static let operationCharacters = operationCharacterList + "/"

  /// The OpenBudgets.eu budget-phase code, e.g. `draft`.
  static func budgetPhase(_ code: String) -> String {
    budgetPhaseList + "/" + JSONLDIRI.segment(code)
  }

  /// The operation-character code list and its codes the document uses (`expenditure`, and
  /// `revenue` when it has revenue figures), restated as OpenBudgets.eu gives them (the code is
  /// a `skos:Concept` of the list, the data-cube integrity constraint IC-19 asks it of every
  /// coded value).
  static func operationCharacterNodes(revenue withRevenue: Bool) -> [JSONText] {
    let scheme = JSONText.object([
      ("@id", .string(operationCharacterList)), ("@type", .string("skos:ConceptScheme")),
    ])
    func code(_ iri: String, _ notation: String, _ japanese: String) -> JSONText {
      .object([
        ("@id", .string(iri)),
        ("@type", .array([.string("skos:Concept"), .string("obeu:OperationCharacter")])),
        ("skos:inScheme", .ref(operationCharacterList)),
        ("skos:notation", .string(notation)),
        ("skos:prefLabel", .array([.tagged(notation, "en"), .tagged(japanese, "ja")])),
      ])
    }
    return [scheme, code(expenditure, "expenditure", "歳出")]
      + (withRevenue ? [code(revenue, "revenue", "歳入")] : [])
  }
}
