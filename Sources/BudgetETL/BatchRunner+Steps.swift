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

  /// Every input through `process`, `options.jobs` at a time. Inputs of other shards are
  /// dropped; the two arrays are indexed alike.
  func processAll(
    _ items: [InputCollector.Item], existingKeys: [String: String], publisher: ExportPublisher
  )
    -> ([RunReport.Document], [(id: String, url: URL)?])
  {
    final class Shared: @unchecked Sendable {
      let lock = NSLock()
      var next = 0
      var done = 0
      var results: [RunReport.Document?]
      var staged: [(id: String, url: URL)?]
      init(_ n: Int) {
        results = .init(repeating: nil, count: n)
        staged = .init(repeating: nil, count: n)
      }
    }
    let total = items.count
    let shared = Shared(total)
    let workers = max(1, min(options.jobs, max(total, 1)))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        shared.lock.lock()
        let index = shared.next
        shared.next += 1
        shared.lock.unlock()
        guard index < total else { return }
        let (result, stage) = self.process(
          items[index], existingKeys: existingKeys, publisher: publisher)
        shared.lock.lock()
        shared.results[index] = result
        shared.staged[index] = stage
        shared.done += 1
        let d = shared.done
        shared.lock.unlock()
        self.progress?(d, total)
      }
    }
    let kept = shared.results.indices.filter { shared.results[$0] != nil }
    return (kept.map { shared.results[$0]! }, kept.map { shared.staged[$0] })
  }

  /// Two inputs with one document id (or ids that map to one folder): neither is published.
  func rejectDuplicates(
    _ documents: inout [RunReport.Document], staged: inout [(id: String, url: URL)?]
  ) {
    var firstInput: [String: Int] = [:]
    var duplicated: Set<Int> = []
    for (i, doc) in documents.enumerated() where doc.status != .failed {
      guard let docId = doc.documentId else { continue }
      let id = ExportPublisher.folderName(for: docId)
      guard let j = firstInput[id] else {
        firstInput[id] = i
        continue
      }
      duplicated.formUnion([i, j])
      documents[i].error = FailureText.of(
        BudgetETLError.duplicateDocument(id: id, first: documents[j].input, second: doc.input))
      if documents[j].error == nil {
        documents[j].error = FailureText.of(
          BudgetETLError.duplicateDocument(id: id, first: doc.input, second: documents[j].input))
      }
    }
    for i in duplicated.sorted() {
      documents[i].status = .failed
      documents[i].outputs = [:]
      if let s = staged[i] { try? FileManager.default.removeItem(at: s.url) }
      staged[i] = nil
      logger.error("\(documents[i].error ?? "")")
    }
  }

  /// Moves each staged export into place; a failure names the input and the folder.
  func publishAll(
    _ documents: inout [RunReport.Document], staged: [(id: String, url: URL)?],
    publisher: ExportPublisher
  ) {
    for case (let i, let stage?) in staged.enumerated() {
      do {
        _ = try publisher.publish(staged: stage.url, documentId: stage.id)
      } catch {
        documents[i].status = .failed
        documents[i].error = FailureText.of(Self.exportError(error, input: documents[i].input))
        try? FileManager.default.removeItem(at: stage.url)
        logger.error("\(documents[i].error!)")
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
    let unidentified = documents.filter { $0.status == .failed && $0.documentId == nil }.map(
      \.input)
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
