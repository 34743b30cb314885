import ArgumentParser
import BudgetETL
import Foundation

/// `budget-etl transform INPUT`: the transform stage's records as JSON lines.
struct TransformCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transform", abstract: "Print the transformed records of one input as JSON lines.")

  @Argument(help: "The input text file, or - for standard input.")
  var input: String

  @Flag(help: "Exit 1 when reconciliation finds warnings.")
  var strict = false

  @OptionGroup var pipelineArguments: PipelineArguments

  func run() throws {
    let pipeline = try pipelineArguments.pipeline()
    let document = try pipeline.transform(bytes: try InputReader.read(input), sourceName: input)
    for line in try JSONLines.lines(for: document) { print(line) }
    let warnings = document.findings.filter { $0.severity == .warning }
    for f in warnings {
      printError(
        "\(input):\(f.lines.map(String.init).joined(separator: ",")): warning: \(f.message)")
    }
    if strict && !warnings.isEmpty { throw ExitCode(1) }
  }
}
