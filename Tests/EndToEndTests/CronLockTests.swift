import BudgetETL
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// One run at a time per output folder.
@Suite struct CronLockTests {
  @Test func secondRunExits3NamingTheLockThenWaitSucceedsOnceReleased() throws {
    let corpus = try Corpus([Corpus.six[1]], label: "cron-lock")
    defer { corpus.remove() }
    try FileManager.default.createDirectory(at: corpus.out, withIntermediateDirectories: true)
    let lock = OutputLock(directory: corpus.out)
    #expect(try lock.acquire())
    let run = ["run", corpus.inputs.path, "--out", corpus.out.path]

    let refused = try CLIRunner.run(run)
    #expect(refused.status == 3)
    #expect(
      refused.stderr.contains(
        "another budget-etl run holds the lock \(corpus.out.path)/.budget-etl.lock (pid \(getpid()))"
      ))
    #expect(refused.stderr.contains("--wait SECONDS"))
    #expect(Corpus.exportFolders(corpus.out) == [])
    #expect(
      !FileManager.default.fileExists(
        atPath: corpus.out.appendingPathComponent("run-report.json").path))

    // --wait 5, lock released after 1 s: the run waits, then exports.
    let started = Date()
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) { lock.release() }
    let waited = try CLIRunner.run(["--wait", "5"].reduce(into: run) { $0.append($1) })
    #expect(waited.status == 0, "\(waited.stderr)")
    #expect(Date().timeIntervalSince(started) >= 1)
    #expect(Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal"])
  }

  @Test func waitGivesUpWithExit3WhenTheLockStaysHeld() throws {
    let corpus = try Corpus([Corpus.six[1]], label: "cron-lock-timeout")
    defer { corpus.remove() }
    try FileManager.default.createDirectory(at: corpus.out, withIntermediateDirectories: true)
    let lock = OutputLock(directory: corpus.out)
    #expect(try lock.acquire())
    defer { lock.release() }
    let started = Date()
    let result = try CLIRunner.run([
      "run", corpus.inputs.path, "--out", corpus.out.path, "--wait", "0.5",
    ])
    #expect(result.status == 3)
    #expect(result.stderr.contains("waited for 0.5 s"))
    #expect(Date().timeIntervalSince(started) >= 0.5)
  }

  @Test func lockLeftByASigkilledRunDoesNotBlockTheNextRun() throws {
    let corpus = try Corpus(Array(Corpus.six.prefix(3)), label: "cron-lock-kill")
    defer { corpus.remove() }
    let run = ["run", corpus.inputs.path, "--out", corpus.out.path, "--jobs", "1"]
    let started = try StartedCLI(run, logFolder: corpus.root)
    let lockPath = corpus.out.appendingPathComponent(".budget-etl.lock").path
    // The lock is taken (the pid written) before any document is read.
    let locked = Corpus.waitFor(timeout: 60) {
      (try? String(contentsOfFile: lockPath, encoding: .utf8)) == "\(started.pid)\n"
        || !started.process.isRunning
    }
    #expect(locked)
    started.kill9()
    #expect(started.wait() == -SIGKILL)
    #expect(FileManager.default.fileExists(atPath: lockPath))

    let next = try CLIRunner.run(run)
    #expect(next.status == 0, "\(next.stderr)")
    #expect(
      Corpus.exportFolders(corpus.out) == [
        "jp-boei-2024-proposal", "jp-kankyo-2024-proposal", "jp-soumu-2024-proposal",
      ])
    #expect(Corpus.temporaries(corpus.out) == [])
  }
}
