import BudgetExtract
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The process helper that runs pdftotext, on `/bin/sh` scripts: output and status, both
/// pipes full at once, each limit, the process group (a grandchild dies with it on every
/// end), the limits the child runs under, and a program that cannot be started.
@Suite struct ChildProcessTests {
  static func sh(
    _ script: String, seconds: Double = 20, outputBytes: Int = 1 << 20, errorBytes: Int = 1024,
    memory: Int = 0
  ) -> ChildProcess {
    ChildProcess(
      executable: "/bin/sh", arguments: ["-c", script],
      limits: ChildProcess.Limits(
        seconds: seconds, addressSpaceBytes: memory, outputBytes: outputBytes,
        errorBytes: errorBytes))
  }

  /// Whether `pid` is a live process (a zombie waiting for its reaper is not).
  static func alive(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(close, offsetBy: 2)]
    return state != "Z" && state != "X"
  }

  static func gone(_ pid: Int32) -> Bool {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      if !alive(pid) { return true }
      usleep(10_000)
    }
    return false
  }

  @Test func outputErrorsAndStatus() throws {
    let result = try Self.sh("printf 'text'; printf 'said' >&2; exit 3").run()
    #expect(result.ending == .exited(3))
    #expect(String(decoding: result.output, as: UTF8.self) == "text")
    #expect(String(decoding: result.errors, as: UTF8.self) == "said")
  }

  @Test func bothPipesFullAtOnceDoNotBlock() throws {
    // 2 MB to each pipe, interleaved: a reader of one pipe at a time would stall the child.
    let script =
      "i=0; while [ $i -lt 32 ]; do head -c 65536 /dev/zero; head -c 65536 /dev/zero >&2; i=$((i+1)); done"
    let result = try Self.sh(script, seconds: 20, outputBytes: 4 << 20, errorBytes: 1000).run()
    #expect(result.ending == .exited(0))
    #expect(result.output.count == 32 * 65536)
    #expect(result.errors.count == 1000, "error output past errorBytes is read and dropped")
  }

  @Test func inputComesFromTheDescriptor() throws {
    let bytes = Array("%PDF-1.4 made-up".utf8)
    let fd = try ChildProcess.anonymousFile(bytes)
    defer { close(fd) }
    let result = try Self.sh("cat").run(input: fd)
    #expect(result.output == bytes)
  }

  @Test func wallTimeKillsTheGroupWithItsGrandchild() throws {
    let started = Date()
    let result = try Self.sh("sleep 30 & echo $!; wait", seconds: 0.5).run()
    #expect(result.ending == .timedOut)
    #expect(Date().timeIntervalSince(started) < 5)
    let grandchild = try #require(Int32(String(decoding: result.output, as: UTF8.self).trimmed))
    #expect(Self.gone(grandchild), "the background sleep died with the group")
  }

  @Test func aNormalEndKillsWhatTheChildLeftRunning() throws {
    let result = try Self.sh("sleep 30 >/dev/null 2>&1 & echo $!").run()
    #expect(result.ending == .exited(0))
    #expect(result.seconds < 10, "the leader's end is seen although the group lives on")
    let grandchild = try #require(Int32(String(decoding: result.output, as: UTF8.self).trimmed))
    #expect(Self.gone(grandchild))
  }

  @Test func outputPastTheLimitStopsTheChild() throws {
    let result = try Self.sh("yes budget", outputBytes: 100_000).run()
    #expect(result.ending == .outputTooLarge)
    #expect(result.output.count == 100_000)
  }

  @Test func childLeadsItsGroupWithoutCoreFilesUnderTheMemoryLimit() throws {
    let memory = 256 * 1_048_576
    let script = "echo $$; cut -d' ' -f5 /proc/$$/stat; ulimit -v; ulimit -c"
    let result = try Self.sh(script, memory: memory).run()
    let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.first == lines.dropFirst().first, "process group ID == the child's PID")
    #expect(lines.dropFirst(2).first == "\(memory / 1024)", "RLIMIT_AS in KiB")
    #expect(lines.last == "0", "no core files")
  }

  @Test func memoryLimitStopsAnAllocation() throws {
    let child = ChildProcess(
      executable: "/usr/bin/python3",
      arguments: ["-c", "b = bytearray(1 << 30); print('allocated')"],
      limits: ChildProcess.Limits(seconds: 20, addressSpaceBytes: 256 << 20, outputBytes: 1000))
    let result = try child.run()
    #expect(result.ending == .exited(1))
    #expect(String(decoding: result.errors, as: UTF8.self).contains("MemoryError"))
    #expect(result.output.isEmpty)
  }

  @Test func aMissingProgramIsAStartError() {
    let child = ChildProcess(
      executable: "/nonexistent/pdftotext", arguments: [],
      limits: ChildProcess.Limits(seconds: 5, outputBytes: 10))
    #expect(throws: ChildProcess.StartError(executable: "/nonexistent/pdftotext", code: ENOENT)) {
      try child.run()
    }
  }

  @Test func environmentIsPassed() throws {
    var child = Self.sh("printf %s \"$BUDGET_CHILD_TEST\"")
    child.environment = ["BUDGET_CHILD_TEST": "yes", "PATH": "/usr/bin:/bin"]
    #expect(String(decoding: try child.run().output, as: UTF8.self) == "yes")
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
