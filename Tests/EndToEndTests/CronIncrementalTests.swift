import Foundation
import Testing

/// Deterministic, incremental runs: byte-identical files for the same inputs whatever
/// `--jobs`, unchanged documents skipped, `--force` re-exports, removed documents reported and
/// removed only with `--prune`.
@Suite struct CronIncrementalTests {
  @Test func repeatedRunsAreByteIdenticalAndSkipWhateverTheJobs() throws {
    let variants = [Corpus.six[0], Corpus.six[2], Corpus.six[5]]
    let corpus = try Corpus(variants, label: "cron-determinism")
    defer { corpus.remove() }
    let ids = variants.map(\.documentId)
    let run = ["run", corpus.inputs.path, "--out", corpus.out.path]

    let first = try CLIRunner.run(run + ["--jobs", "2"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("3 exported, 0 unchanged, 0 failed"))
    #expect(
      try Corpus.statuses(corpus.out)
        == Dictionary(uniqueKeysWithValues: ids.map { ($0, "exported") }))
    let snapshot = try Corpus.snapshot(corpus.out)
    // 22 files per document (21 listed in the manifest, source.txt included, plus the hidden
    // build key), the folder's catalog and index page, and the archive (issue 22):
    // budget.sqlite, metadata.json and all/ (7 CSV files and their two descriptions), and one
    // series page per ministry (three here), and the archive's record of its files (issue 24).
    #expect(snapshot.count == 3 * 22 + 2 + 11 + 3 + 1)
    #expect(snapshot.keys.contains(".archive-files.tsv"))
    #expect(snapshot.keys.contains("budget.sqlite"))
    #expect(snapshot.keys.contains("jp-kankyo-2025-proposal/items.csv"))
    #expect(snapshot.keys.contains("catalog.jsonld"))
    #expect(snapshot.keys.contains("index.html"))

    // Again: every document skipped, not a byte changed; the report still has the hashes.
    let second = try CLIRunner.run(run + ["--jobs", "2"])
    #expect(second.status == 0)
    #expect(second.stderr.contains("0 exported, 3 unchanged, 0 failed"))
    #expect(
      try Corpus.statuses(corpus.out)
        == Dictionary(uniqueKeysWithValues: ids.map { ($0, "skipped") }))
    Self.expectSame(
      try Corpus.snapshot(corpus.out), snapshot, "second run (all skipped)",
      knownIssueAllowed: false)
    let documents = try Corpus.report(corpus.out)["documents"] as? [[String: Any]] ?? []
    for d in documents {
      let outputs = d["outputs"] as? [String: String] ?? [:]
      let id = d["documentId"] as? String ?? "?"
      #expect(outputs.count == 21, "\(id)")
      #expect(outputs["items.csv"] == snapshot["\(id)/items.csv"].map { SHA256Hex.of($0) })
      #expect((d["inputSHA256"] as? String)?.count == 64)
    }

    // --force re-exports, byte-identical.
    let forced = try CLIRunner.run(run + ["--jobs", "2", "--force"])
    #expect(forced.status == 0)
    #expect(forced.stderr.contains("3 exported, 0 unchanged, 0 failed"))
    Self.expectSame(try Corpus.snapshot(corpus.out), snapshot, "--force")

