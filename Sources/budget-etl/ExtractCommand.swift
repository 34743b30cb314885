import ArgumentParser
import BudgetETL
import BudgetExtract
import Foundation

/// `budget-etl extract INPUT`: the extract stage's records as JSON lines.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "Print the extracted records of one input as JSON lines.")

  @Argument(help: "The input text file, or - for standard input.")
  var input: String

  @Option(help: "Input encoding: utf-8, utf-8-bom, utf-16, cp932 (default: detect).")
  var encoding: String?

  func run() throws {
    let bytes = try InputReader.read(input)
    let enc = try encoding.map { name -> InputDecoder.Encoding in
      guard let e = InputDecoder.Encoding(name: name) else { throw ValidationError("unknown encoding \(name)") }
      return e
    }
    let doc = try Extractor().extract(bytes: bytes, sourceName: input, encoding: enc)
    for line in try JSONLines.lines(for: doc) { print(line) }
  }
}
