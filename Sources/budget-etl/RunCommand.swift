import ArgumentParser
import BudgetETL
import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// `budget-etl run`: all stages over files, folders or standard input, published atomically.
struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Extract, transform and export documents (default: the bundled sample).",
    discussion: """
      Exit codes: 0 all documents exported or unchanged; 1 some document failed (or had \
      warnings, with --strict, or the run report could not be written); 2 bad usage; 3 another \
      run holds the output folder's lock; 4 the output folder cannot be created or used.
      """)

  @Argument(help: "Input files, folders (searched recursively) or - for standard input.")
  var inputs: [String] = []

  @Option(help: "Output folder.")
  var out: String = "Exports"

  @Option(
    help:
      "File-name globs for inputs found in folders, separated by commas (text and PDF by default).")
  var include: String = InputCollector.defaultInclude

  @Flag(help: "Re-export documents even when input, mappings and tool are unchanged.")
  var force = false

  @Flag(help: "Remove exports whose document is no longer among the inputs.")
  var prune = false

  @Flag(help: "Treat reconciliation warnings as failures.")
  var strict = false

  // Unconditional: `--jobs -1` reaches validate() and gets its message, not "missing value".
  @Option(
    parsing: .unconditional, help: "Documents processed in parallel (default: the number of cores)."
  )
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Wait up to SECONDS for another run's lock instead of exiting at once.")
  var wait: Double = 0

  @Option(
    help:
      "Inputs larger than this many megabytes fail at once (runaway files must not stall a run).")
  var maxInputMb: Double = 20

  @Option(
    help: "Process only shard K of N (by content hash), e.g. 0/4; JOB_COMPLETION_INDEX fills K.")
  var shard: String?

  @Option(
    help:
      "Formats to write, comma-separated: \(ExportFormats.choices.joined(separator: ",")) (default: all); the metadata describing them is always written. archive is budget.sqlite, all/ and metadata.json over every document of the output folder; a run without it removes an archive the run made stale (budget-etl catalog rebuilds it)."
  )
  var formats: String?

  @OptionGroup var pipelineArguments: PipelineArguments
  @OptionGroup var logging: LoggingArguments

  func validate() throws {
    guard jobs >= 1 else {
      throw ValidationError(
        "--jobs must be at least 1 (got \(jobs)); it is the number of documents processed in parallel"
      )
    }
    guard wait >= 0 else { throw ValidationError("--wait must not be negative") }
    guard maxInputMb > 0 else { throw ValidationError("--max-input-mb must be positive") }
    if let shard { _ = try Self.parseShard(shard) }
    do {
      _ = try formats.map(ExportFormats.named)
    } catch {
      throw ValidationError(FailureText.of(error))  // the unknown format, named
    }
  }

  static func parseShard(_ text: String) throws -> (Int, Int) {
    let parts = text.split(separator: "/").map(String.init)
    var k = parts.first.flatMap { Int($0) }
    if parts.first == "" || parts.first == "$JOB_COMPLETION_INDEX" || parts.count == 2 && k == nil {
      k = ProcessInfo.processInfo.environment["JOB_COMPLETION_INDEX"].flatMap { Int($0) }
    }
    guard parts.count == 2, let index = k, let count = Int(parts[1]), count >= 1,
      (0..<count).contains(index)
    else {
      throw ValidationError(
        "--shard must be K/N with 0 <= K < N (or /N with JOB_COMPLETION_INDEX set)")
    }
    return (index, count)
  }

  /// The run's options and pipeline, from the arguments.
  func configuration() throws -> (BatchRunner.Options, Pipeline) {
    var pipeline = try pipelineArguments.pipeline()
    let paths = inputs.isEmpty ? [try ResourceLocator.sample().path] : inputs
    var options = BatchRunner.Options(inputs: paths, outputDirectory: URL(fileURLWithPath: out))
    if let formats {
      pipeline.options.formats = try ExportFormats.named(formats)
      options.archive = ExportFormats.namesArchive(formats)
    }
    options.include = include
    options.force = force
    options.prune = prune
    options.strict = strict
    options.jobs = jobs
    options.waitSeconds = wait
    options.maxInputBytes = Int(min(maxInputMb, 1_000_000) * 1_048_576)
    pipeline.options.pdfLimits = pipelineArguments.pdfLimits(textBytes: options.maxInputBytes)
    if let shard { options.shard = try Self.parseShard(shard) }
    return (options, pipeline)
  }

  func run() async throws {
    let logger = logging.bootstrap()
    let (options, pipeline) = try configuration()
    // Progress goes through a stream to one task that draws the bar (the newest state only).
    let showsProgress =
      isatty(STDERR_FILENO) == 1 && !logging.quiet && logging.logFormat == .text
    let (updates, continuation) = AsyncStream.makeStream(
      of: BatchRunner.Progress.self, bufferingPolicy: .bufferingNewest(1))
    let bar = Task {
      let bar = ProgressBar()
      for await update in updates { bar.update(update) }
    }
    let draw: @Sendable (BatchRunner.Progress) -> Void = { continuation.yield($0) }
    let runner = BatchRunner(
      options: options, pipeline: pipeline, logger: logger, progress: showsProgress ? draw : nil)
    let report: RunReport
    do {
      defer { continuation.finish() }
      report = try await runner.run()
    } catch BudgetETLError.lockHeld(let path) {
      let holder =
        OutputLock(directory: URL(fileURLWithPath: out)).holderPID().map { " (pid \($0))" } ?? ""
      let waited = wait > 0 ? " for \(wait.formatted()) s" : ""
      let message =
        "another budget-etl run holds the lock \(path)\(holder); waited\(waited.isEmpty ? " not at all" : waited); try again later or pass --wait SECONDS"
      if logging.logFormat == .json {
        logger.error(
          "\(message)", metadata: ["exitCode": "\(RunExitCode.lockHeld)", "lock": "\(path)"])
      } else {
        printError("budget-etl: \(message)")
      }
      throw ExitCode(RunExitCode.lockHeld)
    } catch let error as BudgetETLError {
      guard case .outputFolderUnusable = error else { throw error }
      if logging.logFormat == .json {
        logger.error(
          "\(FailureText.of(error))", metadata: ["exitCode": "\(RunExitCode.outputUnusable)"])
      } else {
        printError("budget-etl: \(FailureText.of(error))")
      }
      throw ExitCode(RunExitCode.outputUnusable)
    }
    await bar.value
    if showsProgress { printErrorRaw("\n") }  // below the bar
    if logging.logFormat == .json {
      logSummary(report, logger: logger)
    } else if !logging.quiet {
      printSummary(report)
    }
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }

  func counts(_ report: RunReport) -> (exported: Int, skipped: Int, failed: [RunReport.Document]) {
    (
      report.documents.filter { $0.status == .exported }.count,
      report.documents.filter { $0.status == .skipped }.count,
      report.documents.filter { $0.status == .failed }
    )
  }

  /// The one-screen summary for people (cron mail, a terminal).
  func printSummary(_ report: RunReport) {
    let (exported, skipped, failed) = counts(report)
    printError(
      "budget-etl: \(exported) exported, \(skipped) unchanged, \(failed.count) failed → \(out)")
    for d in report.documents
    where d.status == .exported && (d.warnings > 0 || d.unrecognizedLines > 0) {
      let lines =
        d.firstUnrecognizedLines.isEmpty
        ? ""
        : " (line\(d.unrecognizedLines > 1 ? "s" : "") \(d.firstUnrecognizedLines.map(String.init).joined(separator: ", "))\(d.unrecognizedLines > d.firstUnrecognizedLines.count ? ", …" : ""))"
      printError(
        "  \(d.documentId ?? d.input): \(d.warnings) warning(s), \(d.unrecognizedLines) unrecognized line(s)\(lines); see validation-report.txt"
      )
    }
    // Each failed input by its path, then the cause (`FailureText` puts the path first).
    for failure in failed.compactMap(\.failure) {
      printError("  FAILED \(FailureText.of(failure))")
    }
    for problem in report.runErrors { printError("  ERROR \(problem)") }
    if !report.notInInputs.isEmpty {
      printError(
        "  not among the inputs (kept; --prune removes): \(report.notInInputs.joined(separator: ", "))"
      )
    }
    if !report.pruned.isEmpty { printError("  pruned: \(report.pruned.joined(separator: ", "))") }
  }

  /// The summary as one JSON log line (stderr stays one JSON object per line).
  func logSummary(_ report: RunReport, logger: Logger) {
    let (exported, skipped, failed) = counts(report)
    let metadata: Logger.Metadata = [
      "exported": "\(exported)", "skipped": "\(skipped)", "failed": "\(failed.count)",
      "out": "\(out)",
      "failedInputs": .array(failed.map { .string($0.input) }),
      "notInInputs": .array(report.notInInputs.map { .string($0) }),
      "pruned": .array(report.pruned.map { .string($0) }),
      "runErrors": .array(report.runErrors.map { .string($0) }),
      "exitCode": "\(report.exitCode)",
    ]
    let message: Logger.Message =
      "\(exported) exported, \(skipped) unchanged, \(failed.count) failed → \(out)"
    if failed.isEmpty && report.runErrors.isEmpty {
      logger.notice(message, metadata: metadata)
    } else {
      logger.error(message, metadata: metadata)
    }
  }
}

/// A one-line progress bar on a terminal (only drawn there, never in cron mail); owned by the
/// one task that reads the run's progress.
struct ProgressBar {
  let started = Date()

  func update(_ progress: BatchRunner.Progress) {
    let (done, total) = (progress.done, progress.total)
    guard total > 0 else { return }
    let width = 30
    let filled = width * done / total
    let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    printErrorRaw("\r[\(bar)] \(done)/\(total) \(String(format: "%.1f", rate)) docs/s")
  }
}

func printErrorRaw(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}
