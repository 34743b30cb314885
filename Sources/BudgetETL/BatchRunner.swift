import BudgetLoad
import BudgetModel
import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// A run over many inputs, safe to start from cron: one run per output folder (lock), each
/// document published atomically, unchanged documents skipped, a bad document reported
/// without stopping the others, and a run report at the end.
public final class BatchRunner: @unchecked Sendable {
  public struct Options: Sendable {
    public var inputs: [String]
    public var outputDirectory: URL
    public var include = InputCollector.defaultInclude
    public var force = false
    public var prune = false
    public var strict = false
    public var jobs = 1
    public var waitSeconds: Double = 0
    /// Inputs larger than this many bytes fail at once (a runaway file must not stall a cron
    /// run); real budget overviews are well under 1 MB.
    public var maxInputBytes = 20 * 1024 * 1024
    /// `K/N`: only inputs whose content hash falls in shard K of N.
    public var shard: (index: Int, count: Int)?

    public init(inputs: [String], outputDirectory: URL) {
      self.inputs = inputs
      self.outputDirectory = outputDirectory
    }
  }

  public let options: Options
  public let pipeline: Pipeline
  public let logger: Logger
  /// Called after each document with (done, total).
  public var progress: (@Sendable (Int, Int) -> Void)?

  public init(options: Options, pipeline: Pipeline, logger: Logger) {
    self.options = options
    self.pipeline = pipeline
    self.logger = logger
  }

  static let buildKeyFile = ".build-key"

  /// The key that decides whether an export is up to date. The input's file name is part of
  /// it because the manifest records it (a renamed input is re-exported, not skipped).
  func buildKey(inputSHA256: String, sourceName: String = "") -> String {
    let o = pipeline.options
    let file = sourceName == "-" ? "-" : (sourceName as NSString).lastPathComponent
    return [inputSHA256, file, ToolInfo.version, pipeline.mappingVersion, o.csvEncoding.rawValue, o.baseIRI,
            o.inputEncoding?.rawValue ?? "auto", options.strict ? "strict" : "",
            o.formats.map(\.name).joined(separator: ",")].joined(separator: "|")
  }