    // --jobs 1 into another folder: the same bytes.
    let other = corpus.root.appendingPathComponent("out-jobs1")
    let serial = try CLIRunner.run(["run", corpus.inputs.path, "--out", other.path, "--jobs", "1"])
    #expect(serial.status == 0)
    Self.expectSame(try Corpus.snapshot(other), snapshot, "--jobs 1 against --jobs 2")
  }

  /// Byte-identical snapshots. The transform stage still orders sibling items
  /// non-deterministically (the known issue of ThreeFormatsTests); a file that differs only
  /// by the order of its lines (and the hashes that follow from it) is recorded as that known
  /// issue, any other difference fails.
  static func expectSame(
    _ actual: [String: Data], _ expected: [String: Data], _ label: String,
    knownIssueAllowed: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      actual.keys.sorted() == expected.keys.sorted(), "\(label): files",
      sourceLocation: sourceLocation)
    var reordered: [String] = []
    for (name, bytes) in expected.sorted(by: { $0.key < $1.key }) where actual[name] != bytes {
      if knownIssueAllowed, let other = actual[name],
        normalizedLines(other) == normalizedLines(bytes)
      {
        reordered.append(name)
      } else {
        Issue.record("\(label): \(name) differs", sourceLocation: sourceLocation)
      }
    }
    if !reordered.isEmpty {
      withKnownIssue(
        "transform stage orders sibling items non-deterministically", isIntermittent: true
      ) {
        Issue.record(
          "\(label): only the line order differs in \(reordered.joined(separator: ", "))",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// Sorted lines with SHA-256 hex values blanked.
  static func normalizedLines(_ data: Data) -> [String] {
    let text = String(decoding: data, as: UTF8.self)
      .replacingOccurrences(of: "[0-9a-f]{64}", with: "#", options: .regularExpression)
    return text.split(whereSeparator: \.isNewline).map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: ", "))
    }.sorted()
  }

  @Test func renamedInputIsReExportedBecauseTheManifestNamesTheFile() throws {
    let corpus = try Corpus([Corpus.six[2]], label: "cron-rename")
    defer { corpus.remove() }
    let run = ["run", corpus.inputs.path, "--out", corpus.out.path]
    #expect(try CLIRunner.run(run).status == 0)
    try FileManager.default.moveItem(
      at: corpus.inputs.appendingPathComponent("boei-r6.txt"),
      to: corpus.inputs.appendingPathComponent("boei-renamed.txt"))
    let again = try CLIRunner.run(run)
    #expect(again.stderr.contains("1 exported, 0 unchanged"))
    let manifest = try String(
      contentsOf: corpus.out.appendingPathComponent("jp-boei-2024-proposal/manifest.json"),
      encoding: .utf8)
    #expect(manifest.contains("boei-renamed.txt"))
    #expect(!manifest.contains("boei-r6.txt"))
  }

  @Test func removedDocumentIsReportedAndKeptThenPrunedWithPrune() throws {
    let corpus = try Corpus([Corpus.six[1], Corpus.six[3]], label: "cron-prune")
    defer { corpus.remove() }
    let run = ["run", corpus.inputs.path, "--out", corpus.out.path]
    #expect(try CLIRunner.run(run).status == 0)
    try FileManager.default.removeItem(at: corpus.inputs.appendingPathComponent("monka-r6.txt"))

    let kept = try CLIRunner.run(run)
    #expect(kept.status == 0)
    #expect(
      kept.stderr.contains(
        "jp-monka-2024-proposal: its document is no longer among the inputs (kept; --prune removes it)"
      ))
    #expect(
      kept.stderr.contains("not among the inputs (kept; --prune removes): jp-monka-2024-proposal"))
    #expect(
      Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal", "jp-monka-2024-proposal"])
    #expect(try Corpus.report(corpus.out)["notInInputs"] as? [String] == ["jp-monka-2024-proposal"])

    // An input that fails before its id is known could be the removed document's: --prune
    // holds back rather than delete what may be the last good export.
    try corpus.write([], as: "broken.txt")
    let withheld = try CLIRunner.run(run + ["--prune"])
    #expect(withheld.status == 1)
    #expect(
      withheld.stderr.contains(
        "--prune withheld: 1 input(s) failed before their document id was known"))
    #expect(
      Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal", "jp-monka-2024-proposal"])
    try FileManager.default.removeItem(at: corpus.inputs.appendingPathComponent("broken.txt"))

    let pruned = try CLIRunner.run(run + ["--prune"])
    #expect(pruned.status == 0)
    #expect(pruned.stderr.contains("pruned jp-monka-2024-proposal"))
    #expect(Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal"])
    #expect(try Corpus.report(corpus.out)["pruned"] as? [String] == ["jp-monka-2024-proposal"])
    let catalog = try String(
      contentsOf: corpus.out.appendingPathComponent("catalog.jsonld"), encoding: .utf8)
    #expect(!catalog.contains("jp-monka-2024-proposal"))
    #expect(catalog.contains("jp-kankyo-2024-proposal"))
  }

  @Test func standardInputIsADocument() throws {
    let corpus = try Corpus([], label: "cron-stdin")
    defer { corpus.remove() }
    let text = Corpus.text(Corpus.six[3])
    let result = try CLIRunner.run(["run", "-", "--out", corpus.out.path], stdin: Data(text.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Corpus.exportFolders(corpus.out) == ["jp-monka-2024-proposal"])
  }
}
