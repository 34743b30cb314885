import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How a run turns failures into messages that name the input, and how it finishes (catalog,
/// run report) even when the disk is full.
extension BatchRunner {
  /// Creates the output folder, or says in words why it cannot be used.
  static func prepareOutputFolder(_ out: URL) throws {
    var info = stat()
    if stat(out.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
      throw BudgetETLError.outputFolderUnusable(
        path: out.path, reason: "it is a file, not a folder")
    }
    do {
      try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    } catch {
      throw BudgetETLError.outputFolderUnusable(path: out.path, reason: FailureText.reason(error))
    }
  }

  /// A write or publish failure of one input's export, naming the input and the file.
  static func exportError(_ error: any Error, input: String) -> any Error {
    switch error {
    case BudgetETLError.writeFailed(let path, let reason),
      BudgetETLError.publishFailed(let path, let reason):
      BudgetETLError.exportFailed(input: input, path: path, reason: reason)
    default: error
    }
  }

  /// Writes `catalog.jsonld` and `run-report.json`. A failure (a full disk) is recorded in the
  /// report and logged, never thrown: the run still ends with its summary. When the report
  /// itself cannot be written, the previous run's report is removed so that it is not taken
  /// for this run's.
  func writeRunFiles(_ report: inout RunReport) {
    let out = options.outputDirectory
    do {
      try writeCatalog(out)
    } catch {
      report.runErrors.append(FailureText.of(error))
      logger.error("\(FailureText.of(error))")
    }
    let url = out.appendingPathComponent("run-report.json")
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try ExportPublisher.writeAtomically(Array(try encoder.encode(report)) + [0x0A], to: url)
    } catch {
      let removed =
        unlink(url.path) == 0
        ? "; the previous run's report was removed so that it is not taken for this run's" : ""
      let message = FailureText.of(error) + removed
      report.runErrors.append(message)
      logger.error("\(message)")
    }
  }
}
