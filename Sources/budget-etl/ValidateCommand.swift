import ArgumentParser
import BudgetETL
import Foundation

/// `budget-etl validate PATH…`: checks existing exports with every format that can check its
/// files (`ExportFormats.validating`) and exits non-zero with file:line messages on failure.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Validate existing exports (XML files or export folders).",
    discussion: "An export folder is checked by each of: "
      + ExportFormats.validating.map(\.name).joined(separator: ", ") + ".")

  @Argument(help: "budget.xml files or export folders.")
  var paths: [String]

  func run() throws {
    let problems = try ExportValidator().validate(paths: paths)
    for p in problems { printError(p) }
    if !problems.isEmpty { throw ExitCode(1) }
    print("\(paths.count) path(s) valid")
  }
}
