import BudgetModel
import CLibXML2
import Foundation

/// Validates XML instances against the bundled budget schema, `Schema/budget-1.3.xsd`, with
/// libxml2.
///
/// The schema is compiled once per validator, from the bundled file's bytes: it imports and
/// includes nothing, so compiling it never touches the network. Instances are parsed with
/// `XML_PARSE_NONET` and without entity substitution or DTD loading, so no external entity is
/// ever resolved. Validation is serialized by an internal lock, so one validator may be shared
/// between threads, although one per thread avoids the waiting.
///
/// `@unchecked`: it holds libxml2's schema and validation-context pointers, which are not
/// `Sendable`; every use of the context is under `lock` (`withContext`), and the compiled schema
/// is only read after `init`.
public final class XMLSchemaValidator: @unchecked Sendable {
  /// The compiled schema; owned, freed in `deinit`.
  private let schema: xmlSchemaPtr
  /// Serializes the use of `schema` and `context`.
  private let lock = NSLock()
  /// The validation context, created on first use and reused for every document (libxml2
  /// resets it at the start of each validation); owned, freed in `deinit`.
  private var context: xmlSchemaValidCtxtPtr?

  /// The bundled `budget-1.3.xsd`, for copying next to exports or passing to
  /// `xmllint --schema`; looked up once per process, beside the executable first
  /// (`ResourceBundle`, without `Bundle.main`'s reading of its folder), then in the bundle.
  public static let schemaURL: URL =
    ResourceBundle.file("Schema/budget-1.3.xsd", inBundle: resourceBundleName)
    ?? Bundle.module.url(forResource: "budget-1.3", withExtension: "xsd", subdirectory: "Schema")
    ?? Bundle.module.bundleURL.appendingPathComponent("Schema/budget-1.3.xsd")

  /// The name SwiftPM gives this target's resource bundle.
  public static let resourceBundleName = "budget-etl_BudgetXML.resources"

  /// The bundled schema as an export file (`budget-1.3.xsd`, `application/xml`), read and
  /// hashed once per process; nil when it cannot be read.
  public static let schemaFile: ExportFile? = {
    guard let xsd = try? Data(contentsOf: schemaURL) else { return nil }
    return ExportFile(
      name: schemaURL.lastPathComponent, bytes: Array(xsd), mediaType: "application/xml")
  }()

