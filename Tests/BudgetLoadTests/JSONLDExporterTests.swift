import BudgetModel
import Foundation
import Testing

@testable import BudgetLoad

@Suite("JSON-LD exporter")
struct JSONLDExporterTests {
  let files: [ExportFile]
  let json: Any
  let nodes: [[String: Any]]

  init() throws {
    files = try JSONLDExporter().files(for: LDFixtures.document)
    json = try LDFixtures.parse(files[0].bytes)
    nodes = LDFixtures.resolvedGraph(json)
  }

  var text: String { String(decoding: files[0].bytes, as: UTF8.self) }

  /// The two contexts of budget.jsonld (the shipped one, then the document's own term) merged.
  var context: [String: Any] {
    let contexts = (json as? [String: Any])?["@context"] as? [[String: Any]] ?? []
    return contexts.reduce(into: [:]) { $0.merge($1) { _, new in new } }
  }
  var doc: String { LDFixtures.base + LDFixtures.document.info.id }

  func node(_ id: String) -> [String: Any]? {
    nodes.first { $0["@id"] as? String == id }
  }

  @Test func writesDataAndContextFiles() throws {
    #expect(
      files.map(\.name) == ["budget.jsonld", "context.jsonld", "dsd.jsonld", "vocabulary.ttl"])
    #expect(files.prefix(3).allSatisfy { $0.mediaType == "application/ld+json" })
    #expect(files[3].mediaType == "text/turtle")
    #expect(
      String(decoding: files[3].bytes, as: UTF8.self).contains(
        "be:countsTowardTotal a rdf:Property"))
    #expect(String(decoding: files[1].bytes, as: UTF8.self) == JSONLDContext.text)
    _ = try LDFixtures.parse(files[1].bytes)
  }

  @Test func inlinesTheShippedContext() throws {
    let contexts = (json as? [String: Any])?["@context"] as? [[String: Any]]
    let inlined = contexts?.first
    let own = contexts?.last?["budgetLine"] as? [String: Any]
    #expect(contexts?.count == 2)
    #expect(own?["@id"] as? String == doc + "/dsd/budget-line")
    let shipped = (try LDFixtures.parse(files[1].bytes) as? [String: Any])?["@context"]
    #expect(inlined != nil)
    #expect(NSDictionary(dictionary: inlined ?? [:]).isEqual(shipped as? [String: Any] ?? [:]))
    #expect(!text.contains("context.jsonld"), "no remote or relative context reference")
  }

  @Test func resourceFileMatchesContext() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/BudgetLoad/Resources/budget-context.jsonld")
    let onDisk = try String(contentsOf: url, encoding: .utf8)
    #expect(onDisk == JSONLDContext.text, "regenerate the resource from JSONLDContext.text")
    if let bundled = JSONLDContext.bundledText() {
      #expect(bundled == JSONLDContext.text)
    }
  }

  @Test func everyResourceHasAnIdUnderTheBase() throws {
    let document = LDFixtures.document
    #expect(node(doc)?["@type"] as? String == "DataSet")
    for item in document.items {
      #expect(node("\(doc)/item/\(item.id)")?["@type"] as? String == "Concept")
    }
    for expense in document.expenses {
      #expect(node("\(doc)/expense/\(expense.id)") != nil)
    }
    for entry in document.summary {
      #expect(
        node("\(doc)/summary/\(entry.id)")?["@type"] as? [String] == ["Concept", "SummaryEntry"])
    }
    for entry in document.filp {
      #expect(node("\(doc)/filp/\(entry.id)")?["@type"] as? [String] == ["Concept", "FilpEntry"])
    }
    for observation in document.observations {
      let found = node("\(doc)/obs/\(observation.id)")
      if observation.figure.amountJPY == nil {
        #expect(
          found?["@type"] as? String == "Figure", "\(observation.id): no amount, not in the cube")
        #expect(found?["dataSet"] == nil)
      } else {
        #expect(found?["@type"] as? [String] == ["Observation", "Figure"], "\(observation.id)")
        #expect(found?["dataSet"] as? String == doc)
      }
      #expect(found?["isPartOf"] as? String == doc)
    }
    let ids = nodes.compactMap { $0["@id"] as? String }
    #expect(ids.count == nodes.count)
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0.hasPrefix(LDFixtures.base) })
  }

  @Test func contextDefinesEveryTermUsed() throws {
    func defined(_ term: String) -> Bool {
      if context[term] != nil { return true }
      if let colon = term.firstIndex(of: ":") {
        let prefix = String(term[..<colon])
        return context[prefix] != nil || term.hasPrefix("http://") || term.hasPrefix("https://")
      }
      return false
    }
    let keys = LDFixtures.keys(in: json).filter { !$0.hasPrefix("@") }
    let undefined = keys.filter { !defined($0) }
    #expect(undefined.isEmpty, "terms dropped on expansion: \(undefined.sorted())")
    // Types are terms too: an undefined one would expand to a relative IRI.
    var types: [String] = []
    for value in LDFixtures.values(of: "@type", in: nodes) {
      if let one = value as? String { types.append(one) }
      if let many = value as? [String] { types += many }
    }
    let undefinedTypes = types.filter { !defined($0) }
    #expect(!types.isEmpty)
    #expect(undefinedTypes.isEmpty, "undefined types: \(undefinedTypes)")
    // Every term definition uses a defined prefix or an absolute IRI.
    for (term, definition) in context where !term.hasPrefix("@") {
      let iri = (definition as? String) ?? ((definition as? [String: Any])?["@id"] as? String)
      let target = try #require(iri, "\(term)")
      #expect(target.hasPrefix("http") || defined(target), "\(term) -> \(target)")
    }
  }

  @Test func amountsAreTypedIntegersInYen() throws {
    let amount = context["amount"] as? [String: Any]
    #expect(amount?["@id"] as? String == "obeu-measure:amount")
    #expect(amount?["@type"] as? String == "xsd:integer")
    #expect(
      context["obeu-measure"] as? String == "http://data.openbudgets.eu/ontology/dsd/measure/")
    let fiscalYear = context["fiscalYear"] as? [String: Any]
    #expect(fiscalYear?["@type"] as? String == "@vocab")
    for observation in LDFixtures.document.observations {
      let found = try #require(node("\(doc)/obs/\(observation.id)"))
      if let expected = observation.figure.amountJPY {
        #expect((found["amount"] as? NSNumber)?.int64Value == expected, "\(observation.id)")
      } else {
        #expect(found["amount"] == nil, "no amount stated for \(observation.id)")
      }
      #expect(
        found["fiscalYear"] as? String == LDFixtures.base
          + "fiscal-year/\(observation.figure.fiscalYear)")
    }
    #expect(text.contains("\"amount\":18210700000000"), "exact integer, no exponent")
  }

  @Test func japaneseTextIsTaggedJa() throws {
    for term in ["title", "prefLabel", "sectionTitle", "program", "fiscalYearLabel", "phaseLabel"] {
      let definition = context[term] as? [String: Any]
      #expect(definition?["@language"] as? String == "ja", "\(term)")
    }
    #expect(context["@language"] == nil, "no default language: codes stay untagged")
    let names = node(LDFixtures.base + "org/soumu")?["name"] as? [[String: Any]]
    #expect(names?.compactMap { $0["@language"] as? String } == ["ja", "en"])
  }

  @Test func awkwardCharactersSurvive() throws {
    #expect(node(doc)?["title"] as? String == LDFixtures.awkwardTitle)
    var document = LDFixtures.document
    document.items[0].title = "地方の<活性化> & \"𠮷\""
    let graph = LDFixtures.resolvedGraph(
      try LDFixtures.parse(try JSONLDExporter().files(for: document)[0].bytes))
    let chapter = graph.first { $0["@id"] as? String == "\(doc)/item/c1" }
    #expect(chapter?["prefLabel"] as? String == "地方の<活性化> & \"𠮷\"")
    #expect(text.contains("𠮷"), "written as UTF-8, not as surrogate escapes")
    #expect(!text.contains("\\/"), "slashes are not escaped")
    #expect(!text.contains("\\u"), "no escapes needed for these characters")
  }

  @Test func carriesProjectTerms() throws {
    // 地方交付税(地方団体交付ベース) 186,670.5億円 in brackets (line 205): counted elsewhere.
    let expenseObservation = try #require(node("\(doc)/obs/c1-1-1-e2/budget"))
    #expect(expenseObservation["countsTowardTotal"] as? Bool == false)
    #expect(
      expenseObservation["marker"] as? String
        == "https://budget-etl.example/codelist/marker/bracketed")
    #expect(
      expenseObservation["figureKind"] as? String
        == "https://budget-etl.example/codelist/figure-kind/budget")
    #expect(
      expenseObservation["currency"] as? String
        == "http://publications.europa.eu/resource/authority/currency/JPY")
    #expect(expenseObservation["organization"] as? String == LDFixtures.base + "org/soumu")
    #expect(expenseObservation["isPartOf"] as? String == doc)
    #expect(expenseObservation["budgetLine"] as? String == "\(doc)/expense/c1-1-1-e2")
    #expect(
      expenseObservation["budgetPhase"] as? String
        == "https://budget-etl.example/codelist/budget-phase/proposal")
    #expect(expenseObservation["sourceLine"] as? Int == 205)
    #expect(node("\(doc)/item/c1-1-1")?["isNew"] as? Bool == false)
    #expect(node("\(doc)/item/c1-1-1")?["broader"] as? String == "\(doc)/item/c1-1")
    #expect(node("\(doc)/summary/s1-r2")?["changeRatePercent"] as? String == "-8.4")
    // 2.(1): its children add up to 458.1 against 458.0 (lines 227, 231, 252, 262, 268).
    let finding = try #require(node("\(doc)/finding/1"))
    #expect(finding["subject"] as? String == "\(doc)/item/c1-2-1")
    #expect(finding["findingCode"] as? String == "children_sum_rounding")
    #expect(finding["sourceLine"] as? [Int] == [227, 231, 252, 262, 268])
    #expect(
      node(doc)?["finding"] as? [String] == (1...6).map { "\(doc)/finding/\($0)" })
  }

  @Test func outputIsDeterministic() throws {
    let again = try JSONLDExporter().files(for: LDFixtures.document)
    #expect(again == files)
    #expect(text.hasSuffix("}\n"))
    // Compact: the context on the first line, then one node per line, ids relative to @base.
    let lines = text.split(separator: "\n")
    #expect(lines[1] == "\"@graph\":[")
    #expect(lines.dropFirst(2).dropLast().allSatisfy { $0.hasPrefix("{\"@id\":\"") })
    #expect(lines.count == nodes.count + 3)
    #expect(text.contains("{\"@id\":\"item/c1\",\"@type\":\"Concept\""))
    let graphText = lines.dropFirst(2).joined(separator: "\n")
    #expect(!graphText.contains(LDFixtures.base), "no absolute ids in the graph")
  }

  @Test func baseIRIIsNormalizedAndChecked() throws {
    let slashless = try JSONLDExporter(baseIRI: "https://example.org/b").files(
      for: LDFixtures.document)
    let graph = LDFixtures.resolvedGraph(try LDFixtures.parse(slashless[0].bytes))
    #expect(graph.first?["@id"] as? String == "https://example.org/b/jp-soumu-2024-proposal")
    #expect(throws: JSONLDError.invalidBaseIRI("relative/path/")) {
      try JSONLDExporter(baseIRI: "relative/path/").files(for: LDFixtures.document)
    }
  }

  @Test func duplicateIdsAreRejected() throws {
    var document = LDFixtures.document
    document.items.append(document.items[0])
    #expect(throws: JSONLDError.self) { try JSONLDExporter().files(for: document) }
  }

  @Test func structureHasTheCubesComponents() throws {
    #expect(node(doc)?["structure"] as? String == doc + "/dsd")
    let dsd = try LDFixtures.parse(files[2].bytes) as? [String: Any]
    let graph = dsd?["@graph"] as? [[String: Any]] ?? []
    let structure = try #require(graph.first { $0["@id"] as? String == doc + "/dsd" })
    #expect(structure["@type"] as? String == "qb:DataStructureDefinition")
    let components = structure["qb:component"] as? [[String: Any]] ?? []
    func properties(_ role: String) -> [String] {
      components.compactMap { ($0[role] as? [String: Any])?["@id"] as? String }
    }
    #expect(
      properties("qb:dimension") == [
        "obeu-dimension:fiscalYear", "obeu-dimension:organization", doc + "/dsd/budget-line",
        "be:budgetPhase", "be:figureKind", "obeu-dimension:operationCharacter",
      ])
    #expect(components.compactMap { $0["qb:order"] as? Int } == [1, 2, 3, 4, 5, 6])
    #expect(properties("qb:measure") == ["obeu-measure:amount"])
    #expect(
      properties("qb:attribute") == [
        "obeu-attribute:currency", "be:countsTowardTotal", "be:marker", "be:sourceLine",
      ])
    let required = components.compactMap {
      ($0["qb:componentRequired"] as? [String: Any])?["@value"] as? String
    }
    #expect(required == ["true", "true", "false", "true"])
    let line = try #require(graph.first { $0["@id"] as? String == doc + "/dsd/budget-line" })
    #expect((line["qb:codeList"] as? [String: Any])?["@id"] as? String == doc + "/items")
    let phase = try #require(
      graph.first {
        $0["@id"] as? String == "https://budget-etl.example/codelist/budget-phase/proposal"
      })
    #expect(phase["skos:notation"] as? String == "proposal")
    #expect(
      (phase["skos:closeMatch"] as? [String: Any])?["@id"] as? String
        == "http://data.openbudgets.eu/resource/codelist/budget-phase/draft")
  }

  /// A base ending in `#` would lose its fragment under relative resolution: ids are absolute.
  @Test func fragmentBaseWritesAbsoluteIds() throws {
    let files = try JSONLDExporter(baseIRI: "https://example.org/b#").files(
      for: LDFixtures.document)
    let json = try LDFixtures.parse(files[0].bytes)
    let contexts = (json as? [String: Any])?["@context"] as? [[String: Any]]
    #expect(contexts?.last?["@base"] == nil)
    let ids = LDFixtures.graph(json).compactMap { $0["@id"] as? String }
    #expect(ids.first == "https://example.org/b#jp-soumu-2024-proposal")
    #expect(ids.contains("https://example.org/b#jp-soumu-2024-proposal/item/c1"))
    #expect(ids.contains("https://example.org/b#org/soumu"))
  }

  /// Codes are written short (`"organization":"soumu"`), except a code that is also a term of
  /// the context, which would expand to the term's IRI: that one is written in full.
  @Test func codesThatAreTermsAreWrittenInFull() throws {
    #expect(text.contains(#""organization":"soumu""#))
    #expect(text.contains(#""budgetPhase":"proposal""#))
    var document = LDFixtures.document
    document.info.organization.code = "title"
    let bytes = try JSONLDExporter().files(for: document)[0].bytes
    let written = String(decoding: bytes, as: UTF8.self)
    let full = LDFixtures.base + "org/title"
    #expect(written.contains(#""organization":"\#(full)""#))
    #expect(!written.contains(#""organization":"title""#))
    let dataset = LDFixtures.resolvedGraph(try LDFixtures.parse(bytes)).first {
      $0["@type"] as? String == "DataSet"
    }
    #expect(dataset?["organization"] as? String == full)
  }
}
