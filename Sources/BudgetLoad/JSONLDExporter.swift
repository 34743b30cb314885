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
/// | figure | `<base><docId>/obs/<subjectId>/<measure>` | `qb:Observation` |
/// | finding | `<base><docId>/finding/<n>` | `be:Finding` |
///
/// Amounts are `obeu-measure:amount` typed `xsd:integer` (exact yen), fiscal years
/// `xsd:gYear`, Japanese text `@language: ja`. Output is deterministic: fixed key order,
/// two-space indentation, `/` unescaped, no timestamps.
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
    let data = JSONText.object([
      ("@context", .array([JSONLDContext.context, graph.documentContext])),
      ("@graph", .array(try graph.nodes())),
    ])
    guard let vocabulary = JSONLDContext.bundledResource(JSONLDContext.vocabularyResourceName)
    else { throw JSONLDError.missingResource(JSONLDContext.vocabularyResourceName) }
    return [
      ExportFile(name: Self.dataFileName, bytes: data.bytes, mediaType: Self.mediaType),
      ExportFile(
        name: JSONLDContext.fileName, bytes: JSONLDContext.document.bytes,
        mediaType: Self.mediaType),
      ExportFile(
        name: DataStructureDefinition.fileName,
        bytes: DataStructureDefinition(document: document, base: base).json.bytes,
        mediaType: Self.mediaType),
      ExportFile(
        name: JSONLDContext.vocabularyFileName, bytes: Array(vocabulary.utf8),
        mediaType: "text/turtle"),
    ]
  }

  /// The `@id` of a document under a base IRI: `<base><docId>`.
  public static func documentIRI(documentId: String, baseIRI: String) throws -> String {
    try JSONLDIRI.normalizedBase(baseIRI) + JSONLDIRI.segment(documentId)
  }
}

/// Builds the nodes of one document's graph.
struct JSONLDGraph {
  let document: BudgetDocument
  let base: String
  let documentIRI: String

  /// Subject id → kind; the first kind wins, as the lookup order used to.
  let subjectKinds: [String: Observation.SubjectKind]

  init(document: BudgetDocument, base: String) {
    self.document = document
    self.base = base
    self.documentIRI = base + JSONLDIRI.segment(document.info.id)
    var kinds: [String: Observation.SubjectKind] = [:]
    for (kind, ids) in [(Observation.SubjectKind.item, document.items.map(\.id)), (.expense, document.expenses.map(\.id)),
                        (.summary, document.summary.map(\.id)), (.filp, document.filp.map(\.id))] {
      for id in ids where kinds[id] == nil { kinds[id] = kind }
    }
    subjectKinds = kinds
  }

  var organizationIRI: String { base + "org/" + JSONLDIRI.segment(document.info.organization.code) }
  var structureIRI: String { documentIRI + "/dsd" }
  var phaseIRI: String { JSONLDIRI.phaseConcept(info.phase.code) }

  /// The document's own term: its item dimension (`<doc>/dsd/budget-line`), a sub-property of
  /// `obeu-dimension:administrativeClassification` whose code list is the item scheme.
  var documentContext: JSONText {
    .object([
      (
        "budgetLine",
        .object([("@id", .string(structureIRI + "/budget-line")), ("@type", .string("@id"))])
      )
    ])
  }
  var sourceIRI: String { documentIRI + "/source" }
  var schemeIRI: String { documentIRI + "/items" }
  func itemIRI(_ id: String) -> String { documentIRI + "/item/" + JSONLDIRI.segment(id) }
  func expenseIRI(_ id: String) -> String { documentIRI + "/expense/" + JSONLDIRI.segment(id) }
  func summaryIRI(_ id: String) -> String { documentIRI + "/summary/" + JSONLDIRI.segment(id) }
  func filpIRI(_ id: String) -> String { documentIRI + "/filp/" + JSONLDIRI.segment(id) }
  func findingIRI(_ ordinal: Int) -> String { documentIRI + "/finding/\(ordinal)" }

  func observationIRI(_ observation: Observation) -> String {
    documentIRI + "/obs/" + JSONLDIRI.segment(observation.subjectId) + "/"
      + JSONLDIRI.segment(observation.figure.measure.rawValue)
  }

  func subjectIRI(_ observation: Observation) -> String {
    switch observation.subjectKind {
    case .item: itemIRI(observation.subjectId)
    case .expense: expenseIRI(observation.subjectId)
    case .summary: summaryIRI(observation.subjectId)
    case .filp: filpIRI(observation.subjectId)
    }
  }

  /// All nodes in a fixed order; throws when two share an `@id`.
  func nodes() throws -> [JSONText] {
    var result: [JSONText] = [datasetNode(), organizationNode(), sourceNode(), schemeNode()]
    result += fiscalYears.map { fiscalYearNode($0.0, label: $0.1) }
    result += document.items.map(itemNode)
    result += document.expenses.map(expenseNode)
    result += document.summary.map(summaryNode)
    result += document.filp.map(filpNode)
    result += document.observations.map(observationNode)
    result += document.findings.enumerated().map { findingNode($1, ordinal: $0 + 1) }
    var seen = Set<String>()
    for node in result {
      guard case .object(let members) = node, case .string(let id)? = members.first?.1 else {
        continue
      }
      if !seen.insert(id).inserted { throw JSONLDError.duplicateIdentifier(id) }
    }
    return result
  }