  /// Loads and compiles the bundled schema.
  /// - Throws: `BudgetXMLError.schemaUnavailable` when the file is missing or does not compile.
  public init() throws {
    LibXML2.schemaLock.lock()
    defer { LibXML2.schemaLock.unlock() }
    LibXML2.prepareThread()
    let url = Self.schemaURL
    let bytes: [UInt8]
    do {
      bytes = [UInt8](try Data(contentsOf: url))
    } catch {
      throw BudgetXMLError.schemaUnavailable("cannot read \(url.path): \(error)")
    }
    let collector = IssueCollector()
    let compiled: xmlSchemaPtr? = bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress, let size = Int32(exactly: raw.count) else { return nil }
      guard
        let parser = xmlSchemaNewMemParserCtxt(
          base.assumingMemoryBound(to: CChar.self), size)
      else { return nil }
      defer { xmlSchemaFreeParserCtxt(parser) }
      xmlSchemaSetParserStructuredErrors(
        parser,
        { context, error in LibXML2.record(error.map { UnsafePointer($0) }, into: context) },
        collector.context)
      return LibXML2.collectingGlobalErrors(into: collector) { xmlSchemaParse(parser) }
    }
    guard let compiled else {
      let reasons = collector.issues.map(\.description).joined(separator: "; ")
      throw BudgetXMLError.schemaUnavailable(
        "\(url.lastPathComponent) does not compile" + (reasons.isEmpty ? "" : ": \(reasons)"))
    }
    schema = compiled
  }

  deinit {
    // Freed under the same lock as every other use of libxml2's schema code: a validator
    // released on one thread while another validates must not run beside it.
    LibXML2.schemaLock.lock()
    defer { LibXML2.schemaLock.unlock() }
    if let context { xmlSchemaFreeValidCtxt(context) }
    xmlSchemaFree(schema)
  }

  /// Checks that `bytes` are a well-formed XML document that conforms to every rule of the
  /// published schema.
  /// - Returns: Every error found, each with its line, ordered by line; an empty array when
  ///   the document is valid.
  ///
  /// A valid document is parsed once with the validator plugged into libxml2's SAX parser
  /// (`xmlSchemaValidateStream`: no tree is built); only when libxml2 finds a fault is the
  /// document parsed into a tree and validated again, for libxml2's issues with their lines.
  public func validate(_ bytes: [UInt8]) -> [XMLValidationIssue] {
    LibXML2.schemaLock.lock()
    defer { LibXML2.schemaLock.unlock() }
    LibXML2.prepareThread()
    if let doctype = XMLDoctype.issue(in: bytes) { return [doctype] }
    if streamIsValid(bytes) { return [] }
    // The stream validation that found a fault leaves libxml2 2.9.14's context pointing at
    // the parser context `xmlSchemaValidateStream` made and freed: the tree validation's
    // first error (`__xmlRaiseError` copying the input's file name) crashed on it, signal 11
    // in `xmlStrdup`, in about one full test run of five (gdb: `XMLSchemaValidatorTests`
    // validating an invalid document, no other thread in libxml2). So the tree is validated
    // with a fresh context, and that one is not reused after its faults either.
    discardContext()
    defer { discardContext() }
    let collector = IssueCollector()
    let document: xmlDocPtr? = bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress, raw.count > 0 else {
        collector.issues.append(XMLValidationIssue(line: 0, message: "The document is empty."))
        return nil
      }
      guard let size = Int32(exactly: raw.count) else {
        collector.issues.append(
          XMLValidationIssue(line: 0, message: "The document is too large for libxml2."))
        return nil
      }
      return LibXML2.collectingGlobalErrors(into: collector) {
        xmlReadMemory(
          base.assumingMemoryBound(to: CChar.self), size, "budget.xml", nil, Self.parseOptions)
      }
    }
    guard let document else {
      if collector.issues.isEmpty {
        collector.issues.append(XMLValidationIssue(line: 0, message: "The document is not XML."))
      }
      return collector.issues
    }
    defer { xmlFreeDoc(document) }
    if let subset = document.pointee.intSubset {  // a DOCTYPE the byte scan missed (UTF-16)
      return [XMLDoctype.issue(line: 1, declaresEntities: subset.pointee.entities != nil)]
    }
    if !collector.issues.isEmpty { return collector.issues }
    return validate(document: document, into: collector)
  }

  /// Checks that a document tree built in memory conforms to the schema, without serializing
  /// or parsing it. A tree built in memory has no source lines, so the issues' lines are 0:
  /// callers that report issues re-validate the serialized bytes with `validate(_:)`.
  /// - Returns: Every error libxml2 reported; an empty array when the document is valid.
  func validate(document: xmlDocPtr) -> [XMLValidationIssue] {
    LibXML2.prepareThread()
    return validate(document: document, into: IssueCollector())
  }

  /// Whether `bytes` are a well-formed document that conforms to the schema, in one SAX pass
  /// with the validator plugged in (no tree). The parser context is libxml2's default: no
  /// DTD is loaded and no entity is substituted (and the SAX handler declares none), so
  /// nothing external is read. The errors only decide the answer: a false answer is followed
  /// by the tree validation, which reports them with their lines.
  private func streamIsValid(_ bytes: [UInt8]) -> Bool {
    guard !bytes.isEmpty, Int32(exactly: bytes.count) != nil else { return false }
    let valid = withContext { context in
      bytes.withUnsafeBytes { raw -> Bool in
        // Read through a callback, a few KB at a time, as from a file: libxml2 keeps only
        // the window it parses (xmlParserInputBufferCreateMem copied the whole document
        // into fresh memory on every call, page faults included). The parser context that
        // xmlSchemaValidateStream makes frees the input buffer; the reader outlives it.
        let reader = ByteReader(raw)
        guard
          let input = xmlParserInputBufferCreateIO(
            ByteReader.read, ByteReader.close, reader.context, XML_CHAR_ENCODING_NONE)
        else { return false }
        let silent = IssueCollector()
        let ok = LibXML2.collectingGlobalErrors(into: silent) {
          xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil) == 0
        }
        return withExtendedLifetime(reader) { ok && silent.issues.isEmpty }
      }
    }
    return valid ?? false
  }

  /// Runs `body` with the reused validation context, under the lock; nil when libxml2
  /// cannot create a context.
  private func withContext<R>(_ body: (xmlSchemaValidCtxtPtr) -> R) -> R? {
    lock.lock()
    defer { lock.unlock() }
    if context == nil {
      context = xmlSchemaNewValidCtxt(schema)
      // No options: in particular not XML_SCHEMA_VAL_VC_I_CREATE, which would add defaulted
      // attributes to the instance.
      if let context { xmlSchemaSetValidOptions(context, 0) }
    }
    return context.map(body)
  }

  /// Frees the reused validation context; the next validation makes a fresh one.
  private func discardContext() {
    lock.lock()
    defer { lock.unlock() }
    if let context { xmlSchemaFreeValidCtxt(context) }
    context = nil
  }

  private func validate(document: xmlDocPtr, into collector: IssueCollector) -> [XMLValidationIssue]
  {
    withContext { context in validate(document: document, context: context, into: collector) }
      ?? [XMLValidationIssue(line: 0, message: "libxml2 could not create a validation context.")]
  }

  private func validate(
    document: xmlDocPtr, context: xmlSchemaValidCtxtPtr, into collector: IssueCollector
  ) -> [XMLValidationIssue] {
    xmlSchemaSetValidStructuredErrors(
      context,
      { context, error in LibXML2.record(error.map { UnsafePointer($0) }, into: context) },
      collector.context)
    defer { xmlSchemaSetValidStructuredErrors(context, nil, nil) }
    let result = LibXML2.collectingGlobalErrors(into: collector) {
      xmlSchemaValidateDoc(context, document)
    }
    if result != 0 && collector.issues.isEmpty {
      collector.issues.append(
        XMLValidationIssue(line: 0, message: "Schema validation failed (libxml2 code \(result))."))
    }
    return collector.issues
  }

  /// `XML_PARSE_NONET` (never fetch anything) and `XML_PARSE_BIG_LINES` (true line numbers
  /// past 65535); deliberately without `XML_PARSE_NOENT` and `XML_PARSE_DTDLOAD`, so no
  /// external entity is resolved.
  private static let parseOptions = Int32(
    bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
}
