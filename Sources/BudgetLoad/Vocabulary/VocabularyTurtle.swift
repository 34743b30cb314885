/// `vocabulary.ttl`, written from the term and code-list tables (``Term/all``,
/// ``CodeList/all``): the ontology header, one block per `be:` term in table order, then the
/// code lists. `Resources/budget-vocabulary.ttl` is the same text, kept byte for byte by
/// `VocabularyTests` (regenerate it with `RECORD_VOCABULARY=1 swift test --filter Vocabulary`).
enum VocabularyTurtle {
  /// The whole file.
  static let text: String = {
    var parts = [header]
    parts += Term.all.compactMap { term in term.definition.map { block(term.name, $0) } }
    parts += CodeList.all.flatMap { blocks(of: $0) }
    return parts.joined(separator: "\n\n") + "\n"
  }()

  static let bytes = Array(text.utf8)

  private static let ontology = "<" + Vocabulary.budget.dropLast() + ">"

  private static let header = """
    # The budget-etl vocabulary (prefix be:): the terms budget.jsonld, dsd.jsonld and csv-metadata.json
    # use that no standard vocabulary covers, with the code lists of figure kinds and markers.
    # Shipped with every export as vocabulary.ttl. Japanese and English labels and comments.
    @prefix be:      <\(Vocabulary.budget)> .
    @prefix dcterms: <\(Vocabulary.dcterms)> .
    @prefix owl:     <http://www.w3.org/2002/07/owl#> .
    @prefix qb:      <\(Vocabulary.qb)> .
    @prefix rdf:     <\(Vocabulary.rdf)> .
    @prefix rdfs:    <\(Vocabulary.rdfs)> .
    @prefix skos:    <\(Vocabulary.skos)> .
    @prefix xsd:     <\(Vocabulary.xsd)> .

    \(ontology) a owl:Ontology ;
      rdfs:label "budget-etl vocabulary"@en , "budget-etl 語彙"@ja ;
      rdfs:comment "Terms for Japanese government budget overview documents converted by budget-etl."@en ,
        "budget-etl が変換した日本政府の予算概要資料のための語彙。"@ja ;
      dcterms:license <https://creativecommons.org/licenses/by/4.0/> .
    """

  private static func both(_ text: (en: String, ja: String)) -> String {
    "\"\(text.en)\"@en , \"\(text.ja)\"@ja"
  }

  private static func block(_ name: String, _ definition: Term.Definition) -> String {
    let types =
      definition.isClass
      ? "rdfs:Class" : (["rdf:Property"] + definition.types).joined(separator: ", ")
    var lines = ["be:\(name) a \(types)"]
    lines.append("  rdfs:label " + both(definition.label))
    lines.append("  rdfs:comment " + both(definition.comment))
    if let domain = definition.domain { lines.append("  rdfs:domain " + domain) }
    if let range = definition.range { lines.append("  rdfs:range " + range) }
    if let list = definition.codeList {
      lines.append("  qb:codeList <\(Vocabulary.codeList + list)>")
    }
    if let parent = definition.subPropertyOf { lines.append("  rdfs:subPropertyOf <\(parent)>") }
    lines.append("  rdfs:isDefinedBy \(ontology) .")
    return lines.joined(separator: " ;\n")
  }

  private static func blocks(of list: CodeList) -> [String] {
    var scheme = [
      "<\(list.iri)> a skos:ConceptScheme", "  skos:prefLabel " + both(list.label),
      "  rdfs:comment " + both(list.comment),
    ]
    if !list.codes.isEmpty {
      scheme.append(
        "  skos:hasTopConcept "
          + list.codes.map { "<\(list.iri(of: $0.notation))>" }.joined(separator: " , "))
    }
    let concepts = list.codes.map { code in
      [
        "<\(list.iri(of: code.notation))> a skos:Concept", "  skos:inScheme <\(list.iri)>",
        "  skos:topConceptOf <\(list.iri)>", "  skos:notation \"\(code.notation)\"",
        "  skos:prefLabel " + both(code.label), "  skos:definition " + both(code.definition),
      ].joined(separator: " ;\n") + " ."
    }
    return [scheme.joined(separator: " ;\n") + " ."] + concepts
  }
}
