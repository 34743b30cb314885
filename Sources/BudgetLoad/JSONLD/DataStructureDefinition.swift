import BudgetModel

/// Writes `dsd.jsonld`: the RDF Data Cube data structure definition of a document's data set
/// (`qb:structure` of the `qb:DataSet` in `budget.jsonld`) and the concept of its budget stage.
///
/// Dimensions, in order: fiscal year (`obeu-dimension:fiscalYear`, an `interval:Year`),
/// organization (`obeu-dimension:organization`), the budget line (`<doc>/dsd/budget-line`, a
/// sub-property of `obeu-dimension:administrativeClassification` whose code list is the
/// document's item scheme `<doc>/items`: chapters, items, sub-items, expense lines, summary
/// rows and FILP entries), the budget stage (`be:budgetPhase`, code list `budget-phase`) and
/// the kind of figure (`be:figureKind`, code list `figure-kind`) and the operation character
/// (`obeu-dimension:operationCharacter`, on each observation: `expenditure`, as every figure of
/// an overview is, or `revenue` for a figure the document names as 歳入; schema 1.2). The kind
/// of figure is a
/// coded dimension, not `qb:measureType`: every kind is the same quantity (yen, one
/// `obeu-measure:amount`), so one row of `observations.csv` is one observation with one
/// amount column, and OpenBudgets.eu tools, which expect the single amount measure, read it.
/// Measure: `obeu-measure:amount`. Attributes, attached to observations: currency and
/// `be:countsTowardTotal`, `be:sourceLine` (required) and `be:marker` (optional).
///
/// The OpenBudgets.eu properties used as components are restated with the types, ranges,
/// super-properties and code lists OpenBudgets.eu gives them (the fiscal year is a
/// sub-property of `obeu-dimension:fiscalPeriod`), so OpenBudgets.eu's integrity constraints
/// ("missing mandatory component properties" among them) can be checked offline.
public struct DataStructureDefinition: Sendable {
  /// The name of the file in an export folder.
  public static let fileName = "dsd.jsonld"

  let document: BudgetDocument
  let base: String

  init(document: BudgetDocument, base: String) {
    self.document = document
    self.base = base
  }

  static let context: JSONText = .object([
    ("qb", .string(Vocabulary.qb)),
    ("obeu-dimension", .string(Vocabulary.obeuDimension)),
    ("obeu-measure", .string(Vocabulary.obeuMeasure)),
    ("obeu-attribute", .string(Vocabulary.obeuAttribute)),
    ("obeu", .string(Vocabulary.obeu)),
    ("org", .string(Vocabulary.org)),
    ("interval", .string(Vocabulary.interval)),
    ("rdf", .string(Vocabulary.rdf)),
    ("rdfs", .string(Vocabulary.rdfs)),
    ("skos", .string(Vocabulary.skos)),
    ("xsd", .string(Vocabulary.xsd)),
    ("be", .string(JSONLDContext.vocabularyIRI)),
    ("codelist", .string(Vocabulary.codeList)),
  ])

  var documentIRI: String { base + JSONLDIRI.segment(document.info.id) }
  var structureIRI: String { documentIRI + "/dsd" }

  /// `{"@context": …, "@graph": [structure, budget-line dimension, OpenBudgets.eu
  /// components, stage concept]}`.
  var json: JSONText {
    .object([
      ("@context", Self.context),
      (
        "@graph",
        .array(
          [structureNode, budgetLineNode] + Self.openBudgetsComponents
            + OpenBudgetsCode.operationCharacterNodes(revenue: document.hasRevenue) + phaseNodes)
      ),
    ])
  }

  private static func labels(_ english: String, _ japanese: String) -> JSONText {
    .array([.tagged(english, "en"), .tagged(japanese, "ja")])
  }

  /// One `qb:ComponentSpecification`: `role` is `qb:dimension`, `qb:measure` or `qb:attribute`.
  private func component(
    _ name: String, role: String, property: String, order: Int? = nil, required: Bool? = nil,
    attachment: String? = nil
  ) -> JSONText {
    .members(
      ("@id", .string(structureIRI + "/component/" + name)),
      ("@type", .string("qb:ComponentSpecification")),
      (role, .ref(property)),
      ("qb:order", order.map { .int(Int64($0)) }),
      ("qb:componentRequired", required.map { .typed($0 ? "true" : "false", "xsd:boolean") }),
      (
        "qb:componentAttachment",
        (attachment ?? (role == "qb:attribute" ? "qb:Observation" : nil)).map(JSONText.ref)
      )
    )
  }

