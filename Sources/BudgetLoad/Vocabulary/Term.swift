/// One term of the project's vocabulary: its JSON-LD name, its IRI and, for the project's own
/// (`be:`) terms, the statements `vocabulary.ttl` makes about it. ``Term/all`` is the one table
/// the JSON-LD context, `vocabulary.ttl`, the writers' keys and the CSV columns' properties
/// come from (issue #21, item 1).
struct Term: Sendable {
  /// How the context maps a term's values.
  enum ContextValue: Sendable {
    /// Plain literals (or, for a class, the class itself).
    case plain
    /// Japanese text (`@language: ja`).
    case japanese
    /// Literals of one datatype, or `@id` / `@vocab` references.
    case typed(String)
    /// Codes of one code list (the list's IRI, ending in `/`).
    case coded(String)
  }

  /// What `vocabulary.ttl` says about a `be:` term.
  struct Definition: Sendable {
    /// `rdfs:Class`, or `rdf:Property` plus these types (`qb:AttributeProperty`, …).
    var isClass = false
    var types: [String] = []
    /// English and Japanese.
    var label: (en: String, ja: String)
    var comment: (en: String, ja: String)
    var domain: String?
    var range: String?
    /// The code list (under ``Vocabulary/codeList``) of a coded property.
    var codeList: String?
    var subPropertyOf: String?
  }

  /// The JSON-LD term, e.g. `sourceLine`.
  let name: String
  /// The compact IRI, e.g. `be:sourceLine`.
  let compactIRI: String
  let value: ContextValue
  let definition: Definition?
  /// Whether the JSON-LD context defines it (a few properties only the CSV columns state).
  let inContext: Bool

  /// The absolute IRI.
  var iri: String {
    compactIRI.hasPrefix("be:") ? Vocabulary.budget + compactIRI.dropFirst(3) : compactIRI
  }

  /// The absolute IRI of the project term `name` (`be:name`); a name that is not a `be:` term
  /// of ``all`` stops at first use, which the tests of every table reach.
  static func iri(of name: String) -> String {
    let term = named(name)
    precondition(term.definition != nil, "\(name) is not a term of the project vocabulary")
    return term.iri
  }

  /// A term of a public vocabulary, defined only in the context.
  static func external(_ name: String, _ iri: String, _ value: ContextValue) -> Term {
    Term(name: name, compactIRI: iri, value: value, definition: nil, inContext: true)
  }

  /// A class of the project vocabulary.
  static func ofClass(
    _ name: String, label: (String, String), comment: (String, String)
  ) -> Term {
    Term(
      name: name, compactIRI: "be:" + name, value: .plain,
      definition: Definition(isClass: true, label: label, comment: comment), inContext: true)
  }

  /// A property of the project vocabulary; how the context maps its values follows from its
  /// range: codes of its code list, Japanese text, plain strings, a datatype or a reference.
  static func property(
    _ name: String, types: [String] = [], label: (String, String), comment: (String, String),
    domain: String? = nil, range: String, codeList: String? = nil,
    subPropertyOf: String? = nil, inContext: Bool = true
  ) -> Term {
    let value: ContextValue =
      if let codeList {
        .coded(Vocabulary.codeList + codeList + "/")
      } else if range
        == "rdf:langString"
      { .japanese } else if range == "xsd:string" { .plain } else if range.hasPrefix("xsd:") {
        .typed(range)
      } else { .typed("@id") }
    return Term(
      name: name, compactIRI: "be:" + name, value: value,
      definition: Definition(
        types: types, label: label, comment: comment, domain: domain, range: range,
        codeList: codeList, subPropertyOf: subPropertyOf),
      inContext: inContext)
  }

  /// The term's entry in the JSON-LD context.
  var contextEntry: JSONText {
    switch value {
    case .plain: .string(compactIRI)
    case .japanese: .object([("@id", .string(compactIRI)), ("@language", .string("ja"))])
    case .typed(let type): .object([("@id", .string(compactIRI)), ("@type", .string(type))])
    case .coded(let list): JSONLDContext.coded(compactIRI, list)
    }
  }
}
