import ArgumentParser
import BudgetETL
import BudgetExtract
import BudgetLoad
import Foundation

/// Options shared by the commands that run the pipeline.
struct PipelineArguments: ParsableArguments {
  @Option(help: "Input encoding: utf-8, utf-8-bom, utf-16, cp932/shift_jis (default: detect).")
  var encoding: String?

  @Option(help: "Folder of the mapping tables (default: the project's Mappings/).")
  var mappings: String?

  @Option(help: "CSV encoding: utf-8, utf-8-bom (Excel on Windows), cp932.")
  var csvEncoding: String = "utf-8"

  @Option(help: "Base IRI of the linked-data identifiers.")
  var baseIRI: String = CSVExporter.defaultBaseIRI

  func pipeline() throws -> Pipeline {
    var options = Pipeline.Options()
    if let encoding {
      guard let e = InputDecoder.Encoding(name: encoding) else {
        throw ValidationError("unknown input encoding '\(encoding)'; use utf-8, utf-8-bom, utf-16 or cp932")
      }
      options.inputEncoding = e
    }
    guard let csv = CSVEncoding(rawValue: csvEncoding.lowercased()) else {
      throw ValidationError("unknown CSV encoding '\(csvEncoding)'; use utf-8, utf-8-bom or cp932")
    }
    options.csvEncoding = csv
    guard baseIRI.hasSuffix("/") || baseIRI.hasSuffix("#"), URL(string: baseIRI)?.scheme != nil else {
      throw ValidationError("--base-iri must be an absolute IRI ending in / or #")
    }
    options.baseIRI = baseIRI
    return try Pipeline(mappingsDirectory: ResourceLocator.mappingsDirectory(mappings), options: options)
  }
}

/// Writes a line to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
