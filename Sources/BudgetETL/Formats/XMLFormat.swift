import BudgetLoad
import BudgetModel
import BudgetXML
import Foundation

/// `budget.xml`, validated, and a copy of the schema it conforms to; checks an export's XML
/// against the bundled schema.
struct XMLFormat: ExportFormat {
  let name = "xml"

  var described: [String: FileDescription] {
    var described = [XMLExporter.fileName: FileDescription("XML", audience: "システム連携")]
    if let schema = XMLSchemaValidator.schemaFile {
      described[schema.name] = FileDescription("XML Schema", audience: "システム連携")
    }
    return described
  }

  func files(in context: ExportContext) throws -> [ExportFile] {
    try XMLExporter().files(for: context.document)
      + (XMLSchemaValidator.schemaFile.map { [$0] } ?? [])
  }

  var folderCheck: FolderCheck? {
    { folder in
      let path = (folder as NSString).appendingPathComponent(XMLExporter.fileName)
      return FileManager.default.fileExists(atPath: path) ? Self.check(path) : []
    }
  }

  /// The schema, loaded once per process.
  private static let validator = Result { try XMLSchemaValidator() }

  /// `path` against the bundled schema.
  static func check(_ path: String) -> [String] {
    let validator: XMLSchemaValidator
    do {
      validator = try Self.validator.get()
    } catch {
      return ["\(path): cannot check against the schema: \(FailureText.of(error))"]
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return ["\(path): cannot read"]
    }
    return validator.validate(Array(data)).map { "\(path):\($0.line): \($0.message)" }
  }
}
