import BudgetModel

/// The path each kind of record's IRI takes under the document IRI (`<doc>/item/<id>`): the
/// JSON-LD writer's `@id`s and the CSVW `aboutUrl` and `valueUrl` templates both come from
/// here, so the two files name a record alike.
enum ResourcePath: CaseIterable, Sendable {
  case item, expense, summary, filp, observation, finding

  /// `item/`, as the writers append it.
  var prefix: StaticString {
    switch self {
    case .item: "item/"
    case .expense: "expense/"
    case .summary: "summary/"
    case .filp: "filp/"
    case .observation: "obs/"
    case .finding: "finding/"
    }
  }

  /// The CSVW URI template of the record whose id is in `column`: `item/{id}`.
  func template(_ column: String) -> String { prefix.description + "{\(column)}" }

  /// The path of an observation's subject.
  init(_ kind: Observation.SubjectKind) {
    switch kind {
    case .item: self = .item
    case .expense: self = .expense
    case .summary: self = .summary
    case .filp: self = .filp
    }
  }
}