  private var info: DocumentInfo { document.info }

  private static func gYear(_ year: Int) -> JSONText {
    var digits = String(year.magnitude)
    while digits.count < 4 { digits = "0" + digits }
    return .string((year < 0 ? "-" : "") + digits)
  }

  private static func iris(_ values: [String]) -> JSONText? {
    values.isEmpty ? nil : .array(values.map(JSONText.string))
  }

  /// The fiscal years the document's figures are for, with their printed labels.
  private var fiscalYears: [(Int, String?)] {
    var years: [(Int, String?)] = [
      (info.fiscalYear, info.fiscalYearLabel), (info.priorFiscalYear, info.priorFiscalYearLabel),
    ]
    for year in Set(document.observations.map(\.figure.fiscalYear)).sorted()
    where !years.contains(where: { $0.0 == year }) {
      years.append((year, nil))
    }
    return years
  }

  /// A fiscal year (April 1 to March 31) as an `interval:Year`, the range OpenBudgets.eu
  /// gives `obeu-dimension:fiscalYear`.
  private func fiscalYearNode(_ year: Int, label: String?) -> JSONText {
    let english = JSONText.tagged("FY" + DCATVocabulary.format4(year), "en")
    return .members(
      ("@id", .string(JSONLDIRI.fiscalYear(year, base: base))),
      ("@type", .string("Year")),
      ("label", .array((label.map { [.tagged($0, "ja")] } ?? []) + [english]))
    )
  }

  private func datasetNode() -> JSONText {
    let findings = (0..<document.findings.count).map { findingIRI($0 + 1) }
    return .members(
      ("@id", .string(documentIRI)),
      ("@type", .string("DataSet")),
      ("identifier", .string(info.id)),
      ("title", .string(info.title)),
      ("structure", .string(structureIRI)),
      ("publisher", .string(organizationIRI)),
      ("organization", .string(organizationIRI)),
      ("fiscalYear", .string(JSONLDIRI.fiscalYear(info.fiscalYear, base: base))),
      ("fiscalYearLabel", .string(info.fiscalYearLabel)),
      ("priorFiscalYear", Self.gYear(info.priorFiscalYear)),
      ("priorFiscalYearLabel", .string(info.priorFiscalYearLabel)),
      ("budgetPhase", .string(phaseIRI)),
      ("phase", .string(info.phase.code)),
      ("phaseLabel", .string(info.phaseLabel)),
      ("issued", info.publicationMonth.map(JSONText.string)),
      ("publicationLabel", info.publicationLabel.map(JSONText.string)),
      ("source", .string(sourceIRI)),
      ("currency", .string(JSONLDIRI.yen)),
      ("statedUnit", .string(info.statedUnit)),
      ("finding", Self.iris(findings))
    )
  }

  private func organizationNode() -> JSONText {
    let organization = info.organization
    return .members(
      ("@id", .string(organizationIRI)),
      (
        "@type",
        .array([.string("Organization"), .string("FormalOrganization"), .string("GovernmentOrganization")])
      ),
      ("name", .array([.tagged(organization.nameJa, "ja"), .tagged(organization.nameEn, "en")])),
      ("organizationCode", .string(organization.code)),
      ("corporateNumber", organization.corporateNumber.map(JSONText.string))
    )
  }

  private func sourceNode() -> JSONText {
    .members(
      ("@id", .string(sourceIRI)),
      ("@type", .string("DigitalDocument")),
      ("fileName", .string(info.sourceFile)),
      ("sha256", .string(info.sourceSHA256))
    )
  }

  private func schemeNode() -> JSONText {
    .members(
      ("@id", .string(schemeIRI)),
      ("@type", .string("ConceptScheme")),
      ("prefLabel", .string(info.title)),
      ("isPartOf", .string(documentIRI))
    )
  }

  private func itemNode(_ item: BudgetItem) -> JSONText {
    .members(
      ("@id", .string(itemIRI(item.id))),
      ("@type", .string("Concept")),
      ("identifier", .string(item.id)),
      ("notation", .string(item.code)),
      ("prefLabel", .string(item.title)),
      ("level", .string(item.level.rawValue)),
      ("broader", item.parentId.map { .string(itemIRI($0)) }),
      ("inScheme", .string(schemeIRI)),
      ("topConceptOf", item.parentId == nil ? .string(schemeIRI) : nil),
      ("isPartOf", .string(documentIRI)),
      ("isNew", .bool(item.isNew)),
      ("sourceLine", .int(Int64(item.span.line))),
      ("sourceEndLine", .int(Int64(item.span.endLine))),
      ("overviewLine", item.overviewSpan.map { .int(Int64($0.line)) })
    )
  }

