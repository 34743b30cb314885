import ArgumentParser
import BudgetETL
import Foundation

// Exit codes: 0 success, 1 a document failed, 2 bad usage, 3 lock held (see RunExitCode).
do {
  var command = try BudgetETLCommand.parseAsRoot()
  try command.run()
} catch {
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
