import CLibXML2
import Foundation

/// Derives, from the published `budget-1.0.xsd`, the schema libxml2 validates with: the same
/// document with every `xs:key`, `xs:keyref` and `xs:unique` removed (issue #24). It is made
/// when a validator first loads the schema and kept for the process; nobody edits it, and the
/// published file keeps its constraints. Each removed constraint is translated into an
/// `IdentityConstraint`, which `IdentityCheck` evaluates with hash sets; a constraint outside
/// the subset that check supports makes the derivation fail, and with it the validator.
enum SchemaDerivation {
  static let xsNamespace = "http://www.w3.org/2001/XMLSchema"
  static let identityNames: Set<String> = ["key", "keyref", "unique"]

  /// Derives the schema from the published bytes.
  /// - Throws: `BudgetXMLError.schemaUnavailable` when the bytes are not XML or a constraint
  ///   cannot be checked in process.
  static func derive(from published: [UInt8]) throws -> DerivedSchema {
    LibXML2.prepareThread()
    let options = Int32(bitPattern: XML_PARSE_NONET.rawValue)
    let parsed: xmlDocPtr? = published.withUnsafeBytes { raw in
      guard let base = raw.baseAddress, let size = Int32(exactly: raw.count) else { return nil }
      return xmlReadMemory(
        base.assumingMemoryBound(to: CChar.self), size, "budget-1.0.xsd", nil, options)
    }
    guard let document = parsed, let root = xmlDocGetRootElement(document) else {
      throw BudgetXMLError.schemaUnavailable("the published schema is not XML")
    }
    defer { xmlFreeDoc(document) }
    let namespace = attribute(root, "targetNamespace") ?? ""
    var found: [xmlNodePtr] = []
    collect(root, into: &found)
    var constraints: [IdentityConstraint] = []
    for node in found {
      constraints.append(try translate(node, root: root, namespace: namespace))
      xmlUnlinkNode(node)
      xmlFreeNode(node)
    }
    try checkReferences(constraints)
    guard let buffer = xmlBufferCreate() else {
      throw BudgetXMLError.schemaUnavailable("the derived schema could not be serialized")
    }
    defer { xmlBufferFree(buffer) }
    let saver = xmlSaveToBuffer(buffer, "UTF-8", 0)
    let saved = saver.map { xmlSaveDoc($0, document) } ?? -1
    if let saver { xmlSaveClose(saver) }
    guard saved >= 0, let content = xmlBufferContent(buffer) else {
      throw BudgetXMLError.schemaUnavailable("the derived schema could not be serialized")
    }
    let bytes = Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    return DerivedSchema(bytes: bytes, constraints: constraints, namespace: namespace)
  }

  /// Every identity-constraint element under `node`, in document order.
  private static func collect(_ node: xmlNodePtr, into found: inout [xmlNodePtr]) {
    var child = node.pointee.children
    while let current = child {
      if isXS(current), identityNames.contains(name(current)) {
        found.append(current)
      } else if current.pointee.type == XML_ELEMENT_NODE {
        collect(current, into: &found)
      }
      child = current.pointee.next
    }
  }

  private static func translate(_ node: xmlNodePtr, root: xmlNodePtr, namespace: String) throws
    -> IdentityConstraint
  {
    let kind = IdentityConstraint.Kind(rawValue: name(node))!
    let label = attribute(node, "name") ?? "?"
    func refuse(_ why: String) -> BudgetXMLError {
      .schemaUnavailable(
        "the \(kind.rawValue) '\(label)' of budget-1.0.xsd cannot be checked in process: \(why)")
    }
    guard let owner = node.pointee.parent, isXS(owner), name(owner) == "element" else {
      throw refuse("it is not declared on an element")
    }
    guard let scope = scopePath(of: owner, root: root) else {
      throw refuse("its element is neither the root nor declared in the root's type")
    }
    var selectors: [[String]]?
    var fields: [String] = []
    var child = node.pointee.children
    while let current = child {
      if isXS(current), name(current) == "selector" {
        selectors = try steps(attribute(current, "xpath") ?? "", at: current, namespace: namespace)
      } else if isXS(current), name(current) == "field" {
        fields.append(attribute(current, "xpath") ?? "")
      }
      child = current.pointee.next
    }
    guard let selectors else { throw refuse("its selector is not a union of child steps") }
    guard fields.count == 1, let field = fields.first, field.hasPrefix("@"),
      field.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    else { throw refuse("it does not have exactly one field naming an unqualified attribute") }
    var refer: String?
    if kind == .keyref {
      guard let qualified = attribute(node, "refer"), let local = localName(qualified) else {
        throw refuse("it refers to nothing")
      }
      refer = local
    }
    return IdentityConstraint(
      kind: kind, name: label, scope: scope, selectors: selectors,
      field: String(field.dropFirst()), refer: refer)
  }

