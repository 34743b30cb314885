import BudgetArchive
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
///
/// A value: its options, pipeline and logger are fixed at `init`, and so is where progress
/// goes. `run()` processes the inputs in a task group of at most `options.jobs` child tasks
/// (structured concurrency: every task ends before `run()` returns, and the compiler checks
/// what they share).
public struct BatchRunner: Sendable {
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
    /// Whether the run rebuilds the archive (`budget.sqlite`, `all/`, `metadata.json`;
    /// `--formats` naming `archive`, or the default). Without it, an archive the run would make
    /// stale is removed instead (``BatchRunner/withdrawArchive(changed:pruning:)``).
    public var archive = true

    public init(inputs: [String], outputDirectory: URL) {
      self.inputs = inputs
      self.outputDirectory = outputDirectory
    }
  }

  /// How far a run is: `done` of `total` inputs processed (reported after each, in the
  /// order they finish).
  public struct Progress: Sendable, Equatable {
    public var done: Int
    public var total: Int
  }

  public let options: Options
  public let pipeline: Pipeline
  public let logger: Logger
  /// Called after each input, from the task that collects the results (one call at a time).
  let progress: (@Sendable (Progress) -> Void)?

  public init(
    options: Options, pipeline: Pipeline, logger: Logger,
    progress: (@Sendable (Progress) -> Void)? = nil
  ) {
    self.options = options
    self.pipeline = pipeline
    self.logger = logger
    self.progress = progress
  }

  static let buildKeyFile = ".build-key"

  /// The key that decides whether an export is up to date. The input's file name is part of
  /// it because the manifest records it (a renamed input is re-exported, not skipped).
  func buildKey(inputSHA256: String, sourceName: String = "") -> String {
    let o = pipeline.options
    let file = sourceName == "-" ? "-" : (sourceName as NSString).lastPathComponent
    return [
      inputSHA256, file, ToolInfo.version, pipeline.mappingVersion, o.csvEncoding.rawValue,
      o.baseIRI,
      o.inputEncoding?.rawValue ?? "auto", options.strict ? "strict" : "",
      o.formats.map(\.name).joined(separator: ","),
    ].joined(separator: "|")
  }

  /// Runs; throws only for run-level failures (lock held, output folder unusable).
  public func run() async throws -> RunReport {
    let out = options.outputDirectory
    try Self.prepareOutputFolder(out)
    let lock = OutputLock(directory: out)
    guard try lock.acquire(wait: options.waitSeconds) else {
      throw BudgetETLError.lockHeld(path: lock.path)
    }
    defer { lock.release() }
    var publisher = ExportPublisher(outputDirectory: out)
    publisher.removeStaleTemporaries()
    let keys = existingBuildKeys()
    publisher.flusher = StagedFlusher.start(directory: out.path)

    var collector = InputCollector(include: options.include)
    collector.excluded = [out.path]  // never read our own exports back as inputs
    let items = collector.collect(options.inputs)
    for path in collector.emptyFolders(options.inputs) {
      logger.warning("\(path): no input files matching '\(options.include)' (see --include)")
    }
    var processed = await processAll(items, existingKeys: keys, publisher: publisher)
    publisher.flusher?.stop()
    rejectDuplicates(&processed)
    withdrawArchive(changed: processed.filter { $0.staged != nil }.count)
    publishAll(&processed, publisher: publisher)
    let documents = processed.map(\.document)
    let (notInInputs, pruned) = staleExports(documents)
    var report = RunReport(
      toolVersion: ToolInfo.version, mappingVersion: pipeline.mappingVersion, documents: documents,
      notInInputs: notInInputs, pruned: pruned)
    writeRunFiles(&report)
    return report
  }

  /// Rebuilds `<out>/catalog.jsonld` and `<out>/index.html` from the per-document manifests,
  /// and the archive when the run's formats name it; `alongside` as in the static form.
  @discardableResult
  public func writeCatalog(
    _ out: URL, alongside: (@Sendable () -> (bytes: [UInt8], url: URL)?)? = nil
  ) throws -> Bool {
    try Self.writeCatalog(
      out, baseIRI: pipeline.options.baseIRI, archive: options.archive ? .rebuild : .keep,
      threads: options.jobs, alongside: alongside)
  }

  /// Rebuilds `<out>/catalog.jsonld`, `<out>/index.html` and the series pages from the
  /// per-document manifests; `archive` says whether the archive is rebuilt first (`catalog`,
  /// a run whose formats name it) or only listed as it is; with `threads` above 1 the archive
  /// is built by two threads (the same bytes). `alongside` (the run report) is asked for one
  /// more file once the archive and every page are written, and that file is published last
  /// in the same batch: true when it was, false when it was not asked for or not published.
  @discardableResult
  public static func writeCatalog(
    _ out: URL, baseIRI: String, archive mode: ArchiveMode = .rebuild,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    alongside: (@Sendable () -> (bytes: [UInt8], url: URL)?)? = nil
  ) throws -> Bool {
    // The archive first: the catalog lists its files and the pages read its items. When it
    // fails, the catalog and the pages are still written, without it, before the error. With
    // more than one thread, the manifests are read while the archive is built.
    let archive: Result<[Archive.PublishedFile], Error>
    let read: Result<([ExportIndex.Entry], [(folder: String, manifest: Manifest)]), Error>
    if threads > 1 {
      (archive, read) = BothAtOnce.run(
        { try archiveFiles(out, mode, threads: threads) }, { try readManifests(out) })
    } else {
      // An unreadable manifest stops the catalog before the archive is touched.
      read = .success(try readManifests(out))
      archive = Result { try archiveFiles(out, mode, threads: threads) }
    }
    let (entries, manifests) = try read.get()
    let files = ((try? archive.get()) ?? []).map {
      ExportIndex.ArchiveFile(
        path: $0.path, mediaType: $0.mediaType, bytes: $0.bytes, sha256: $0.sha256)
    }
    let catalog = try ExportIndex.catalog(entries: entries, archive: files, baseIRI: baseIRI)
    // The catalog and the pages written, then synced and renamed together (AtomicBatch).
    let batch = AtomicBatch()
    var withExtra = false
    do {
      try batch.stage(catalog.bytes, to: out.appendingPathComponent(catalog.name))
      try writePages(
        out, manifests: manifests, archive: !((try? archive.get()) ?? []).isEmpty,
        threads: threads, batch: batch)
      if case .success = archive, let extra = alongside?() {
        try batch.stage(extra.bytes, to: extra.url)
        withExtra = true
      }
    } catch {
      // What was written before the failure is still published, as file by file.
      do { try batch.commit(syncRoot: out) } catch { batch.discard() }
      throw error
    }
    // A failed commit leaves the extra file unpublished (it is renamed last).
    try batch.commit(syncRoot: out)
    _ = try archive.get()
    return withExtra
  }

  /// Every document folder's manifest, in folder order: as the catalog's entries and parsed.
  static func readManifests(_ out: URL) throws -> (
    [ExportIndex.Entry], [(folder: String, manifest: Manifest)]
  ) {
    var entries: [ExportIndex.Entry] = []
    var manifests: [(folder: String, manifest: Manifest)] = []
    let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
    for name in names.sorted() where !name.hasPrefix(".") {
      let url = out.appendingPathComponent(name).appendingPathComponent(ManifestWriter.fileName)
      guard let data = try? Data(contentsOf: url) else { continue }
      do {
        // Read once for both the index and the page.
        let bytes = Array(data)
        let manifest = try Manifest(reading: bytes, path: "\(name)/\(ManifestWriter.fileName)")
        entries.append(ExportIndex.Entry(manifest: manifest, bytes: bytes, folder: name))
        manifests.append((name, manifest))
      } catch {
        throw BudgetETLError.unreadableInput(
          path: url.path, reason: "cannot be read into the catalog: \(FailureText.of(error))")
      }
    }
    return (entries, manifests)
  }

  /// One input's result: its report entry and, when its export was staged, where.
  struct Processed: Sendable {
    var document: RunReport.Document
    var staged: (id: String, url: URL)?
  }

  /// Reads, checks the build key, and runs the pipeline for one input; stages the export.
  /// Nil for another shard's input.
  func process(
    _ item: InputCollector.Item, existingKeys: [String: String], publisher: ExportPublisher
  ) -> Processed? {
    let started = DispatchTime.now()
    func finish(_ document: RunReport.Document, staged: (id: String, url: URL)? = nil)
      -> Processed
    {
      var document = document
      document.durationMs = Int(
        (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
      return Processed(document: document, staged: staged)
    }
    let name: String
    switch item {
    case .error(let path, let reason):
      let error = BudgetETLError.unreadableInput(path: path, reason: reason)
      let document = RunReport.Document(input: path, outcome: .exported)  // failed just below
      return finish(failed(document, .read, error))
    case .stdin: name = "-"
    case .file(let path): name = path
    }
    // The outcome is decided below: unchanged, failed (and where), or exported at the end.
    var doc = RunReport.Document(input: name, outcome: .exported)
    let bytes: [UInt8]
    do {
      bytes = try InputReader.read(name, limit: options.maxInputBytes)
    } catch {
      return finish(failed(doc, .read, error))
    }
    let sha = SHA256.hex(bytes)
    if let shard = options.shard, !Self.inShard(sha: sha, shard) {
      return nil  // another shard's input
    }
    doc.inputSHA256 = sha
    let key = buildKey(inputSHA256: sha, sourceName: name)
    if !options.force, let folder = existingKeys[key] {
      doc.outcome = .unchanged
      doc.documentId = folder
      doc.outputs = Self.manifestHashes(options.outputDirectory.appendingPathComponent(folder))
      logger.info("\(name): unchanged, skipped (\(folder))", metadata: Self.metadata(doc))
      return finish(doc)
    }
    do {
      let staged = try exportDocument(
        bytes, name: name, sha: sha, key: key, into: &doc, publisher: publisher)
      return finish(doc, staged: staged)
    } catch {
      return finish(failed(doc, error.stage, error.underlying))
    }
  }

  /// `document` failed in `stage`: its outcome, logged once.
  func failed(_ document: RunReport.Document, _ stage: DocumentFailure.Stage, _ error: any Error)
    -> RunReport.Document
  {
    var document = document
    document.outcome = .failed(
      DocumentFailure(input: document.input, stage: stage, underlying: error))
    logFailure(document)
    return document
  }

  func logFailure(_ document: RunReport.Document) {
    guard let failure = document.failure else { return }
    logger.error("\(FailureText.of(failure))", metadata: Self.metadata(document))
  }

  /// A document's log fields (shown by `--log-format json`): its input, outcome and, for a
  /// failure, the stage.
  static func metadata(_ document: RunReport.Document) -> Logger.Metadata {
    var metadata: Logger.Metadata = [
      "input": "\(document.input)", "outcome": "\(document.status.rawValue)",
    ]
    if let failure = document.failure { metadata["stage"] = "\(failure.stage.rawValue)" }
    if let id = document.documentId { metadata["documentId"] = "\(id)" }
    return metadata
  }

  /// Runs `body` as `stage` of `input`: what it throws becomes that stage's failure.
  func inStage<T>(_ stage: DocumentFailure.Stage, of input: String, _ body: () throws -> T)
    throws(DocumentFailure) -> T
  {
    do {
      return try body()
    } catch {
      throw DocumentFailure(input: input, stage: stage, underlying: error)
    }
  }

  /// Extract, transform, export and stage one input; fills in `doc`'s counts and outputs.
  func exportDocument(
    _ bytes: [UInt8], name: String, sha: String, key: String, into doc: inout RunReport.Document,
    publisher: ExportPublisher
  ) throws(DocumentFailure) -> (id: String, url: URL) {
    let (source, extracted) = try inStage(.extract, of: name) {
      try DocumentLimits.check(bytes: bytes, source: name)
      let source = try pipeline.decode(bytes: bytes, sourceName: name)
      return (source, try pipeline.extract(source, sourceName: name, sourceSHA256: sha))
    }
    let document = try inStage(.transform, of: name) { try pipeline.transform(extracted) }
    count(document, extracted, into: &doc)
    for d in extracted.diagnostics {
      logger.warning("\(name):\(d.span.line): \(d.message): \(d.text)")
    }
    if options.strict, doc.warnings > 0 {
      throw DocumentFailure(
        input: name, stage: .transform,
        underlying: BudgetETLError.strictWarnings(source: name, count: doc.warnings))
    }
    let files = try inStage(.export, of: name) {
      try pipeline.export(document, sourceText: source.text)
    }
    for f in files { doc.outputs[f.name] = f.sha256 }
    let url = try inStage(.export, of: name) {
      do {
        return try publisher.stage(
          files, documentId: document.info.id, hiddenFiles: [Self.buildKeyFile: Array(key.utf8)],
          sync: false)  // all of the run's folders are flushed at once (`publishAll`)
      } catch {
        throw Self.exportError(error, input: name)
      }
    }
    doc.outcome = .exported
    logger.info(
      "\(name): exported \(document.info.id) (\(doc.items) items, \(doc.expenses) expenses, \(doc.warnings) warnings)",
      metadata: Self.metadata(doc))
    return (document.info.id, url)
  }

  /// A document's counts in the run report.
  func count(
    _ document: BudgetDocument, _ extracted: ExtractedDocument,
    into doc: inout RunReport.Document
  ) {
    doc.documentId = document.info.id
    doc.items = document.items.count
    doc.expenses = document.expenses.count
    doc.observations = document.observations.count
    let unplaced = Set(
      extracted.diagnostics.filter { $0.kind != .tableUnconfirmed }.map(\.span.line)
    ).sorted()
    doc.unrecognizedLines = unplaced.count
    doc.firstUnrecognizedLines = Array(unplaced.prefix(10))
    doc.warnings = document.findings.filter { $0.severity == .warning }.count
    doc.roundingNotes = document.findings.count - doc.warnings
  }

  /// File name → SHA-256 from an export's manifest (for documents skipped as unchanged).
  static func manifestHashes(_ folder: URL) -> [String: String] {
    let url = folder.appendingPathComponent(ManifestWriter.fileName)
    guard let data = try? Data(contentsOf: url),
      let manifest = try? Manifest(reading: Array(data), path: url.path)
    else { return [:] }
    var result: [String: String] = [:]
    for file in manifest.files { result[file.name] = file.sha256 }
    result[ManifestWriter.fileName] = SHA256.hex(Array(data))
    return result
  }

  /// Whether an input belongs to shard `index` of `count` (by its content hash).
  public static func inShard(sha: String, _ shard: (index: Int, count: Int)) -> Bool {
    let prefix = UInt64(sha.prefix(12), radix: 16) ?? 0
    return Int(prefix % UInt64(shard.count)) == shard.index
  }
}
