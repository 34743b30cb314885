import CLibXML2

/// Evaluates the published schema's identity constraints (`xs:key`, `xs:keyref`, `xs:unique`,
/// as `SchemaDerivation` translated them) over the SAX events of the validating parse, with
/// hash sets: what libxml2 2.9 matches with streaming XPath over every element and attribute
/// costs here a few comparisons for the elements near the root and a set insertion per id.
///
/// Semantics as XSD 1.0's for this subset: a key's or unique's table belongs to one instance of
/// its scope element (reset when one opens); a duplicate value is reported at the element that
/// repeats it; a key's selected element without its field is reported; a keyref's values are
/// resolved when its scope element closes, against the values of the key it refers to recorded
/// inside that scope element, and each unmatched one is reported at its element. Messages use
/// libxml2's wording, so a report reads the same whichever found the fault.
final class IdentityCheck {
  private let constraints: [IdentityConstraint]
  private let namespace: [UInt8]
  private let qualifiedPrefix: String
  /// Per constraint: the full paths (root first) of the elements its selector picks.
  private let selected: [[[String]]]
  /// Per constraint: its field's name, NUL-terminated.
  private let fields: [[UInt8]]
  /// Per key or unique: the keyrefs that refer to it.
  private let referrers: [[Int]]
  /// No selector reaches below this depth (the root is 1); deeper elements are only counted.
  private let maxDepth: Int

  /// The validation context whose parser gives the current line; set for each parse.
  var validation: xmlSchemaValidCtxtPtr?
  private var depth = 0
  private var names: [String] = []
  /// Per key or unique: the values of the open scope instance; per keyref: the referred key's
  /// values recorded since its scope opened.
  private var tables: [Set<String>]
  /// Per keyref: the values to resolve, with their lines and element names.
  private var references: [[(value: String, line: Int, element: String)]]
  private(set) var issues: [XMLValidationIssue] = []

  init(constraints: [IdentityConstraint], namespace: String) {
    self.constraints = constraints
    self.namespace = Array(namespace.utf8) + [0]
    qualifiedPrefix = "{\(namespace)}"
    selected = constraints.map { constraint in
      constraint.selectors.map { constraint.scope + $0 }
    }
    fields = constraints.map { Array($0.field.utf8) + [0] }
    referrers = constraints.map { key in
      constraints.indices.filter { constraints[$0].kind == .keyref && constraints[$0].refer == key.name }
    }
    maxDepth = constraints.map(\.depth).max() ?? 0
    tables = Array(repeating: [], count: constraints.count)
    references = Array(repeating: [], count: constraints.count)
  }

  /// Clears the state of the previous document, keeping the storage.
  func reset() {
    depth = 0
    names.removeAll(keepingCapacity: true)
    for i in tables.indices {
      tables[i].removeAll(keepingCapacity: true)
      references[i].removeAll(keepingCapacity: true)
    }
    issues.removeAll(keepingCapacity: true)
  }

  /// An unretained pointer to `self`, the SAX handler's user data.
  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// A SAX2 handler with only the two element callbacks, for `xmlSchemaValidateStream` (the
  /// plugged validator calls them before its own).
  static func makeHandler() -> UnsafeMutablePointer<xmlSAXHandler> {
    let handler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
    handler.initialize(to: xmlSAXHandler())
    handler.pointee.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC
    handler.pointee.startElementNs = { context, localname, _, uri, _, _, count, _, attributes in
      guard let context, let localname else { return }
      Unmanaged<IdentityCheck>.fromOpaque(context).takeUnretainedValue()
        .start(localname, uri: uri, attributes: attributes, count: Int(count))
    }
    handler.pointee.endElementNs = { context, _, _, _ in
      guard let context else { return }
      Unmanaged<IdentityCheck>.fromOpaque(context).takeUnretainedValue().end()
    }
    return handler
  }

  private var line: Int {
    guard let validation, let parser = xmlSchemaValidCtxtGetParserCtxt(validation),
      let input = parser.pointee.input
    else { return 0 }
    return Int(input.pointee.line)
  }

  private func start(
    _ localname: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?,
    attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int
  ) {
    depth += 1
    guard depth <= maxDepth else { return }
    let inNamespace = uri.map { xmlStrEqual($0, namespace) != 0 } ?? false
    // A name no schema element has stands for an element of another namespace.
    names.append(inNamespace ? String(cString: localname) : "")
    for i in constraints.indices {
      let constraint = constraints[i]
      if depth == constraint.scope.count, names == constraint.scope {
        tables[i].removeAll(keepingCapacity: true)
        references[i].removeAll(keepingCapacity: true)
      }
      for path in selected[i] where path.count == depth && path == names {
        record(i, value: value(of: fields[i], in: attributes, count: count))
      }
    }
  }

  private func end() {
    defer { depth -= 1 }
    guard depth <= maxDepth, depth > 0 else { return }
    for i in constraints.indices where constraints[i].kind == .keyref {
      guard depth == constraints[i].scope.count, names == constraints[i].scope else { continue }
      for reference in references[i] where !tables[i].contains(reference.value) {
        issues.append(
          XMLValidationIssue(
            line: reference.line,
            message: "Element '\(qualifiedPrefix)\(reference.element)': No match found for"
              + " key-sequence ['\(reference.value)'] of keyref"
              + " '\(qualifiedPrefix)\(constraints[i].name)'."))
      }
      references[i].removeAll(keepingCapacity: true)
    }
    names.removeLast()
  }

  private func record(_ i: Int, value: String?) {
    let constraint = constraints[i]
    let element = names.last ?? ""
    switch constraint.kind {
    case .keyref:
      if let value { references[i].append((value, line, element)) }
    case .key, .unique:
      guard let value else {
        if constraint.kind == .key {
          report(
            element, "Not all fields of key identity-constraint"
              + " '\(qualifiedPrefix)\(constraint.name)' evaluate to a node.")
        }
        return
      }
      if !tables[i].insert(value).inserted {
        report(
          element, "Duplicate key-sequence ['\(value)'] in \(constraint.kind.rawValue)"
            + " identity-constraint '\(qualifiedPrefix)\(constraint.name)'.")
      }
      for keyref in referrers[i] { tables[keyref].insert(value) }
    }
  }

  private func report(_ element: String, _ message: String) {
    issues.append(
      XMLValidationIssue(line: line, message: "Element '\(qualifiedPrefix)\(element)': \(message)"))
  }

  /// The value of the unqualified attribute `field` (NUL-terminated) among SAX2's attribute
  /// quintuples (local name, prefix, URI, value start, value end).
  private func value(
    of field: [UInt8], in attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int
  ) -> String? {
    guard let attributes else { return nil }
    for index in 0..<count {
      let base = attributes + 5 * index
      guard base[2] == nil, let name = base[0], xmlStrEqual(name, field) != 0,
        let start = base[3], let end = base[4]
      else { continue }
      return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }
    return nil
  }
}
