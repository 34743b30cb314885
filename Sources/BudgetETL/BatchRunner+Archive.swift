import BudgetArchive
import Foundation

/// The archive (`budget.sqlite`, `all/`, `metadata.json`) as a product of its own: rebuilt by
/// a run whose formats name it and by `budget-etl catalog`, and never left stale by a run that
/// does not rebuild it (issue #24).
public enum ArchiveMode: Sendable {
  /// Built again from every document folder (`catalog`, a run with `archive` among its formats).
  case rebuild
  /// Listed as it is when its record describes it, removed when not; never built.
  case keep
}

extension BatchRunner {
  /// The archive's files for the catalog: rebuilt, or kept as recorded. A failed rebuild
  /// removes what the old archive left (it no longer matches the documents) and rethrows.
  static func archiveFiles(_ out: URL, _ mode: ArchiveMode, threads: Int) throws
    -> [Archive.PublishedFile]
  {
    switch mode {
    case .rebuild:
      do {
        return try Archive.build(root: out, threads: threads).files
      } catch {
        try? Archive.remove(root: out)
        throw error
      }
    case .keep:
      switch Archive.presence(root: out) {
      case .absent: return []
      case .described(let files): return files
      case .undescribed:
        try Archive.remove(root: out)
        return []
      }
    }
  }

  /// Before a run that does not rebuild the archive changes the document folders (`changed`
  /// exports about to be published, or a prune): the archive would describe documents that are
  /// no longer those of the folder, so it is removed first, and the run says so and how to
  /// rebuild it. An archive whose record is missing is removed too (it cannot be listed).
  func withdrawArchive(changed: Int, pruning: Bool = false) {
    guard !options.archive else { return }
    let out = options.outputDirectory
    let presence = Archive.presence(root: out)
    guard presence != .absent, changed > 0 || pruning || presence == .undescribed else { return }
    let why =
      changed > 0
      ? "this run changes \(changed) document export(s)"
      : pruning ? "this run prunes exports" : "its record of files is missing or does not match"
    do {
      try Archive.remove(root: out)
      logger.warning(
        "\(out.path)/\(Archive.databaseName), \(Archive.metadataName) and all/ removed: \(why) and its formats do not include archive, so the archive would be stale; rebuild it with `budget-etl catalog \(out.path)` (or run with the default formats)"
      )
    } catch {
      logger.error("\(FailureText.of(error))")
    }
  }
}
