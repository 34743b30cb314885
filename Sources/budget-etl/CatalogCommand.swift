import ArgumentParser
import BudgetETL
import BudgetLoad
import Foundation

/// `budget-etl catalog DIR`: rebuilds the top-level catalog from per-document manifests, so
/// shards written by separate workers merge without coordination.
struct CatalogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "catalog",
    abstract: "Rebuild DIR/catalog.jsonld and DIR/index.html from the manifests under DIR.")

  @Argument(help: "An output folder of budget-etl run.")
  var directory: String

  @Option(help: "Base IRI of the linked-data identifiers.")
  var baseIRI: String = CSVExporter.defaultBaseIRI

  func run() throws {
    try BatchRunner.writeCatalog(URL(fileURLWithPath: directory), baseIRI: baseIRI)
  }
}