  /// Runs; throws only for run-level failures (lock held, output folder unusable).
  public func run() throws -> RunReport {
    let fm = FileManager.default
    let out = options.outputDirectory
    try fm.createDirectory(at: out, withIntermediateDirectories: true)
    let lock = OutputLock(directory: out)
    guard try lock.acquire(wait: options.waitSeconds) else {
      throw BudgetETLError.lockHeld(path: lock.path)
    }
    defer { lock.release() }
    let publisher = ExportPublisher(outputDirectory: out)
    publisher.removeStaleTemporaries()

    // Existing exports: folder → build key.
    var existingKeys: [String: String] = [:]
    for name in (try? fm.contentsOfDirectory(atPath: out.path)) ?? [] where !name.hasPrefix(".") {
      let keyURL = out.appendingPathComponent(name).appendingPathComponent(Self.buildKeyFile)
      if let key = try? String(contentsOf: keyURL, encoding: .utf8),
        fm.fileExists(atPath: out.appendingPathComponent(name).appendingPathComponent(ManifestWriter.fileName).path)
      {
        existingKeys[key] = name
      }
    }

    var collector = InputCollector(include: options.include)
    collector.excluded = [out.path]  // never read our own exports back as inputs
    let items = collector.collect(options.inputs)
    for path in collector.emptyFolders(options.inputs) {
      logger.warning("\(path): no input files matching '\(options.include)' (see --include)")
    }
    let total = items.count
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
    let shared = Shared(total)
    let keys = existingKeys
    let workers = max(1, min(options.jobs, max(total, 1)))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        shared.lock.lock()
        let index = shared.next
        shared.next += 1
        shared.lock.unlock()
        guard index < total else { return }
        let (result, stage) = self.process(items[index], existingKeys: keys, publisher: publisher)
        shared.lock.lock()
        shared.results[index] = result
        shared.staged[index] = stage
        shared.done += 1
        let d = shared.done
        shared.lock.unlock()
        self.progress?(d, total)
      }
    }

    // Two inputs with one document id (or ids that map to one folder): neither is published.
    // `results` and `staged` are indexed alike; inputs of other shards are dropped from both.
    let kept = shared.results.indices.filter { shared.results[$0] != nil }
    var documents = kept.map { shared.results[$0]! }
    var staged = kept.map { shared.staged[$0] }
    var firstInput: [String: Int] = [:]
    var duplicated: Set<Int> = []
    for (i, doc) in documents.enumerated() where doc.status != .failed {
      guard let docId = doc.documentId else { continue }
      let id = ExportPublisher.folderName(for: docId)
      if let j = firstInput[id] {
        duplicated.insert(i)
        duplicated.insert(j)
        let error = BudgetETLError.duplicateDocument(id: id, first: documents[j].input, second: doc.input)
        documents[i].error = error.localizedDescription
        if documents[j].error == nil {
          documents[j].error = BudgetETLError.duplicateDocument(id: id, first: doc.input, second: documents[j].input).localizedDescription
        }
      } else {
        firstInput[id] = i
      }
    }
    for i in duplicated.sorted() {
      documents[i].status = .failed
      documents[i].outputs = [:]
      if let s = staged[i] { try? fm.removeItem(at: s.url) }
      staged[i] = nil
      logger.error("\(documents[i].error ?? "")")
    }
    for case let (i, stage?) in staged.enumerated() {
      do {
        _ = try publisher.publish(staged: stage.url, documentId: stage.id)
      } catch {
        documents[i].status = .failed
        documents[i].error = error.localizedDescription
        try? fm.removeItem(at: stage.url)
        logger.error("\(error.localizedDescription)")
      }
    }

    // Exports whose document is not among this run's inputs.
    let current = Set(documents.compactMap { $0.documentId.map(ExportPublisher.folderName) })
    // An input that failed before its id was known may be the source of any export: pruning
    // then could delete the last good export of a document whose file just got corrupted.
    let unidentified = documents.filter { $0.status == .failed && $0.documentId == nil }.map(\.input)
    let sharded = options.shard != nil
    var notInInputs: [String] = []
    var pruned: [String] = []
    for name in ((try? fm.contentsOfDirectory(atPath: out.path)) ?? []).sorted() where !name.hasPrefix(".") {
      let folder = out.appendingPathComponent(name)
      // A shard sees only its part of the inputs: the others' exports are not stale.
      guard !sharded, fm.fileExists(atPath: folder.appendingPathComponent(ManifestWriter.fileName).path),
        !current.contains(name)
      else { continue }
      if options.prune && unidentified.isEmpty {
        try? fm.removeItem(at: folder)
        pruned.append(name)
        logger.notice("pruned \(name): its document is no longer among the inputs")
      } else {
        notInInputs.append(name)
        logger.notice("\(name): its document is no longer among the inputs (kept; --prune removes it)")
      }
    }
    if options.prune && !unidentified.isEmpty && !notInInputs.isEmpty {
      logger.warning(
        "--prune withheld: \(unidentified.count) input(s) failed before their document id was known (\(unidentified.joined(separator: ", "))), so their exports cannot be told apart from removed ones")
    }

    try writeCatalog(out)
    let report = RunReport(
      toolVersion: ToolInfo.version, mappingVersion: pipeline.mappingVersion, documents: documents,
      notInInputs: notInInputs, pruned: pruned)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try ExportPublisher.writeAtomically(Array(try encoder.encode(report)) + [0x0A], to: out.appendingPathComponent("run-report.json"))
    return report
  }

  /// Rebuilds `<out>/catalog.jsonld` and `<out>/index.html` from the per-document manifests.
  public func writeCatalog(_ out: URL) throws {
    try Self.writeCatalog(out, baseIRI: pipeline.options.baseIRI)
  }

  public static func writeCatalog(_ out: URL, baseIRI: String) throws {
    let fm = FileManager.default
    var entries: [ExportIndex.Entry] = []
    var manifests: [(folder: String, bytes: [UInt8])] = []
    for name in ((try? fm.contentsOfDirectory(atPath: out.path)) ?? []).sorted() where !name.hasPrefix(".") {
      let url = out.appendingPathComponent(name).appendingPathComponent(ManifestWriter.fileName)
      guard let data = try? Data(contentsOf: url) else { continue }
      entries.append(try ExportIndex.Entry(manifest: Array(data), folder: name))
      manifests.append((name, Array(data)))
    }
    let catalog = try ExportIndex.catalog(entries: entries, baseIRI: baseIRI)
    try ExportPublisher.writeAtomically(catalog.bytes, to: out.appendingPathComponent(catalog.name))
    let page = try CatalogPage.file(manifests: manifests)
    try ExportPublisher.writeAtomically(page.bytes, to: out.appendingPathComponent(page.name))
  }

  /// Reads, checks the build key, and runs the pipeline for one input; stages the export.
  func process(_ item: InputCollector.Item, existingKeys: [String: String], publisher: ExportPublisher)
    -> (RunReport.Document?, (id: String, url: URL)?)
  {
    let started = DispatchTime.now()
    let name: String
    var doc: RunReport.Document
    func finish(_ d: RunReport.Document) -> RunReport.Document {
      var d = d
      d.durationMs = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
      return d
    }
    let bytes: [UInt8]
    switch item {
    case .error(let path, let reason):
      doc = RunReport.Document(input: path, status: .failed)
      doc.error = "\(path): \(reason)"
      logger.error("\(doc.error!)")
      return (finish(doc), nil)
    case .stdin:
      name = "-"
      bytes = (try? InputReader.read("-")) ?? []
    case .file(let path):
      name = path
      if let size = Self.fileSize(path), size > options.maxInputBytes {
        doc = RunReport.Document(input: path, status: .failed)
        doc.error = "\(path): \(Self.sizeText(size)) is larger than the input limit of \(Self.sizeText(options.maxInputBytes)) (--max-input-mb); not a budget overview?"
        logger.error("\(doc.error!)")
        return (finish(doc), nil)
      }
      do {
        bytes = try InputReader.read(path)
      } catch {
        doc = RunReport.Document(input: path, status: .failed)
        doc.error = "\(path): \(InputCollector.reason(for: path))"
        logger.error("\(doc.error!)")
        return (finish(doc), nil)
      }
    }
    doc = RunReport.Document(input: name, status: .failed)
    if bytes.count > options.maxInputBytes {  // standard input
      doc.error = "\(name): \(Self.sizeText(bytes.count)) is larger than the input limit of \(Self.sizeText(options.maxInputBytes)) (--max-input-mb)"
      logger.error("\(doc.error!)")
      return (finish(doc), nil)
    }
    let sha = SHA256.hex(bytes)
    if let shard = options.shard, !Self.inShard(sha: sha, shard) {
      return (nil, nil)  // another shard's input
    }
    doc.inputSHA256 = sha
    let key = buildKey(inputSHA256: sha, sourceName: name)
    if !options.force, let folder = existingKeys[key] {
      doc.status = .skipped
      doc.documentId = folder
      doc.outputs = Self.manifestHashes(options.outputDirectory.appendingPathComponent(folder))
      logger.info("\(name): unchanged, skipped (\(folder))")
      return (finish(doc), nil)
    }
    do {
      let source = try pipeline.decode(bytes: bytes, sourceName: name)
      let extracted = pipeline.extract(source, sourceName: name, sourceSHA256: sha)
      let document = try pipeline.transform(extracted)
      doc.documentId = document.info.id
      doc.items = document.items.count
      doc.expenses = document.expenses.count
      doc.observations = document.observations.count
      doc.unrecognizedLines = extracted.diagnostics.count
      doc.warnings = document.findings.filter { $0.severity == .warning }.count
      doc.roundingNotes = document.findings.count - doc.warnings
      for d in extracted.diagnostics {
        logger.warning("\(name):\(d.span.line): \(d.message): \(d.text)")
      }
      if options.strict, doc.warnings > 0 {
        throw BudgetETLError.strictWarnings(source: name, count: doc.warnings)
      }
      let files = try pipeline.export(document, sourceText: source.text)
      for f in files { doc.outputs[f.name] = f.sha256 }
      let url = try publisher.stage(
        files, documentId: document.info.id, hiddenFiles: [Self.buildKeyFile: Array(key.utf8)])
      doc.status = .exported
      logger.info("\(name): exported \(document.info.id) (\(doc.items) items, \(doc.expenses) expenses, \(doc.warnings) warnings)")
      return (finish(doc), (document.info.id, url))
    } catch {
      doc.status = .failed
      doc.error = error.localizedDescription
      logger.error("\(error.localizedDescription)")
      return (finish(doc), nil)
    }
  }

  static func fileSize(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
  }

  static func sizeText(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_048_576)
  }

  /// File name → SHA-256 from an export's manifest (for documents skipped as unchanged).
  static func manifestHashes(_ folder: URL) -> [String: String] {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent(ManifestWriter.fileName)),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let files = object["files"] as? [[String: Any]]
    else { return [:] }
    var result: [String: String] = [:]
    for file in files {
      if let name = file["name"] as? String, let sha = file["sha256"] as? String { result[name] = sha }
    }
    result[ManifestWriter.fileName] = SHA256.hex(Array(data))
    return result
  }

  /// Whether an input belongs to shard `index` of `count` (by its content hash).
  public static func inShard(sha: String, _ shard: (index: Int, count: Int)) -> Bool {
    let prefix = UInt64(sha.prefix(12), radix: 16) ?? 0
    return Int(prefix % UInt64(shard.count)) == shard.index
  }
}
