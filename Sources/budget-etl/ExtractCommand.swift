import ArgumentParser
import BudgetETL
import Foundation

/// `budget-etl extract INPUT`: the extract stage's records as JSON lines.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "Print the extracted records of one input as JSON lines.")

  @Argument(help: "The input text file, or - for standard input.")
  var input: String

  @OptionGroup var pipelineArguments: PipelineArguments

  func run() throws {
    let pipeline = try pipelineArguments.pipeline()
    let document = try pipeline.extract(bytes: try InputReader.read(input), sourceName: input)
    for line in try JSONLines.lines(for: document) { print(line) }
    for d in document.diagnostics {
      printError("\(input):\(d.span.line): \(d.kind.rawValue): \(d.message): \(d.text)")
    }
  }
}
