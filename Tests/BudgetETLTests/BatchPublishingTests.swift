import BudgetModel
import Foundation
import Testing

@testable import BudgetETL

#if canImport(Glibc)
  import Glibc
#endif

/// The batch runner's building blocks: publishing, temporaries, input collection, the lock.
@Suite struct BatchPublishingTests {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func names(_ url: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
  }

  func files(_ text: String) -> [ExportFile] {
    [
      ExportFile(name: "a.csv", bytes: Array(text.utf8), mediaType: "text/csv"),
      ExportFile(name: "manifest.json", bytes: Array("{}".utf8), mediaType: "application/json"),
    ]
  }

  @Test func publishReplacesTheExportAndLeavesNoTemporary() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let publisher = ExportPublisher(outputDirectory: root)
    let first = try publisher.stage(
      files("old"), documentId: "jp-x-2024-proposal", hiddenFiles: [".build-key": [0x31]])
    #expect(names(first) == [".build-key", "a.csv", "manifest.json"])
    _ = try publisher.publish(staged: first, documentId: "jp-x-2024-proposal")
    let second = try publisher.stage(files("new"), documentId: "jp-x-2024-proposal")
    _ = try publisher.publish(staged: second, documentId: "jp-x-2024-proposal")
    #expect(names(root) == ["jp-x-2024-proposal"])
    #expect(
      try String(
        contentsOf: root.appendingPathComponent("jp-x-2024-proposal/a.csv"), encoding: .utf8)
        == "new")
  }

  @Test func aReplacedExportIsRemovedEvenWithAFolderSomeonePutInIt() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let publisher = ExportPublisher(outputDirectory: root)
    let first = try publisher.stage(files("old"), documentId: "jp-x-2024-proposal")
    _ = try publisher.publish(staged: first, documentId: "jp-x-2024-proposal")
    // Not a file an export has: the plain-files removal leaves it to the recursive one.
    let extra = root.appendingPathComponent("jp-x-2024-proposal/notes")
    try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
    try Data("kept?".utf8).write(to: extra.appendingPathComponent("n.txt"))
    let second = try publisher.stage(files("new"), documentId: "jp-x-2024-proposal")
    _ = try publisher.publish(staged: second, documentId: "jp-x-2024-proposal")
    #expect(names(root) == ["jp-x-2024-proposal"])
    #expect(names(root.appendingPathComponent("jp-x-2024-proposal")) == ["a.csv", "manifest.json"])
  }

  @Test func runLevelFilesUseRemovableTemporaries() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let target = root.appendingPathComponent("catalog.jsonld")
    try ExportPublisher.writeAtomically(Array("{}".utf8), to: target)
    #expect(names(root) == ["catalog.jsonld"])
    // What a run killed inside writeAtomically or stage leaves: all removed by the next run.
    try Data("half".utf8).write(to: root.appendingPathComponent(".tmp-catalog.jsonld-4242"))
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent(".tmp-jp-x-2024-proposal-4242-1"),
      withIntermediateDirectories: true)
    ExportPublisher(outputDirectory: root).removeStaleTemporaries()
    #expect(names(root) == ["catalog.jsonld"])
  }

  @Test func exchangeByRenamesIsRepairedAfterAKillBetweenTheRenames() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let publisher = ExportPublisher(outputDirectory: root)
    let old = try publisher.stage(files("old"), documentId: "jp-x-2024-proposal")
    _ = try publisher.publish(staged: old, documentId: "jp-x-2024-proposal")
    let final = root.appendingPathComponent("jp-x-2024-proposal").path
    let aside = root.appendingPathComponent(".tmp-prev-jp-x-2024-proposal").path

    // The fallback swap itself (file systems without RENAME_EXCHANGE).
    let staged = try publisher.stage(files("new"), documentId: "jp-x-2024-proposal")
    #expect(ExportPublisher.exchangeByRenames(staged.path, final, aside: aside) == 0)
    #expect(try String(contentsOfFile: final + "/a.csv", encoding: .utf8) == "new")
    #expect(try String(contentsOfFile: staged.path + "/a.csv", encoding: .utf8) == "old")

    // Killed after moving the export aside, before the new one arrived: put back.
    #expect(rename(final, aside) == 0)
    #expect(!FileManager.default.fileExists(atPath: final))
    publisher.removeStaleTemporaries()
    #expect(names(root) == ["jp-x-2024-proposal"])
    #expect(try String(contentsOfFile: final + "/a.csv", encoding: .utf8) == "new")
  }

  @Test func folderNamesStayInsideTheOutputFolder() {
    #expect(ExportPublisher.folderName(for: "../../etc/passwd") == "etc-passwd")
    #expect(ExportPublisher.folderName(for: ".tmp-x") == "tmp-x")
    #expect(ExportPublisher.folderName(for: "JP-Soumu-2024-Proposal") == "jp-soumu-2024-proposal")
    #expect(ExportPublisher.folderName(for: "総務省") == "document")
    #expect(ExportPublisher.folderName(for: String(repeating: "a", count: 300)).count == 120)
  }

  @Test func collectorSkipsTheOutputFolderHiddenFoldersAndRepeats() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let fm = FileManager.default
    for path in [
      "b.txt", "sub/a.txt", "sub/notes.md", ".hidden/x.txt", "out/jp-x/validation-report.txt",
    ] {
      let url = root.appendingPathComponent(path)
      try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("x".utf8).write(to: url)
    }
    var collector = InputCollector()
    collector.excluded = [root.appendingPathComponent("out").path]
    let items = collector.collect([root.path, root.appendingPathComponent("b.txt").path, "-"])
    #expect(items == [.file(root.path + "/b.txt"), .file(root.path + "/sub/a.txt"), .stdin])
    #expect(InputCollector(include: "*.csv").emptyFolders([root.path, "-"]) == [root.path])
  }

  @Test func lockIsExclusiveAndNamesItsHolder() throws {
    defer { try? FileManager.default.removeItem(at: root) }
    let first = OutputLock(directory: root)
    let second = OutputLock(directory: root)
    #expect(try first.acquire())
    #expect(try !second.acquire())
    #expect(second.holderPID() == getpid())
    first.release()
    #expect(try second.acquire())
    second.release()
  }
}
