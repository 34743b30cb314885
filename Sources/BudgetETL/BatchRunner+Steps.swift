import BudgetLoad
import Foundation

/// The steps of a run, in order: the existing exports' build keys, every input processed
/// (in parallel), duplicates rejected, the staged exports published, stale exports found.
extension BatchRunner {
  /// Existing exports: build key → folder.
  func existingBuildKeys() -> [String: String] {
    let fm = FileManager.default
    let out = options.outputDirectory
    var keys: [String: String] = [:]
    for name in (try? fm.contentsOfDirectory(atPath: out.path)) ?? [] where !name.hasPrefix(".") {
      let folder = out.appendingPathComponent(name)
      if let key = try? String(
        contentsOf: folder.appendingPathComponent(Self.buildKeyFile), encoding: .utf8),
        fm.fileExists(atPath: folder.appendingPathComponent(ManifestWriter.fileName).path)
      {
        keys[key] = name
      }
    }
    return keys
  }

  /// Every input through `process`, at most `options.jobs` at a time: a task group that is
  /// given the next input as each one finishes. The results keep the inputs' order; inputs
  /// of other shards are dropped. Progress is reported from this task, one call at a time.
  func processAll(
    _ items: [InputCollector.Item], existingKeys: [String: String], publisher: ExportPublisher
  ) async -> [Processed] {
    let total = items.count
    var results = [Processed?](repeating: nil, count: total)
    let width = max(1, min(options.jobs, total))
    await withTaskGroup(of: (Int, Processed?).self) { group in
      var next = 0
      func startNext() {
        guard next < total else { return }
        let index = next
        next += 1
        group.addTask {
          (index, process(items[index], existingKeys: existingKeys, publisher: publisher))
        }
      }
      for _ in 0..<width { startNext() }
      var done = 0
      while let (index, result) = await group.next() {
        results[index] = result
        done += 1
        progress?(Progress(done: done, total: total))
        startNext()
      }
    }
    return results.compactMap { $0 }
  }

  /// Two inputs with one document id (or ids that map to one folder): neither is published.
  func rejectDuplicates(_ processed: inout [Processed]) {
    var firstInput: [String: Int] = [:]
    var failures: [Int: DocumentFailure] = [:]
    for (i, p) in processed.enumerated() where p.document.failure == nil {
      guard let docId = p.document.documentId else { continue }
      let id = ExportPublisher.folderName(for: docId)
      guard let j = firstInput[id] else {
        firstInput[id] = i
        continue
      }
      let first = processed[j].document.input
      failures[i] = DocumentFailure(
        input: p.document.input, stage: .publish,
        underlying: BudgetETLError.duplicateDocument(id: id, first: first, second: p.document.input)
      )
      if failures[j] == nil {
        failures[j] = DocumentFailure(
          input: first, stage: .publish,
          underlying: BudgetETLError.duplicateDocument(
            id: id, first: p.document.input, second: first))
      }
    }
    for (i, failure) in failures.sorted(by: { $0.key < $1.key }) {
      processed[i].document.outcome = .failed(failure)
      processed[i].document.outputs = [:]
      if let s = processed[i].staged { try? FileManager.default.removeItem(at: s.url) }
      processed[i].staged = nil
      logFailure(processed[i].document)
    }
  }

  /// Moves each staged export into place; a failure names the input and the folder.
  /// The staged folders are made durable first, all at once (each was staged unsynced), and
  /// the output folder's new entries flushed once after the last.
  func publishAll(_ processed: inout [Processed], publisher: ExportPublisher) {
    let staged = processed.compactMap { $0.staged?.url }
    publisher.syncStaged(staged)
    defer { if !staged.isEmpty { publisher.syncOutputDirectory() } }
    for i in processed.indices {
      guard let stage = processed[i].staged else { continue }
      do {
        _ = try publisher.publish(staged: stage.url, documentId: stage.id, syncNew: false)
      } catch {
        let input = processed[i].document.input
        processed[i].document = failed(
          processed[i].document, .publish, Self.exportError(error, input: input))
        try? FileManager.default.removeItem(at: stage.url)
      }
    }
  }

  /// Exports whose document is not among this run's inputs: kept (`notInInputs`) or, with
  /// `--prune`, removed (`pruned`). An input that failed before its id was known (unreadable,
  /// a folder that could not be listed, corrupted) may be the source of any export: pruning
  /// is then withheld, so a good export is never deleted because its input could not be read.
  func staleExports(_ documents: [RunReport.Document]) -> (notInInputs: [String], pruned: [String])
  {
    let fm = FileManager.default
    let out = options.outputDirectory
    let current = Set(documents.compactMap { $0.documentId.map(ExportPublisher.folderName) })
    let unidentified = documents.filter { $0.failure != nil && $0.documentId == nil }.map(\.input)
    var notInInputs: [String] = []
    var pruned: [String] = []
    for name in ((try? fm.contentsOfDirectory(atPath: out.path)) ?? []).sorted()
    where !name.hasPrefix(".") {
      let folder = out.appendingPathComponent(name)
      // A shard sees only its part of the inputs: the others' exports are not stale.
      guard options.shard == nil,
        fm.fileExists(atPath: folder.appendingPathComponent(ManifestWriter.fileName).path),
        !current.contains(name)
      else { continue }
      if options.prune && unidentified.isEmpty {
        if pruned.isEmpty { withdrawArchive(changed: 0, pruning: true) }
        try? fm.removeItem(at: folder)
        pruned.append(name)
        logger.notice("pruned \(name): its document is no longer among the inputs")
      } else {
        notInInputs.append(name)
        logger.notice(
          "\(name): its document is no longer among the inputs (kept; --prune removes it)")
      }
    }
    if options.prune && !unidentified.isEmpty && !notInInputs.isEmpty {
      logger.warning(
        "--prune withheld: \(unidentified.count) input(s) failed before their document id was known (\(unidentified.joined(separator: ", "))), so their exports cannot be told apart from removed ones"
      )
    }
    return (notInInputs, pruned)
  }
}
