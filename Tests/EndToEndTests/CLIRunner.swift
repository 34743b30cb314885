import Foundation

/// Runs the built `budget-etl` binary, capturing stdout, stderr and the exit code.
enum CLIRunner {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary next to the test bundle (SwiftPM builds it because this target depends on it).
  static var binary: URL {
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for dir in [bundleDir, bundleDir.deletingLastPathComponent()] {
      let candidate = dir.appendingPathComponent("budget-etl")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return root.appendingPathComponent(".build/debug/budget-etl")
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// `launcher`, when given, starts the binary (for example `setpriv …` or `sh -c …`): the
  /// binary's path and the arguments are appended to it.
  static func run(
    _ arguments: [String], stdin: Data? = nil, cwd: URL? = nil, environment: [String: String] = [:],
    launcher: [String] = []
  ) throws -> Result {
    let process = Process()
    process.executableURL = launcher.isEmpty ? binary : URL(fileURLWithPath: launcher[0])
    process.arguments =
      launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [binary.path] + arguments
    process.currentDirectoryURL = cwd ?? root
    var env = ProcessInfo.processInfo.environment
    env["BUDGET_ETL_HOME"] = root.path
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try? input.fileHandleForWriting.close()
    // Both pipes are drained at once: reading one to its end first would deadlock on a run
    // that fills the other's pipe buffer (64 KiB) before it exits.
    let errData = DrainedPipe(err)
    let outData = readToEnd(out.fileHandleForReading)
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.wait(), as: UTF8.self))
  }
}

/// Reads a pipe to its end on a thread of its own; `wait()` returns what it read.
private final class DrainedPipe: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ pipe: Pipe) {
    let handle = pipe.fileHandleForReading
    Thread.detachNewThread { [self] in
      data = readToEnd(handle)
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

/// Reads a pipe to its end, retrying a read that a signal interrupts (EINTR): Foundation's
/// `readDataToEndOfFile` traps on it, which once crashed a test run on a loaded machine.
func readToEnd(_ handle: FileHandle) -> Data {
  var data = Data()
  var buffer = [UInt8](repeating: 0, count: 64 * 1024)
  while true {
    let count = buffer.withUnsafeMutableBytes {
      read(handle.fileDescriptor, $0.baseAddress, $0.count)
    }
    if count > 0 {
      data.append(contentsOf: buffer[0..<count])
    } else if count < 0, errno == EINTR {
      continue
    } else {
      return data
    }
  }
}
