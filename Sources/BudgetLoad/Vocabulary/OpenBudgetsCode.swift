/// The OpenBudgets.eu terms and codes the exports name beyond its component properties: the
/// ontology the properties are defined by, and the code lists of the budget phase and the
/// operation character (expenditure or revenue).
enum OpenBudgetsCode {
  /// What every OpenBudgets.eu term is `rdfs:isDefinedBy`.
  static let ontology = "http://data.openbudgets.eu/ontology"
  static let codeLists = "http://data.openbudgets.eu/resource/codelist/"
  static let budgetPhaseList = codeLists + "budget-phase"
  static let operationCharacterList = codeLists + "operation-character"
  /// The operation character of every figure: an overview states the ministry's spending.
  static let expenditure = operationCharacterList + "/expenditure"

  /// The OpenBudgets.eu budget-phase code, e.g. `draft`.
  static func budgetPhase(_ code: String) -> String {
    budgetPhaseList + "/" + JSONLDIRI.segment(code)
  }

  /// The operation-character code list and its `expenditure` code, restated as
  /// OpenBudgets.eu gives them (the code is a `skos:Concept` of the list, the data-cube
  /// integrity constraint IC-19 asks it of every coded value).
  static var expenditureNodes: [JSONText] {
    [
      .object([
        ("@id", .string(operationCharacterList)), ("@type", .string("skos:ConceptScheme")),
      ]),
      .object([
        ("@id", .string(expenditure)),
        ("@type", .array([.string("skos:Concept"), .string("obeu:OperationCharacter")])),
        ("skos:inScheme", .ref(operationCharacterList)),
        ("skos:notation", .string("expenditure")),
        ("skos:prefLabel", .array([.tagged("expenditure", "en"), .tagged("歳出", "ja")])),
      ]),
    ]
  }
}
