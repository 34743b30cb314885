import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue #10, as an operator running `budget-etl` from cron meets it: every failure is a
/// sentence naming the input (or the folder) and the cause, nothing hangs, nothing is lost.
@Suite(.serialized) struct FaultTests {
  /// Starts the binary without the capabilities that let root ignore file permissions, so
  /// that mode 000 means unreadable (the tests run as root in CI).
  static let unprivileged = [
    "/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search",
    "--inh-caps", "-dac_override,-dac_read_search",
  ]

  static func noRawFoundationError(_ text: String) {
    #expect(!text.contains("Error Domain"))
    #expect(!text.contains("could not be completed"))
    #expect(!text.contains("Fatal error"))
  }

  @Test func outputFolderThatIsAFileOrUnderAFile() throws {
    let corpus = try Corpus([], label: "fault-out")
    defer { corpus.remove() }
    let file = try corpus.write("x", as: "a-file")
    let a = try CLIRunner.run(["run", "--out", file.path])
    #expect(a.status == 4)
    #expect(
      a.stderr.contains(
        "budget-etl: cannot use the output folder \(file.path): it is a file, not a folder; nothing was done"
      ))
    let b = try CLIRunner.run(["run", "--out", file.path + "/sub"])
    #expect(b.status == 4)
    #expect(
      b.stderr.contains(
        "cannot use the output folder \(file.path)/sub: a part of the path is a file, not a folder")
    )
    Self.noRawFoundationError(a.stderr + b.stderr)
  }

  @Test func readOnlyFileSystem() throws {
    let corpus = try Corpus([], label: "fault-ro")
    defer { corpus.remove() }
    let mount = try TmpFS(corpus.root.appendingPathComponent("ro"), options: "size=1m,ro")
    defer { mount.unmount() }
    let result = try CLIRunner.run([
      "run", "--out", mount.url.appendingPathComponent("exports").path,
    ])
    #expect(result.status == 4)
    #expect(
      result.stderr.contains(
        "\(mount.url.path)/exports: the file system is read-only; nothing was done"))
    Self.noRawFoundationError(result.stderr)
  }

  @Test func negativeOrZeroJobs() throws {
    for value in ["-1", "0"] {
      let result = try CLIRunner.run([
        "run", "--jobs", value, "--out", "/nonexistent/never-created",
      ])
      #expect(result.status == 2)
      #expect(result.stderr.contains("--jobs must be at least 1 (got \(value))"))
    }
  }

  @Test func fifosSocketsAndDevicesAreRefusedWithoutHanging() throws {
    let corpus = try Corpus([Corpus.six[1]], label: "fault-fifo")
    defer { corpus.remove() }
    let fifo = corpus.inputs.appendingPathComponent("pipe.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let direct = corpus.root.appendingPathComponent("direct-fifo").path
    #expect(mkfifo(direct, 0o644) == 0)
    let started = Date()
    let result = try CLIRunner.run([
      "run", corpus.inputs.path, direct, "/dev/zero", "--out", corpus.out.path,
    ])
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "FAILED \(fifo): is a FIFO (named pipe), not a regular file; only regular files are read"))
    #expect(result.stderr.contains("FAILED \(direct): is a FIFO (named pipe), not a regular file"))
    #expect(result.stderr.contains("FAILED /dev/zero: is a character device, not a regular file"))
    #expect(Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal"])
    #expect(try Corpus.statuses(corpus.out)[fifo] == "failed")
  }

  @Test func unreadableFilesAndFoldersAreFailuresAndStopThePrune() throws {
    let corpus = try Corpus([Corpus.six[1], Corpus.six[2]], label: "fault-unreadable")
    defer {
      chmod(corpus.inputs.appendingPathComponent("sub").path, 0o755)
      corpus.remove()
    }
    // First run: both documents exported, one of them from a sub-folder.
    let sub = corpus.inputs.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: corpus.inputs.appendingPathComponent(Corpus.six[2].fileName),
      to: sub.appendingPathComponent(Corpus.six[2].fileName))
    #expect(
      try CLIRunner.run(
        ["run", corpus.inputs.path, "--out", corpus.out.path], launcher: Self.unprivileged
      ).status == 0)
    #expect(Corpus.exportFolders(corpus.out).count == 2)
    // Now the sub-folder cannot be listed and the other file cannot be read.
    let file = corpus.inputs.appendingPathComponent(Corpus.six[1].fileName)
    chmod(sub.path, 0o000)
    chmod(file.path, 0o000)
    let result = try CLIRunner.run(
      ["run", corpus.inputs.path, "--out", corpus.out.path, "--prune"], launcher: Self.unprivileged)
    #expect(result.status == 1)
    #expect(result.stderr.contains("FAILED \(sub.path): cannot list the folder: permission denied"))
    #expect(result.stderr.contains("FAILED \(file.path): permission denied"))
    #expect(result.stderr.contains("--prune withheld"))
    #expect(Corpus.exportFolders(corpus.out).count == 2, "nothing pruned")
    let statuses = try Corpus.statuses(corpus.out)
    #expect(statuses[sub.path] == "failed" && statuses[file.path] == "failed")
  }

  @Test func diskFullNamesTheInputAndTheFileAndStillSummarizes() throws {
    let corpus = try Corpus([], label: "fault-full")
    defer { corpus.remove() }
    // Room for the run report but not for an export (an export of the sample is ~1.3 MB).
    let small = try TmpFS(corpus.root.appendingPathComponent("small"), options: "size=400k")
    defer { small.unmount() }
    let out = small.url.appendingPathComponent("exports")
    let result = try CLIRunner.run(["run", Corpus.sampleURL.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "FAILED \(Corpus.sampleURL.path): cannot write its export \(out.path)/jp-soumu-2024-proposal/"
      ))
    #expect(result.stderr.contains("no space left on the device (disk full)"))
    #expect(result.stderr.contains("0 exported, 0 unchanged, 1 failed"))
    #expect(try Corpus.statuses(out)["jp-soumu-2024-proposal"] == "failed")
    #expect(Corpus.temporaries(out).isEmpty)
    // Not even room for the report: the run says so, and the stale report is gone.
    let tiny = try TmpFS(corpus.root.appendingPathComponent("tiny"), options: "size=8k")
    defer { tiny.unmount() }
    let tinyOut = tiny.url.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: tinyOut, withIntermediateDirectories: true)
    try Data(String(repeating: "{}\n", count: 1500).utf8).write(
      to: tinyOut.appendingPathComponent("run-report.json"))
    let full = try CLIRunner.run(["run", Corpus.sampleURL.path, "--out", tinyOut.path])
    #expect(full.status == 1)
    #expect(full.stderr.contains("0 exported, 0 unchanged, 1 failed"))
    #expect(
      full.stderr.contains(
        "ERROR cannot write \(tinyOut.path)/run-report.json: no space left on the device (disk full); the previous run's report was removed"
      ))
    #expect(
      !FileManager.default.fileExists(
        atPath: tinyOut.appendingPathComponent("run-report.json").path))
    Self.noRawFoundationError(result.stderr + full.stderr)
  }

  @Test func aPathologicalInputFailsCleanlyUnderAnAddressSpaceLimit() throws {
    // ~7 MB: the sample with 200,000 sub-item heading lines in its detail sections.
    let corpus = try Corpus([], label: "fault-headings")
    defer { corpus.remove() }
    let lines = Corpus.sample.components(separatedBy: "\n")
    var text = lines[..<198].joined(separator: "\n") + "\n"
    for i in 0..<200_000 { text += "(\(i % 9 + 1)) 事業の見出しです \(i % 9 + 1).0(1.0)\n" }
    text += lines[198...].joined(separator: "\n")
    let input = try corpus.write(text, as: "headings.txt")
    #expect(text.utf8.count > 7_000_000)
    let result = try CLIRunner.run(
      ["run", input.path, "--out", corpus.out.path],
      launcher: ["/bin/sh", "-c", "ulimit -v 1000000 && exec \"$0\" \"$@\""])
    #expect(result.status == 1)
    #expect(result.stderr.contains("FAILED \(input.path):100001: byte offset "))
    #expect(result.stderr.contains("lines, more than the limit of 100000 for one document"))
    Self.noRawFoundationError(result.stderr)
  }
}

/// A small tmpfs mounted for one test (the tests run as root, as CI does).
struct TmpFS {
  let url: URL

  init(_ url: URL, options: String) throws {
    self.url = url
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/mount")
    process.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", url.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "mount -t tmpfs needs root (CI runs as root)")
  }

  func unmount() {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/umount")
    process.arguments = [url.path]
    try? process.run()
    process.waitUntilExit()
  }
}
