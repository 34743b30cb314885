import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Builds the document as a libxml2 tree in memory and serializes it with libxml2's own
/// serializer: the reference that the exporter's `XMLByteWriter` is held to, byte for byte, in
/// the tests (the exporter itself writes bytes and validates them in one SAX pass).
///
/// libxml2's serializer escapes the text (`<`, `>`, `&`, CR) and attribute values, so any
/// title survives; the XML declaration and two-space indentation are fixed, so the output is
/// deterministic.
///
/// Every string is checked against XML 1.0's `Char` production first, with the writer's error
/// messages.
final class XMLTreeBuilder: XMLOutput {
  /// The document; owned, freed in `deinit`.
  let document: xmlDocPtr
  /// The innermost open element, nil before the root and after it is closed.
  private var current: xmlNodePtr?
  /// The default namespace, once declared by an `xmlns` attribute.
  private var namespace: xmlNsPtr?
  /// The `xml:` namespace (for `xml:lang`), looked up once.
  private var xmlNamespace: xmlNsPtr?

  init() throws {
    LibXML2.prepareThread()
    guard let document = xmlNewDoc("1.0") else {
      throw BudgetXMLError.writerFailed("xmlNewDoc returned no document")
    }
    // Element and attribute names are interned, as the parser does; xmlFreeDoc frees it.
    document.pointee.dict = xmlDictCreate()
    self.document = document
  }

  deinit {
    xmlFreeDoc(document)
  }

  func startElement(_ name: StaticString) throws {
    guard let node = xmlNewDocNode(document, namespace, name.utf8Start, nil) else {
      throw BudgetXMLError.writerFailed("xmlNewDocNode failed at \(path)")
    }
    if let current {
      xmlAddChild(current, node)
    } else {
      xmlDocSetRootElement(document, node)
    }
    current = node
  }

  func endElement() throws {
    guard let node = current else {
      throw BudgetXMLError.writerFailed("endElement without an open element")
    }
    let parent = node.pointee.parent
    current = parent?.pointee.type == XML_ELEMENT_NODE ? parent : nil
  }

  /// `xmlns` declares the default namespace of this element and every element opened after it;
  /// `xml:lang` is `lang` in the XML namespace; any other name is a plain attribute.
  func attribute(_ name: StaticString, _ value: String) throws {
    try XMLCharacters.check(value, path: path, in: "@\(name)")
    guard let node = current else {
      throw BudgetXMLError.writerFailed("attribute \(name) outside an element")
    }
    let created: Bool = try XMLCharacters.withXMLChars(value) { value in
      switch Self.kind(of: name) {
      case .namespaceDeclaration:
        guard let ns = xmlNewNs(node, value, nil) else { return false }
        xmlSetNs(node, ns)
        namespace = ns
        return true
      case .xmlLang:
        if xmlNamespace == nil { xmlNamespace = xmlSearchNs(document, node, "xml") }
        guard let xmlNamespace else { return false }
        return xmlNewNsProp(node, xmlNamespace, "lang", value) != nil
      case .plain:
        return xmlNewProp(node, name.utf8Start, value) != nil
      }
    }
    if !created { throw BudgetXMLError.writerFailed("adding @\(name) failed at \(path)") }
  }

  private enum AttributeKind { case namespaceDeclaration, xmlLang, plain }

  /// Which kind of attribute `name` is, by its bytes (no `String` is made).
  @inline(__always)
  private static func kind(of name: StaticString) -> AttributeKind {
    guard name.utf8Start[0] == UInt8(ascii: "x") else { return .plain }
    let bytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
    if bytes.elementsEqual("xmlns".utf8) { return .namespaceDeclaration }
    if bytes.elementsEqual("xml:lang".utf8) { return .xmlLang }
    return .plain
  }

  func text(_ value: String) throws {
    try XMLCharacters.check(value, path: path, in: "text")
    guard let node = current else {
      throw BudgetXMLError.writerFailed("text outside an element")
    }
    var value = value
    let textNode = value.withUTF8 { bytes -> xmlNodePtr? in
      guard let base = bytes.baseAddress, let count = Int32(exactly: bytes.count) else {
        return xmlNewDocText(document, "")
      }
      return xmlNewDocTextLen(document, base, count)
    }
    guard let textNode else { throw BudgetXMLError.writerFailed("xmlNewDocText failed at \(path)") }
    xmlAddChild(node, textNode)
  }

  /// The document as UTF-8 bytes, indented by two spaces, with the XML declaration
  /// (`xmlSaveDoc` with `XML_SAVE_FORMAT`, as `xmlDocDumpFormatMemoryEnc`).
  func bytes() throws -> [UInt8] {
    guard let buffer = xmlBufferCreate() else {
      throw BudgetXMLError.writerFailed("xmlBufferCreate returned no buffer")
    }
    defer { xmlBufferFree(buffer) }
    guard let save = xmlSaveToBuffer(buffer, "UTF-8", Int32(XML_SAVE_FORMAT.rawValue)) else {
      throw BudgetXMLError.writerFailed("xmlSaveToBuffer failed")
    }
    let written = xmlSaveDoc(save, document)
    let closed = xmlSaveClose(save)
    guard written >= 0, closed >= 0 else { throw BudgetXMLError.writerFailed("xmlSaveDoc failed") }
    let count = Int(xmlBufferLength(buffer))
    guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: count))
  }

  /// `/a/b`: the open elements, for error messages.
  private var path: String {
    var names: [String] = []
    var node = current
    while let element = node, element.pointee.type == XML_ELEMENT_NODE {
      names.append(String(cString: element.pointee.name))
      node = element.pointee.parent
    }
    return "/" + names.reversed().joined(separator: "/")
  }
}