  /// The element names from the root to the element `declaration` declares: `[name]` for a
  /// global element, `[root, name]` for one declared (in sequences or choices) in the named
  /// type of the one global element that has that type. Nil otherwise.
  private static func scopePath(of declaration: xmlNodePtr, root: xmlNodePtr) -> [String]? {
    guard let own = attribute(declaration, "name") else { return nil }
    var parent = declaration.pointee.parent
    if parent == root { return [own] }
    while let current = parent, isXS(current), ["sequence", "choice", "all"].contains(name(current))
    {
      parent = current.pointee.parent
    }
    guard let type = parent, isXS(type), name(type) == "complexType", type.pointee.parent == root,
      let typeName = attribute(type, "name")
    else { return nil }
    var owners: [String] = []
    var child = root.pointee.children
    while let current = child {
      if isXS(current), name(current) == "element",
        let typeRef = attribute(current, "type"), localName(typeRef) == typeName,
        let ownerName = attribute(current, "name")
      {
        owners.append(ownerName)
      }
      child = current.pointee.next
    }
    return owners.count == 1 ? [owners[0], own] : nil
  }

  /// `b:items/b:item | b:expenses/b:expense` → `[["items", "item"], ["expenses", "expense"]]`,
  /// every step a name in the target namespace (its prefix bound to it where the selector is).
  private static func steps(_ xpath: String, at node: xmlNodePtr, namespace: String) throws
    -> [[String]]?
  {
    var result: [[String]] = []
    for alternative in xpath.split(separator: "|") {
      var path: [String] = []
      for step in alternative.split(separator: "/", omittingEmptySubsequences: false) {
        let trimmed = step.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty,
          parts[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
          prefixURI(String(parts[0]), at: node) == namespace
        else { return nil }
        path.append(String(parts[1]))
      }
      result.append(path)
    }
    return result.isEmpty ? nil : result
  }

  /// The checks that need every constraint: each keyref refers to a key or unique of the
  /// schema, declared on its own element or below it.
  private static func checkReferences(_ constraints: [IdentityConstraint]) throws {
    for keyref in constraints where keyref.kind == .keyref {
      guard
        let target = constraints.first(where: { $0.name == keyref.refer && $0.kind != .keyref }),
        target.scope.starts(with: keyref.scope)
      else {
        throw BudgetXMLError.schemaUnavailable(
          "the keyref '\(keyref.name)' of budget-1.0.xsd refers to no key in its scope")
      }
    }
  }

  private static func isXS(_ node: xmlNodePtr) -> Bool {
    node.pointee.type == XML_ELEMENT_NODE
      && node.pointee.ns.map { String(cString: $0.pointee.href) } == xsNamespace
  }

  private static func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

  /// An attribute's text (without entity handling: the schema has none).
  private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let attribute = try? XMLCharacters.withXMLChars(name, { xmlHasProp(node, $0) }),
      let text = attribute.pointee.children,
      let content = text.pointee.content
    else { return nil }
    return String(cString: content)
  }

  private static func localName(_ qualified: String) -> String? {
    qualified.split(separator: ":").last.map(String.init)
  }

  private static func prefixURI(_ prefix: String, at node: xmlNodePtr) -> String? {
    guard
      let ns = try? XMLCharacters.withXMLChars(prefix, { xmlSearchNs(node.pointee.doc, node, $0) })
    else { return nil }
    return String(cString: ns.pointee.href)
  }
}