  private func expenseNode(_ expense: Expense) -> JSONText {
    .members(
      ("@id", .string(expenseIRI(expense.id))),
      ("@type", .array([.string("Concept"), .string("Expense")])),
      ("identifier", .string(expense.id)),
      ("prefLabel", .string(expense.name)),
      ("item", .string(itemIRI(expense.itemId))),
      ("broader", .string(itemIRI(expense.itemId))),
      ("inScheme", .string(schemeIRI)),
      ("isPartOf", .string(documentIRI)),
      ("ordinal", .int(Int64(expense.ordinal))),
      ("expenseKind", .string(expense.kind.rawValue)),
      ("isNew", .bool(expense.isNew)),
      ("sourceLine", .int(Int64(expense.span.line))),
      ("sourceEndLine", .int(Int64(expense.span.endLine)))
    )
  }

  private func summaryNode(_ entry: SummaryEntry) -> JSONText {
    .members(
      ("@id", .string(summaryIRI(entry.id))),
      ("@type", .array([.string("Concept"), .string("SummaryEntry")])),
      ("identifier", .string(entry.id)),
      ("prefLabel", .string(entry.label)),
      ("inScheme", .string(schemeIRI)),
      ("summaryKind", .string(entry.kind.rawValue)),
      ("section", .int(Int64(entry.section))),
      ("sectionTitle", .string(entry.sectionTitle)),
      ("changeRatePercent", entry.changeRatePercent.map { .string($0.description) }),
      ("isPartOf", .string(documentIRI)),
      ("sourceLine", .int(Int64(entry.span.line))),
      ("sourceEndLine", .int(Int64(entry.span.endLine)))
    )
  }

  private func filpNode(_ entry: FilpEntry) -> JSONText {
    .members(
      ("@id", .string(filpIRI(entry.id))),
      ("@type", .array([.string("Concept"), .string("FilpEntry")])),
      ("identifier", .string(entry.id)),
      ("prefLabel", .string(entry.label)),
      ("inScheme", .string(schemeIRI)),
      ("program", .string(entry.program)),
      ("isPartOf", .string(documentIRI)),
      ("sourceLine", .int(Int64(entry.span.line))),
      ("sourceEndLine", .int(Int64(entry.span.endLine)))
    )
  }

  /// A figure: a `qb:Observation` of the data set when it has an amount (the cube's measure
  /// is mandatory), else only a `be:Figure` of the document.
  private func observationNode(_ observation: Observation) -> JSONText {
    let figure = observation.figure
    let inCube = figure.amountJPY != nil
    return .members(
      ("@id", .string(observationIRI(observation))),
      ("@type", inCube ? .array([.string("Observation"), .string("Figure")]) : .string("Figure")),
      ("identifier", .string(observation.id)),
      ("dataSet", inCube ? .string(documentIRI) : nil),
      ("isPartOf", .string(documentIRI)),
      ("budgetLine", .string(subjectIRI(observation))),
      ("subjectKind", .string(observation.subjectKind.rawValue)),
      ("organization", .string(organizationIRI)),
      ("fiscalYear", .string(JSONLDIRI.fiscalYear(figure.fiscalYear, base: base))),
      ("fiscalYearLabel", .string(figure.fiscalYearLabel)),
      ("budgetPhase", .string(phaseIRI)),
      ("figureKind", .string("codelist:figure-kind/" + figure.measure.rawValue)),
      ("amount", figure.amountJPY.map(JSONText.int)),
      ("currency", .string(JSONLDIRI.yen)),
      ("countsTowardTotal", .bool(figure.countsTowardTotal)),
      ("marker", figure.marker.map { .string("codelist:marker/" + $0.rawValue) }),
      ("sourceLine", .int(Int64(figure.line)))
    )
  }

  private func findingNode(_ finding: Finding, ordinal: Int) -> JSONText {
    .members(
      ("@id", .string(findingIRI(ordinal))),
      ("@type", .string("Finding")),
      ("isPartOf", .string(documentIRI)),
      ("severity", .string(finding.severity.rawValue)),
      ("findingCode", .string(finding.code.rawValue)),
      ("message", .string(finding.message)),
      ("subjectId", finding.subjectId.map(JSONText.string)),
      ("subject", finding.subjectId.flatMap(findingSubjectIRI).map(JSONText.string)),
      ("expectedAmount", finding.expectedJPY.map(JSONText.int)),
      ("actualAmount", finding.actualJPY.map(JSONText.int)),
      ("sourceLine", finding.lines.isEmpty ? nil : .array(finding.lines.map { .int(Int64($0)) }))
    )
  }

  /// The IRI of the item, expense, summary row or FILP entry a finding names, if any (looked
  /// up in a table built once: a linear search per finding made large documents quadratic).
  private func findingSubjectIRI(_ id: String) -> String? {
    switch subjectKinds[id] {
    case .item?: itemIRI(id)
    case .expense?: expenseIRI(id)
    case .summary?: summaryIRI(id)
    case .filp?: filpIRI(id)
    case nil: nil
    }
  }
}
