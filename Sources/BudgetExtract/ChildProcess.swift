import CChildProcess
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A helper program run to its end under limits, instead of Foundation's `Process`:
/// - started by `budget_child_spawn` (fork and exec in C, system calls only in between) as the
///   leader of a process group of its own, with `PR_SET_PDEATHSIG` (SIGKILL when budget-etl
///   dies, even by SIGKILL), `RLIMIT_AS` and no core files;
/// - its group killed with SIGKILL when it ends for any reason (finished, past a limit, a
///   Swift error) before its leader is reaped, and by the signal handlers on SIGTERM, SIGINT
///   and SIGHUP of budget-etl;
/// - its standard output and error read from non-blocking pipes with `poll` in one loop, so
///   neither pipe can fill up and stall it; output past `outputBytes` stops it, error output
///   past `errorBytes` is read and dropped.
public struct ChildProcess: Sendable {
  public struct Limits: Sendable, Equatable {
    /// Wall time from the start; the group is killed when it passes.
    public var seconds: Double
    /// `RLIMIT_AS` of the child in bytes; 0: none.
    public var addressSpaceBytes: Int
    /// Bytes of standard output kept; one byte more stops the child.
    public var outputBytes: Int
    /// Bytes of standard error kept; the rest is read and dropped.
    public var errorBytes: Int

    public init(
      seconds: Double, addressSpaceBytes: Int = 0, outputBytes: Int, errorBytes: Int = 64 * 1024
    ) {
      self.seconds = seconds
      self.addressSpaceBytes = addressSpaceBytes
      self.outputBytes = outputBytes
      self.errorBytes = errorBytes
    }
  }

  /// How the child ended.
  public enum Ending: Sendable, Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it (SIGKILL, or SIGSEGV or SIGABRT when memory ran out).
    case signaled(Int32)
    /// The wall time passed; it was killed.
    case timedOut
    /// Its standard output passed `outputBytes`; it was killed.
    case outputTooLarge
  }

  public struct Result: Sendable {
    public var ending: Ending
    /// Standard output, at most `outputBytes`.
    public var output: [UInt8]
    /// Standard error, at most `errorBytes`.
    public var errors: [UInt8]
    public var seconds: Double
  }

  /// The child could not be started (`errno` of fork, pipe or exec).
  public struct StartError: Error, Sendable, Equatable {
    public var executable: String
    public var code: Int32

    public init(executable: String, code: Int32) {
      self.executable = executable
      self.code = code
    }
  }

  public var executable: String
  public var arguments: [String]
  /// The child's environment; budget-etl's when nil.
  public var environment: [String: String]?
  public var limits: Limits

  public init(
    executable: String, arguments: [String], environment: [String: String]? = nil, limits: Limits
  ) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
    self.limits = limits
  }

  /// Runs the child with `input` (a descriptor, left open) as standard input, or `/dev/null`.
  public func run(input: Int32? = nil) throws -> Result {
    let started = DispatchTime.now().uptimeNanoseconds
    let stdin = input ?? open("/dev/null", O_RDONLY | O_CLOEXEC)
    defer { if input == nil, stdin >= 0 { close(stdin) } }
    guard stdin >= 0 else { throw StartError(executable: executable, code: errno) }
    let out = try pipe()
    let err: (read: Int32, write: Int32)
    do { err = try pipe() } catch {
      close(out.read)
      close(out.write)
      throw error
    }
    defer {
      close(out.read)
      close(err.read)
    }
    let pid = try spawn(stdin: stdin, stdout: out.write, stderr: err.write)
    var streams = Streams(output: out.read, errors: err.read, limits: limits)
    let deadline = started + UInt64(max(limits.seconds, 0) * 1e9)
    let stopped = streams.collect(pid: pid, deadline: deadline)
    // The group is killed while its leader is still unreaped: its ID cannot have been reused.
    kill(-pid, SIGKILL)
    budget_child_unregister(pid)
    let status = Self.reap(pid)
    let ending: Ending
    if let stopped {
      ending = stopped
    } else if status & 0x7f == 0 {
      ending = .exited((status >> 8) & 0xff)
    } else {
      ending = .signaled(status & 0x7f)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    return Result(
      ending: ending, output: streams.output, errors: streams.errors, seconds: seconds)
  }

  /// At the start of a program: on SIGTERM, SIGINT and SIGHUP every running child's group is
  /// killed before the program ends by the signal as it would have; the three are unblocked
  /// in the calling thread (the main one), whatever mask the parent passed on. (Run by the
  /// first child otherwise, without the unblocking.)
  public static func prepareSignals() {
    budget_child_prepare_signals()
  }

  /// A descriptor of a file holding `bytes` (for `run(input:)`) that has no name in any
  /// folder: nothing is left behind whatever ends the process. The caller closes it.
  public static func anonymousFile(_ bytes: [UInt8]) throws -> Int32 {
    let fd = bytes.withUnsafeBytes { budget_child_anonymous_file($0.baseAddress, $0.count) }
    guard fd >= 0 else { throw StartError(executable: "", code: -fd) }
    return fd
  }

  func pipe() throws -> (read: Int32, write: Int32) {
    var fds: [Int32] = [-1, -1]
    let rc = budget_child_pipe(&fds)
    guard rc == 0 else { throw StartError(executable: executable, code: rc) }
    return (fds[0], fds[1])
  }

  /// Starts the child; closes the write ends of the pipes in the parent whatever happens.
  func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws -> pid_t {
    defer {
      close(stdout)
      close(stderr)
    }
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let rc = budget_child_spawn(
      executable, argv, envp, stdin, stdout, stderr, UInt64(max(limits.addressSpaceBytes, 0)),
      &pid)
    guard rc == 0 else { throw StartError(executable: executable, code: rc) }
    return pid
  }

  /// Waits for `pid` and returns its raw wait status.
  static func reap(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return 0 }
    }
    return status
  }
}

