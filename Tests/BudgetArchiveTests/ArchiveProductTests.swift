import BudgetArchive
import BudgetETL
import BudgetLoad
import Foundation
import Logging
import Synchronization
import Testing

/// The archive as a product of its own (issue #24): a run whose formats include `archive` (the
/// default) rebuilds it, `--formats csv` does not, and never leaves it stale: when such a run
/// changes a document, the archive is removed, the catalog and the page stop listing it, and
/// the run says how to rebuild it; `budget-etl catalog` rebuilds it.
@Suite struct ArchiveProductTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let sampleID = "jp-soumu-2024-proposal"

  /// Log messages of a run, kept for the test to read.
  final class Messages: LogHandler, @unchecked Sendable {
    let lines = Mutex<[String]>([])
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
      get { metadata[key] }
      set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
      lines.withLock { $0.append("\(event.level): \(event.message)") }
    }
  }

  struct Folder {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "archive-product-\(UUID().uuidString)")
    var out: URL { work.appendingPathComponent("out") }
    var input: URL { work.appendingPathComponent("in/sample.txt") }

    init() throws {
      try FileManager.default.createDirectory(
        at: input.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: ArchiveProductTests.root.appendingPathComponent("Inputs/soumu-r6-yosan-an-gaiyo.txt"),
        to: input)
    }

    func exists(_ name: String) -> Bool {
      FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path)
    }

    func text(_ name: String) throws -> String {
      try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
    }

    /// One run over the sample; `formats` as `--formats` takes them (nil: the default).
    func run(formats: String? = nil, force: Bool = false) async throws -> [String] {
      var options = BatchRunner.Options(inputs: [input.path], outputDirectory: out)
      options.force = force
      var pipeline = try Pipeline(
        mappingsDirectory: ArchiveProductTests.root.appendingPathComponent("Mappings"))
      if let formats {
        pipeline.options.formats = try ExportFormats.named(formats)
        options.archive = ExportFormats.namesArchive(formats)
      }
      let messages = Messages()
      let logger = Logger(label: "archive-product-test") { _ in messages }
      let report = try await BatchRunner(options: options, pipeline: pipeline, logger: logger).run()
      #expect(report.documents.map(\.status) != [.failed])
      #expect(report.runErrors.isEmpty)
      return messages.lines.withLock { $0 }
    }
  }

  /// The archive holds the sample: its document row, and every item row of its items.csv.
  func expectArchiveHoldsTheSample(_ folder: Folder) throws {
    guard case .described(let files) = Archive.presence(root: folder.out) else {
      Issue.record("no described archive")
      return
    }
    #expect(files.map(\.path).contains("budget.sqlite"))
    #expect(try folder.text("all/documents.csv").contains(Self.sampleID))
    let items = try folder.text("\(Self.sampleID)/items.csv").split(separator: "\r\n")
    let combined = try folder.text("all/items.csv").split(separator: "\r\n")
    #expect(combined.count == items.count && items.count > 100)
    // Item 1 of the sample, 地方の一般財源総額の確保等 199,270.1億円, in exact yen, led by the id.
    #expect(
      combined.contains {
        $0.hasPrefix("\(Self.sampleID),c1-1,c1,item,1,地方の一般財源総額の確保等,19927010000000,")
      })
    let catalog = try folder.text("catalog.jsonld")
    for file in files { #expect(catalog.contains(file.sha256), "\(file.path) listed") }
    #expect(try folder.text("index.html").contains("href=\"budget.sqlite\""))
  }

  func expectNoArchive(_ folder: Folder) throws {
    #expect(Archive.presence(root: folder.out) == .absent)
    for name in Archive.ownedNames { #expect(!folder.exists(name), "\(name) removed") }
    #expect(!(try folder.text("catalog.jsonld")).contains("budget.sqlite"))
    #expect(!(try folder.text("index.html")).contains("budget.sqlite"))
    #expect(folder.exists("\(Self.sampleID)/items.csv"))
  }

  @Test func theDefaultRunRebuildsTheArchiveAndCSVOnlyRemovesItWhenItChangesADocument()
    async throws
  {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.work) }
    _ = try await folder.run()
    try expectArchiveHoldsTheSample(folder)

    // `--formats csv` re-exports the document (its build key names the formats): the archive
    // would describe files that are gone, so it is removed, said on stderr with the remedy.
    let changed = try await folder.run(formats: "csv")
    try expectNoArchive(folder)
    let message = try #require(changed.first { $0.contains("budget.sqlite") })
    #expect(message.hasPrefix("warning: "))
    #expect(message.contains("budget-etl catalog \(folder.out.path)"))
    #expect(message.contains("1 document export(s)"))

    // `budget-etl catalog` builds it on its own schedule, the same bytes twice.
    try BatchRunner.writeCatalog(folder.out, baseIRI: CSVExporter.defaultBaseIRI)
    try expectArchiveHoldsTheSample(folder)
    let database = try Data(contentsOf: folder.out.appendingPathComponent("budget.sqlite"))
    try BatchRunner.writeCatalog(folder.out, baseIRI: CSVExporter.defaultBaseIRI)
    #expect(try Data(contentsOf: folder.out.appendingPathComponent("budget.sqlite")) == database)
    let catalog = try folder.text("catalog.jsonld")

    // Nothing changed: the archive is still the documents', listed as it was (not rebuilt).
    let unchanged = try await folder.run(formats: "csv")
    #expect(unchanged.allSatisfy { !$0.contains("removed") })
    #expect(try folder.text("catalog.jsonld") == catalog)
    #expect(try Data(contentsOf: folder.out.appendingPathComponent("budget.sqlite")) == database)
    try expectArchiveHoldsTheSample(folder)

    // The document exported again (--force): removed again.
    _ = try await folder.run(formats: "csv", force: true)
    try expectNoArchive(folder)

    // `csv,archive` and the default rebuild it whenever they run.
    _ = try await folder.run(formats: "csv,archive", force: true)
    try expectArchiveHoldsTheSample(folder)
    _ = try await folder.run(formats: "csv", force: true)
    try expectNoArchive(folder)
    _ = try await folder.run()
    try expectArchiveHoldsTheSample(folder)
  }

  /// An archive whose record is missing (an interrupted build, an older tool) cannot be listed:
  /// a run without the archive removes it even when no document changed.
  @Test func anUndescribedArchiveIsRemovedNotListed() async throws {
    let folder = try Folder()
    defer { try? FileManager.default.removeItem(at: folder.work) }
    _ = try await folder.run(formats: "csv")
    try BatchRunner.writeCatalog(folder.out, baseIRI: CSVExporter.defaultBaseIRI)
    try expectArchiveHoldsTheSample(folder)
    try FileManager.default.removeItem(at: folder.out.appendingPathComponent(Archive.describedName))
    #expect(Archive.presence(root: folder.out) == .undescribed)
    let messages = try await folder.run(formats: "csv")
    try expectNoArchive(folder)
    #expect(messages.contains { $0.contains("record of files is missing") })
  }

  @Test func archiveIsAFormatName() throws {
    #expect(ExportFormats.choices == ["csv", "jsonld", "xml", "html", "archive"])
    #expect(try ExportFormats.named("csv, archive").map(\.name) == ["csv"])
    #expect(ExportFormats.namesArchive("csv, Archive"))
    #expect(!ExportFormats.namesArchive("csv,html"))
  }
}
