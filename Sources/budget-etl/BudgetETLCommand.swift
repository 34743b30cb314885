import ArgumentParser
import BudgetETL

/// `budget-etl`: Japanese government budget overviews to CSV, JSON-LD and XML.
struct BudgetETLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "budget-etl",
    abstract: "Turn Japanese government budget overview documents into open data.",
    version: ToolInfo.version,
    subcommands: [
      RunCommand.self, ExtractCommand.self, TransformCommand.self, ValidateCommand.self,
      CatalogCommand.self, BenchStagesCommand.self,
    ],
    defaultSubcommand: nil)
}