  private var structureNode: JSONText {
    let components: [JSONText] = [
      component(
        "fiscal-year", role: "qb:dimension", property: "obeu-dimension:fiscalYear", order: 1),
      component(
        "organization", role: "qb:dimension", property: "obeu-dimension:organization", order: 2),
      component(
        "budget-line", role: "qb:dimension", property: structureIRI + "/budget-line", order: 3),
      component(
        "budget-phase", role: "qb:dimension", property: Term.named("budgetPhase").compactIRI,
        order: 4),
      component(
        "figure-kind", role: "qb:dimension", property: Term.named("figureKind").compactIRI, order: 5
      ),
      component(
        "operation-character", role: "qb:dimension",
        property: "obeu-dimension:operationCharacter", order: 6),
      component("amount", role: "qb:measure", property: "obeu-measure:amount"),
      component(
        "currency", role: "qb:attribute", property: "obeu-attribute:currency", required: true),
      component(
        "counts-toward-total", role: "qb:attribute",
        property: Term.named("countsTowardTotal").compactIRI,
        required: true),
      component(
        "marker", role: "qb:attribute", property: Term.named("marker").compactIRI, required: false),
      component(
        "source-line", role: "qb:attribute", property: Term.named("sourceLine").compactIRI,
        required: true),
    ]
    return .object([
      ("@id", .string(structureIRI)),
      ("@type", .string("qb:DataStructureDefinition")),
      (
        "rdfs:label",
        .array([
          .tagged("「\(document.info.title)」のデータ構造定義", "ja"),
          .tagged("Data structure definition of \(document.info.id)", "en"),
        ])
      ),
      ("qb:component", .array(components)),
    ])
  }

  private var budgetLineNode: JSONText {
    .object([
      ("@id", .string(structureIRI + "/budget-line")),
      (
        "@type",
        .array([
          .string("rdf:Property"), .string("qb:DimensionProperty"), .string("qb:CodedProperty"),
        ])
      ),
      ("rdfs:label", Self.labels("budget line", "予算の項目")),
      (
        "rdfs:comment",
        Self.labels(
          "The chapter, item, sub-item, expense line, summary row or FILP entry of the document a figure belongs to.",
          "金額が属する資料の項目（章・項・細目・経費・総括表の行・財政投融資）。")
      ),
      ("rdfs:subPropertyOf", .ref("obeu-dimension:administrativeClassification")),
      ("rdfs:range", .ref("skos:Concept")),
      ("qb:codeList", .ref(documentIRI + "/items")),
    ])
  }

  /// The OpenBudgets.eu component properties used, as OpenBudgets.eu defines them.
  static let openBudgetsComponents: [JSONText] =
    [
      openBudgets(
        "obeu-dimension:fiscalPeriod", types: ["qb:DimensionProperty", "qb:CodedProperty"],
        range: "http://www.w3.org/2006/time#Interval",
        label: labels("fiscal period", "会計期間")),
      openBudgets(
        "obeu-dimension:fiscalYear", types: ["qb:DimensionProperty", "qb:CodedProperty"],
        range: "interval:Year", label: labels("fiscal year", "会計年度"),
        superProperty: "obeu-dimension:fiscalPeriod"),
      openBudgets(
        "obeu-dimension:organization", types: ["qb:DimensionProperty", "qb:CodedProperty"],
        range: "org:Organization", label: labels("organization", "組織")),
      openBudgets(
        "obeu-dimension:operationCharacter", types: ["qb:DimensionProperty", "qb:CodedProperty"],
        range: "obeu:OperationCharacter", label: labels("operation character", "歳入・歳出の別"),
        codeList: OpenBudgetsCode.operationCharacterList),
      openBudgets(
        "obeu-dimension:budgetPhase", types: ["qb:DimensionProperty", "qb:CodedProperty"],
        range: "obeu:BudgetPhase", label: labels("budget phase", "予算の段階"),
        codeList: OpenBudgetsCode.budgetPhaseList),
      openBudgets(
        "obeu-measure:amount", types: ["qb:MeasureProperty"], range: "xsd:decimal",
        label: labels("amount", "金額")),
      openBudgets(
        "obeu-attribute:currency", types: ["qb:AttributeProperty", "qb:CodedProperty"],
        range: "obeu:Currency", label: labels("currency", "通貨")),
    ]

  private static func openBudgets(
    _ iri: String, types: [String], range: String, label: JSONText,
    superProperty: String? = nil, codeList: String? = nil
  ) -> JSONText {
    .members(
      ("@id", .string(iri)),
      ("@type", .array((["rdf:Property"] + types).map(JSONText.string))),
      ("rdfs:label", label),
      ("rdfs:range", .ref(range)),
      ("rdfs:subPropertyOf", superProperty.map(JSONText.ref)),
      ("qb:codeList", codeList.map(JSONText.ref)),
      ("rdfs:isDefinedBy", .ref(OpenBudgetsCode.ontology))
    )
  }

  /// The budget-stage code list and the concept of this document's stage, mapped to the
  /// OpenBudgets.eu budget-phase code when one fits.
  private var phaseNodes: [JSONText] {
    let phase = document.info.phase
    let scheme = CodeList.budgetPhases.iri
    return [
      .object([("@id", .string(scheme)), ("@type", .string("skos:ConceptScheme"))]),
      .members(
        ("@id", .string(JSONLDIRI.phaseConcept(phase.code))),
        ("@type", .string("skos:Concept")),
        ("skos:inScheme", .ref(scheme)),
        ("skos:topConceptOf", .ref(scheme)),
        ("skos:notation", .string(phase.code)),
        ("skos:prefLabel", .array([.tagged(phase.nameJa, "ja"), .tagged(phase.nameEn, "en")])),
        ("skos:closeMatch", phase.openBudgetsPhase.map { .ref(OpenBudgetsCode.budgetPhase($0)) }),
        ("skos:note", .tagged("Fiscal Data Package phase: " + phase.fiscalDataPackagePhase, "en"))
      ),
    ]
  }
}
