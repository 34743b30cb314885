import BudgetModel
import Foundation

/// Writes a `BudgetDocument` as `budget.xml`, conforming to the budget schema
/// `Schema/budget-1.3.xsd` (namespace `urn:budget-etl:schema:budget:1.3`).
///
/// The XML is written straight into one byte buffer (`XMLByteWriter`, in the layout of
/// libxml2's serializer: UTF-8, indented by two spaces, deterministic — elements in model
/// order, attributes in a fixed order), then validated against the bundled schema in one SAX
/// pass. An exporter never hands on a file that `xmllint --schema budget-1.3.xsd` would reject.
public struct XMLExporter: Sendable {
  /// The schema's target namespace; the version is part of it.
  public static let namespace = "urn:budget-etl:schema:budget:1.3"
  /// The value of the root's `schemaVersion` attribute.
  public static let schemaVersion = "1.3"
  /// The name of the file `files(for:)` returns.
  public static let fileName = "budget.xml"
  /// The media type of the file `files(for:)` returns.
  public static let mediaType = "application/xml"

  public init() {}

  /// Writes `document` and validates the result against the schema.
  /// - Returns: One file, `budget.xml`, of media type `application/xml`.
  /// - Throws: `BudgetXMLError.writerFailed` when libxml2 cannot write a value,
  ///   `BudgetXMLError.schemaUnavailable` when the schema cannot be loaded, and
  ///   `BudgetXMLError.invalidDocument` (with line numbers) when the written XML does not
  ///   conform, for example because an item's parent id names no item.
  public func files(for document: BudgetDocument) throws -> [ExportFile] {
    // Written straight into one buffer, then parsed once with the validator plugged into the
    // SAX parser (no tree); only an invalid document is parsed again, into a tree, for issues
    // with line numbers (see `XMLSchemaValidator.validate(_:)`).
    let bytes = try xmlBytes(for: document)
    let issues = try Self.validators.withValidator { try $0.get().validate(bytes) }
    guard issues.isEmpty else { throw BudgetXMLError.invalidDocument(issues) }
    return [ExportFile(name: Self.fileName, bytes: bytes, mediaType: Self.mediaType)]
  }

  /// Writes `document` as XML without validating it.
  /// - Throws: `BudgetXMLError.writerFailed` when a value cannot be written in XML 1.0.
  public func xmlBytes(for document: BudgetDocument) throws -> [UInt8] {
    let writer = XMLByteWriter()
    try write(document, to: writer)
    return writer.bytes
  }

  /// The root element and its content.
  func write(_ document: BudgetDocument, to output: some XMLOutput) throws {
    try output.startElement("budget-document")
    try output.attribute("xmlns", Self.namespace)
    try output.attribute("schemaVersion", Self.schemaVersion)
    try output.attribute("id", document.info.id)
    try writeInfo(document.info, to: output)
    try writeItems(document.items, to: output)
    try writeExpenses(document.expenses, to: output)
    try writeSummary(document.summary, to: output)
    try writeFilp(document.filp, to: output)
    try writeFindings(document.findings, to: output)
    try output.endElement()
  }

  /// Compiled schemas shared by every exporter: one per concurrently validating thread, so
  /// parallel documents do not queue behind one validator's lock.
  private static let validators = ValidatorPool()
}

/// A pool of `XMLSchemaValidator`s: a thread takes one (compiling a new one only when all
/// are in use), validates, and gives it back. The first compilation's failure is kept and
/// returned to every caller, as the single shared validator did.
///
/// `@unchecked`: `idle` and `failure` are read and written only under `lock`, which the
/// compiler cannot relate to them; the validators it hands out are used by one thread at a time.
final class ValidatorPool: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [XMLSchemaValidator] = []
  private var failure: BudgetXMLError?

  func withValidator<R>(_ body: (Result<XMLSchemaValidator, BudgetXMLError>) throws -> R) rethrows
    -> R
  {
    lock.lock()
    if let failure {
      lock.unlock()
      return try body(.failure(failure))
    }
    let taken = idle.popLast()
    lock.unlock()
    let validator: XMLSchemaValidator
    if let taken {
      validator = taken
    } else {
      do {
        validator = try XMLSchemaValidator()
      } catch {
        let failure = (error as? BudgetXMLError) ?? .schemaUnavailable("\(error)")
        lock.lock()
        self.failure = failure
        lock.unlock()
        return try body(.failure(failure))
      }
    }
    defer {
      lock.lock()
      idle.append(validator)
      lock.unlock()
    }
    return try body(.success(validator))
  }
}
