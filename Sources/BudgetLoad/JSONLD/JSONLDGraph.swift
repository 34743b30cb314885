import BudgetModel

/// Writes the nodes of one document's graph, node after node, into one byte buffer.
///
/// Identifiers are written relative to `@base` (the document IRI followed by `/`) when the base
/// IRI ends in `/`: `item/c1-2`, `obs/c1-2/budget`, `../org/soumu`, and the document itself
/// `../<docId>`. Code-list and currency IRIs are compact IRIs of the context's prefixes. With a
/// base ending in `#` (where a relative reference would lose the fragment) every identifier is
/// written in full. The RDF graph is the same either way.
struct JSONLDGraph {
  let document: BudgetDocument
  let base: String
  let documentIRI: String
  /// Whether identifiers are written relative to `@base`.
  let relative: Bool

  /// Subject id → kind; the first kind wins, as the lookup order used to.
  let subjectKinds: [String: Observation.SubjectKind]

  /// What precedes a path under the document (`item/…`): nothing, or the document IRI and `/`.
  let documentPrefix: [UInt8]
  /// What precedes a path under the base IRI (`org/…`): `../`, or the base IRI.
  let basePrefix: [UInt8]
  /// Quoted references used by many nodes: the document and organization as the values of
  /// `@type: @vocab` terms (`"doc"`, `"soumu"`), their own `@id`s (`../<docId>`,
  /// `../org/soumu`), the item scheme and the budget stage's code.
  let documentRef: [UInt8]
  let documentIdRef: [UInt8]
  let organizationRef: [UInt8]
  let organizationIdRef: [UInt8]
  let schemeRef: [UInt8]
  let phaseRef: [UInt8]

  /// The term whose value is the document's IRI: `"isPartOf":"doc"`.
  static let documentTerm = "doc"

  init(document: BudgetDocument, base: String) {
    self.document = document
    self.base = base
    let segment = JSONLDIRI.segment(document.info.id)
    self.documentIRI = base + segment
    relative = base.hasSuffix("/") && !segment.allSatisfy { $0 == "." }
    documentPrefix = relative ? [] : Array((documentIRI + "/").utf8)
    basePrefix = relative ? Array("../".utf8) : Array(base.utf8)
    documentRef = Self.quoted(Array(Self.documentTerm.utf8))
    documentIdRef = Self.quoted(
      relative ? Array(("../" + segment).utf8) : Array(documentIRI.utf8))
    let organization = document.info.organization.code
    organizationIdRef = Self.quoted(
      basePrefix + Array(("org/" + JSONLDIRI.segment(organization)).utf8))
    var code: [UInt8] = []
    Self.appendCode(organization, under: base + "org/", to: &code)
    organizationRef = Self.quoted(code)
    schemeRef = Self.quoted(documentPrefix + Array("items".utf8))
    code = []
    Self.appendCode(document.info.phase.code, under: JSONLDIRI.phaseConcept(""), to: &code)
    phaseRef = Self.quoted(code)
    var kinds: [String: Observation.SubjectKind] = [:]
    for (kind, ids) in [
      (Observation.SubjectKind.item, document.items.map(\.id)),
      (.expense, document.expenses.map(\.id)),
      (.summary, document.summary.map(\.id)), (.filp, document.filp.map(\.id)),
    ] {
      for id in ids where kinds[id] == nil { kinds[id] = kind }
    }
    subjectKinds = kinds
  }

  static func quoted(_ bytes: [UInt8]) -> [UInt8] { [0x22] + bytes + [0x22] }

  var info: DocumentInfo { document.info }
  var structureIRI: String { documentIRI + "/dsd" }

  /// The document's own context: `@base` (when identifiers are relative); `doc`, the
  /// document's IRI as a value (`"isPartOf":"doc"`); its item dimension `budgetLine`
  /// (`<doc>/dsd/budget-line`), a sub-property of
  /// `obeu-dimension:administrativeClassification` whose code list is the item scheme; and
  /// the terms whose values are codes under the base IRI (`"organization":"soumu"`,
  /// `"fiscalYear":"2024"`).
  var documentContext: JSONText {
    let budgetLine = JSONText.object([
      ("@id", .string(structureIRI + "/budget-line")), ("@type", .string("@id")),
    ])
    let organizations = base + "org/"
    let members: [(String, JSONText)] = [
      (Self.documentTerm, .string(documentIRI)),
      ("budgetLine", budgetLine),
      ("publisher", JSONLDContext.coded("dcterms:publisher", organizations)),
      ("organization", JSONLDContext.coded("obeu-dimension:organization", organizations)),
      ("fiscalYear", JSONLDContext.coded("obeu-dimension:fiscalYear", base + "fiscal-year/")),
    ]
    return .object(relative ? [("@base", .string(documentIRI + "/"))] + members : members)
  }

