import ArgumentParser
import BudgetETL
import BudgetExtract
import BudgetLoad
import BudgetTransform
import Foundation

/// Options shared by the commands that run the pipeline.
struct PipelineArguments: ParsableArguments {
  @Option(help: "Input encoding (default: detect; shift_jis is taken for cp932).")
  var encoding: InputDecoder.Encoding?

  @Option(help: "Folder of the mapping tables (default: the project's Mappings/).")
  var mappings: String?

  @Option(help: "CSV encoding (utf-8-bom or cp932 for Excel on Windows).")
  var csvEncoding: CSVEncoding = .utf8

  @Option(help: "Base IRI of the linked-data identifiers.")
  var baseIRI: String = CSVExporter.defaultBaseIRI

  @Option(
    help:
      "The organization (a code of Mappings/organizations.tsv) when a document does not name it.")
  var organization: String?

  @Option(help: "The fiscal year (Gregorian, e.g. 2008) when a document does not print it.")
  var fiscalYear: Int?

  @Option(
    help:
      "The phase (request, proposal, enacted, supplementary-N; supplementary-N-request for a request for it) when a document does not print it."
  )
  var phase: String?

  @Option(
    help: ArgumentHelp(
      "Wall time in seconds that pdftotext may take for one PDF before that PDF fails.",
      valueName: "seconds"))
  var pdfTimeout: Double = PDFTextConverter.Limits.standard.seconds

  @Option(
    help: ArgumentHelp(
      "Memory (address space) in megabytes that pdftotext may use for one PDF before that PDF fails.",
      valueName: "mb"))
  var pdfMemoryMb: Double = Double(PDFTextConverter.Limits.standard.memoryBytes / 1_048_576)

  func validate() throws {
    guard pdfTimeout > 0 else { throw ValidationError("--pdf-timeout must be positive") }
    guard pdfMemoryMb >= 32 else {
      throw ValidationError("--pdf-memory-mb must be at least 32 (pdftotext needs that to start)")
    }
  }

  /// The PDF limits of the options; the text limit is the input limit (`limitBytes`).
  func pdfLimits(textBytes: Int = InputReader.defaultLimit) -> PDFTextConverter.Limits {
    PDFTextConverter.Limits(
      seconds: min(pdfTimeout, 86_400), memoryBytes: Int(min(pdfMemoryMb, 1_048_576) * 1_048_576),
      textBytes: textBytes)
  }

  func pipeline() throws -> Pipeline {
    var options = Pipeline.Options()
    options.pdfLimits = pdfLimits()
    options.inputEncoding = encoding
    options.csvEncoding = csvEncoding
    guard baseIRI.hasSuffix("/") || baseIRI.hasSuffix("#"), URL(string: baseIRI)?.scheme != nil
    else {
      throw ValidationError("--base-iri must be an absolute IRI ending in / or #")
    }
    options.baseIRI = baseIRI
    options.overrides = IdentityOverrides(
      organization: organization, fiscalYear: fiscalYear, phase: phase)
    return try Pipeline(
      mappingsDirectory: ResourceLocator.mappingsDirectory(mappings), options: options)
  }
}

/// Writes a line to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
