import ArgumentParser

/// `budget-etl`: Japanese government budget overviews to CSV, JSON-LD and XML.
struct BudgetETLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "budget-etl",
    abstract: "Turn Japanese government budget overview documents into open data.",
    subcommands: [ExtractCommand.self],
    defaultSubcommand: nil)
}