/// The child's standard output and error, read as they come.
private struct Streams {
  var output: [UInt8] = []
  var errors: [UInt8] = []
  var fds: [pollfd]
  let limits: ChildProcess.Limits
  var buffer = [UInt8](repeating: 0, count: 64 * 1024)

  init(output: Int32, errors: Int32, limits: ChildProcess.Limits) {
    fds = [
      pollfd(fd: output, events: Int16(POLLIN), revents: 0),
      pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
    ]
    self.limits = limits
  }

  /// Reads until the child has ended (nil) or a limit is passed (the ending to report).
  mutating func collect(pid: pid_t, deadline: UInt64) -> ChildProcess.Ending? {
    while true {
      let now = DispatchTime.now().uptimeNanoseconds
      guard now < deadline else { return .timedOut }
      if budget_child_has_exited(pid) != 0 {
        return drain()  // what it wrote before it ended
      }
      // At most 50 ms between looks at the child: it may end with a grandchild holding the pipes.
      let wait = Int32(min((deadline - now) / 1_000_000 + 1, 50))
      if fds.allSatisfy({ $0.fd < 0 }) {
        usleep(UInt32(min(wait, 5)) * 1000)
        continue
      }
      let ready = poll(&fds, nfds_t(fds.count), wait)
      if ready < 0 && errno != EINTR { usleep(1000) }
      if ready > 0, let stopped = drain() { return stopped }
    }
  }

  /// Reads what each open pipe holds now, up to 1 MiB each (so that a child writing without
  /// end cannot keep the loop from its deadline); nil unless the output limit was passed.
  mutating func drain() -> ChildProcess.Ending? {
    for i in fds.indices where fds[i].fd >= 0 {
      for _ in 0..<16 {
        let n = buffer.withUnsafeMutableBytes { read(fds[i].fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 {
          if n == 0 || errno != EAGAIN { fds[i].fd = -1 }  // end of file (or unreadable)
          break
        }
        if i == 0 {
          output += buffer[0..<n]
          if output.count > limits.outputBytes {
            output.removeLast(output.count - limits.outputBytes)
            return .outputTooLarge
          }
        } else if errors.count < limits.errorBytes {
          errors += buffer[0..<min(n, limits.errorBytes - errors.count)]
        }
      }
    }
    return nil
  }
}
