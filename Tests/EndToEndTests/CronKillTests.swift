import Foundation
import Testing

/// SIGKILL mid-export: every export left behind is the previous complete one or the new
/// complete one (its manifest's hashes match every file; the XML validates), the lock the
/// killed run held does not block the next run, and the next run leaves no `.tmp-*` behind.
@Suite(.serialized) struct CronKillTests {
  /// The sample's total, changed in the "B" version of every document so that a mixture of
  /// old and new files would show up as a manifest mismatch.
  static let total = "18兆2,107億円"
  static let changedTotal = "18兆2,108億円"

  static func sourceSHA256(_ folder: URL) throws -> String? {
    let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return (object?["source"] as? [String: Any])?["sha256"] as? String
  }

  static func sha256(_ url: URL) throws -> String {
    SHA256Hex.of(Array(try Data(contentsOf: url)))
  }

  @Test func sigkillMidExportLeavesOldOrNewExportsAndTheNextRunRepairs() throws {
    let corpus = try Corpus(label: "cron-kill")
    defer { corpus.remove() }
    let out = corpus.out
    let run = ["run", corpus.inputs.path, "--out", out.path, "--jobs", "2"]
    let first = try CLIRunner.run(run)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(Corpus.exportFolders(out) == Corpus.six.map(\.documentId).sorted())

    var killedMidway = 0
    for (round, delay) in [0.0, 0.25, 0.8].enumerated() {
      // Old and new content of every document, by file name.
      var old: [String: String] = [:]
      var new: [String: String] = [:]
      for v in Corpus.six {
        let url = corpus.inputs.appendingPathComponent(v.fileName)
        old[v.documentId] = try Self.sha256(url)
        var text = Corpus.text(v)
        if round % 2 == 0 {
          text = text.replacingOccurrences(of: Self.total, with: Self.changedTotal)
        }
        try corpus.write(text, as: v.fileName)
        new[v.documentId] = try Self.sha256(url)
        #expect(old[v.documentId] != new[v.documentId])
      }

      let started = try StartedCLI(run, logFolder: corpus.root)
      let sawWork = Corpus.waitFor(timeout: 60) {
        !Corpus.temporaries(out).isEmpty || !started.process.isRunning
      }
      #expect(sawWork)
      usleep(UInt32(delay * 1_000_000))
      started.kill9()
      let status = started.wait()
      if status == -SIGKILL { killedMidway += 1 }

      // Right after the kill: six exports, each complete and either old or new.
      let folders = Corpus.exportFolders(out)
      #expect(folders == Corpus.six.map(\.documentId).sorted(), "round \(round)")
      let validate = try CLIRunner.run(
        ["validate"] + folders.map { out.appendingPathComponent($0).path })
      #expect(
        validate.status == 0, "round \(round) after SIGKILL at +\(delay) s: \(validate.stderr)")
      for id in folders {
        let source = try Self.sourceSHA256(out.appendingPathComponent(id))
        #expect(
          source == old[id] || source == new[id],
          "round \(round): \(id) is neither the old nor the new export")
      }
      if status == -SIGKILL {
        #expect(
          FileManager.default.fileExists(
            atPath: out.appendingPathComponent(".budget-etl.lock").path))
      }

      // The next run (no --wait) takes over the dead run's lock, finishes and cleans up.
      let rerun = try CLIRunner.run(run)
      #expect(rerun.status == 0, "round \(round): \(rerun.stderr)")
      #expect(Corpus.temporaries(out) == [], "round \(round)")
      let statuses = try Corpus.statuses(out)
      #expect(statuses.count == 6)
      #expect(statuses.values.allSatisfy { $0 == "exported" || $0 == "skipped" }, "\(statuses)")
      let validateAgain = try CLIRunner.run(
        ["validate"] + folders.map { out.appendingPathComponent($0).path })
      #expect(validateAgain.status == 0, "\(validateAgain.stderr)")
      for id in folders {
        #expect(
          try Self.sourceSHA256(out.appendingPathComponent(id)) == new[id],
          "round \(round): \(id) not the new export")
      }
    }
    // The point of the test: at least one kill landed while the run was working.
    #expect(killedMidway >= 1)
  }
}
