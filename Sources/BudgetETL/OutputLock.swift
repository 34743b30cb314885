import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run at a time per output folder: an exclusive `flock` on `<out>/.budget-etl.lock`.
/// The kernel drops the lock when its process dies (SIGKILL included), so a lock left by a
/// killed run is taken over by the next one without any clean-up.
public final class OutputLock: @unchecked Sendable {
  public let path: String
  private let directory: String
  private var fd: Int32 = -1

  public init(directory: URL) {
    path = directory.appendingPathComponent(".budget-etl.lock").path
    self.directory = directory.path
  }

  /// Takes the lock, waiting up to `wait` seconds. Returns false when another run holds it.
  public func acquire(wait: Double = 0) throws -> Bool {
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw BudgetETLError.outputFolderUnusable(
        path: directory, reason: "cannot create the lock file \(path): \(FailureText.posix(errno))")
    }
    let deadline = Date().addingTimeInterval(wait)
    while true {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 {
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        return true
      }
      if Date() >= deadline {
        close(fd)
        fd = -1
        return false
      }
      usleep(100_000)
    }
  }

  /// The process id the holder wrote into the lock file (for messages; may be stale).
  public func holderPID() -> Int32? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  public func release() {
    if fd >= 0 {
      flock(fd, LOCK_UN)
      close(fd)
      fd = -1
    }
  }

  deinit { release() }
}
