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
  ///
  /// The report is published in the catalog's batch (`AtomicBatch`: synced with it, renamed
  /// last, its folder synced once with the catalog's; issue #24) when the catalog, the pages
  /// and the archive all succeed, as the report then records no error of theirs; otherwise,
  /// or when that batch fails, it is written on its own afterwards, with the error.
  func writeRunFiles(_ report: inout RunReport) {
    let out = options.outputDirectory
    let url = out.appendingPathComponent("run-report.json")
    let before = report
    var published = false
    do {
      published = try writeCatalog(out) { (try? Self.reportBytes(before)).map { ($0, url) } }
    } catch {
      report.runErrors.append(FailureText.of(error))
      logger.error("\(FailureText.of(error))")
    }
    if published { return }
    do {
      try ExportPublisher.writeAtomically(try Self.reportBytes(report), to: url)
    } catch {
      let removed =
        unlink(url.path) == 0
        ? "; the previous run's report was removed so that it is not taken for this run's" : ""
      let message = FailureText.of(error) + removed
      report.runErrors.append(message)
      logger.error("\(message)")
    }
  }

  /// `run-report.json`'s bytes: pretty-printed, keys sorted, a final newline.
  static func reportBytes(_ report: RunReport) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(report)) + [0x0A]
  }
}
