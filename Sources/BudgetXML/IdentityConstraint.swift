/// One `xs:key`, `xs:keyref` or `xs:unique` of the published schema, in the form the
/// in-process check (`IdentityCheck`) evaluates: where its scope element sits, which elements
/// its selector picks, which attribute is its one field.
///
/// Only a subset of the XPath that XSD allows is supported, and `SchemaDerivation` refuses a
/// schema whose constraints leave it (the validator then does not load, so no document is
/// exported with a rule unchecked): the scope is a global element (the root) or an element
/// declared locally in the type of one; a selector is a union of child steps in the target
/// namespace (`b:items/b:item | b:expenses/b:expense`); the field is one unqualified attribute
/// (`@id`). Values are compared as strings: every field of `budget-1.0.xsd` is a `b:Id`, a
/// restriction of `xs:string` (whitespace preserved), whose value space is its text.
struct IdentityConstraint: Hashable, Sendable, CustomStringConvertible {
  enum Kind: String, Sendable {
    case key, keyref, unique
  }

  var kind: Kind
  /// The constraint's local name, e.g. `itemKey`.
  var name: String
  /// Element names from the root to the element the constraint is declared on.
  var scope: [String]
  /// Each alternative of the selector, as element names below the scope element.
  var selectors: [[String]]
  /// The attribute the one field names (`@id` → `id`).
  var field: String
  /// For a keyref, the local name of the key or unique it refers to.
  var refer: String?

  var description: String {
    "\(kind.rawValue) \(name) on /\(scope.joined(separator: "/")): "
      + selectors.map { $0.joined(separator: "/") }.joined(separator: " | ") + " @\(field)"
      + (refer.map { " -> \($0)" } ?? "")
  }

  /// How deep (1 = the root) the deepest element a selector picks lies.
  var depth: Int { scope.count + (selectors.map(\.count).max() ?? 0) }
}

/// The published schema made into the one libxml2 compiles: the same bytes without its
/// identity constraints, and those constraints for the in-process check.
struct DerivedSchema: Sendable {
  /// The schema without `xs:key`, `xs:keyref` and `xs:unique`, serialized by libxml2.
  var bytes: [UInt8]
  /// The removed constraints, in document order.
  var constraints: [IdentityConstraint]
  /// The schema's target namespace.
  var namespace: String
}