  /// Terms a code may not be written as (it would expand to the term's IRI instead).
  static let reservedCodes: Set<String> = Set(
    JSONLDContext.terms + [
      documentTerm, "budgetLine",
    ])

  /// Appends a code as the value of a coded term (``JSONLDContext/coded(_:_:)``): its
  /// percent-encoded segment, or, when that is a term, the full IRI `<list><segment>`.
  static func appendCode(_ code: String, under list: String, to output: inout [UInt8]) {
    let segment = JSONLDIRI.segment(code)
    if reservedCodes.contains(segment) {
      output += Array(list.utf8)
    }
    output += Array(segment.utf8)
  }

  /// `budget.jsonld`: the context (the shared one inlined, then the document's own) on the
  /// first line, then one node per line.
  func bytes() throws -> [UInt8] {
    try checkUniqueIdentifiers()
    var out = JSONObjectWriter(capacity: 256 * 1024)
    out.raw("{\"@context\":[")
    out.output += JSONLDContext.compactContextBytes
    out.raw(",")
    out.output += documentContext.compactBytes
    out.raw("],\n\"@graph\":[\n")
    writeNodes(into: &out)
    out.raw("\n]}\n")
    return out.output
  }

  /// Throws when two resources would share an `@id`: ids of one kind repeat (the kinds have
  /// disjoint paths, and percent-encoding keeps distinct ids distinct).
  func checkUniqueIdentifiers() throws {
    func check(_ ids: [String], _ path: ResourcePath) throws {
      var seen = Set<String>()
      for id in ids where !seen.insert(id).inserted {
        throw JSONLDError.duplicateIdentifier(
          documentIRI + "/" + path.prefix.description
            + (path == .observation ? id : JSONLDIRI.segment(id)))
      }
    }
    try check(document.items.map(\.id), .item)
    try check(document.expenses.map(\.id), .expense)
    try check(document.summary.map(\.id), .summary)
    try check(document.filp.map(\.id), .filp)
    try check(
      document.observations.map {
        JSONLDIRI.segment($0.subjectId) + "/" + JSONLDIRI.segment(String($0.measurePath))
      }, .observation)
  }

  /// Appends the path of a resource under the document: `item/<id>`.
  func appendDocumentPath(_ path: ResourcePath, _ id: String, to output: inout [UInt8]) {
    output += documentPrefix
    ByteText.append(path.prefix, to: &output)
    JSONLDIRI.appendSegment(id, to: &output)
  }

  /// Appends the IRI of a fiscal year: `../fiscal-year/2024`.
  func appendFiscalYear(_ year: Int, to output: inout [UInt8]) {
    output += basePrefix
    ByteText.append("fiscal-year/", to: &output)
    ByteText.append(DCATVocabulary.format4(year), to: &output)
  }

  /// Appends a fiscal year as the value of `fiscalYear` (a code under `<base>fiscal-year/`).
  func appendFiscalYearCode(_ year: Int, to output: inout [UInt8]) {
    ByteText.append(DCATVocabulary.format4(year), to: &output)
  }

  /// The item, expense, summary row or FILP entry with this id, by kind.
  func appendSubject(_ kind: Observation.SubjectKind, _ id: String, to output: inout [UInt8]) {
    appendDocumentPath(ResourcePath(kind), id, to: &output)
  }

  func appendFinding(_ ordinal: Int, to output: inout [UInt8]) {
    output += documentPrefix
    ByteText.append(ResourcePath.finding.prefix, to: &output)
    ByteText.appendInteger(Int64(ordinal), to: &output)
  }

  /// The fiscal years the document's figures are for, with their printed labels.
  var fiscalYears: [(Int, String?)] {
    var years: [(Int, String?)] = [
      (info.fiscalYear, info.fiscalYearLabel), (info.priorFiscalYear, info.priorFiscalYearLabel),
    ]
    for year in Set(document.observations.map(\.figure.fiscalYear)).sorted()
    where !years.contains(where: { $0.0 == year }) {
      years.append((year, nil))
    }
    return years
  }
}
