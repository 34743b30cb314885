import BudgetLoad
import BudgetModel

/// `catalog.jsonld`: the DCAT-AP description of every file written before it, in every
/// export; its own hash is in the manifest.
struct CatalogFormat: ExportFormat {
  let name = "catalog"
  let stage = ExportStage.last

  static let description = FileDescription("DCAT-AP (JSON-LD)", audience: "データポータル")
  let described = [DCATExporter.fileName: Self.description]
  let laterFiles = [
    LaterFile(DCATExporter.fileName, Self.description, recordedIn: ManifestWriter.fileName)
  ]

  func files(in context: ExportContext) throws -> [ExportFile] {
    try DCATExporter.files(
      for: context.document, dataFiles: context.writtenFiles, baseIRI: context.options.baseIRI)
  }
}
