import ArgumentParser
import BudgetETL
import BudgetExtract
import Foundation

// Freed memory kept for the next document instead of faulted in again (MemorySettings).
MemorySettings.keepFreedMemory()
// A stopped run (SIGTERM, SIGINT, SIGHUP) kills the pdftotext it runs before it ends.
ChildProcess.prepareSignals()

// Exit codes: 0 success, 1 a document failed, 2 bad usage, 3 lock held, 4 output folder
// unusable (see RunExitCode).
var command: any ParsableCommand
do {
  // `run` with `run` as the root; anything else (and every error) by the full parser.
  command = try QuickRunParse.command(CommandLine.arguments) ?? BudgetETLCommand.parseAsRoot()
} catch {
  reportUsage(error)
}
do {
  // `run` is asynchronous (its documents are processed in a task group); the others are not.
  if let asynchronous = command as? any AsyncParsableCommand {
    try await runAsynchronously(asynchronous)
  } else {
    try command.run()
  }
} catch let error as ExitCode {
  exit(error.rawValue)
} catch let error as ValidationError {
  reportUsage(error)
} catch  where BudgetETLCommand.exitCode(for: error) == .success {
  // `run --help` and the like: parseAsRoot returns a help command whose run() throws the
  // help request, which ArgumentParser prints with exit code 0.
  reportUsage(error)
} catch {
  // The tool's own errors and Foundation's, as one sentence naming the input and the cause.
  printError("budget-etl: \(FailureText.of(error))")
  exit(RunExitCode.someFailed)
}

/// Runs a command's `async` `run()` (not the synchronous one every command also has).
func runAsynchronously(_ command: some AsyncParsableCommand) async throws {
  var command = command
  try await command.run()
}

/// Argument parsing errors, help and version: ArgumentParser's text and exit code (64 → 2).
func reportUsage(_ error: any Error) -> Never {
  let message = BudgetETLCommand.fullMessage(for: error)
  var code = BudgetETLCommand.exitCode(for: error).rawValue
  if code == 64 { code = RunExitCode.usage }  // EX_USAGE → our documented 2
  if code == 0 {
    if !message.isEmpty { print(message) }
  } else if !message.isEmpty {
    printError(message)
  }
  exit(code)
}

/// `budget-etl run …`, the deployed path, parsed with `run` as the root command (issue #24,
/// branch `perf9`). The full parser (`BudgetETLCommand.parseAsRoot`) first builds the tree of
/// all six commands — each one's configuration, the root's built-in flags — by run-time
/// reflection: a fixed cost of every process (Docs/performance.md, "The sample's start to
/// exit"). Only a plain `RunCommand` (options read and `validate()` passed) is taken from here;
/// help, version, completion scripts, every error and anything else give nil and are parsed
/// again by the full parser, so messages, exit codes and the usage line stay its own.
enum QuickRunParse {
  static func command(_ arguments: [String]) -> RunCommand? {
    guard arguments.count >= 2, arguments[1] == "run" else { return nil }
    let rest = Array(arguments.dropFirst(2))
    // The root's --version is a built-in flag anywhere in the line: the full parser's to answer.
    guard !rest.contains("--version") else { return nil }
    return (try? RunCommand.parseAsRoot(rest)) as? RunCommand
  }
}
