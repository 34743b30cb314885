import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run at a time per output folder: an exclusive `flock` on `<out>/.budget-etl.lock`.
/// The kernel drops the lock when its process dies (SIGKILL included), so a lock left by a
/// killed run is taken over by the next one without any clean-up.
///
/// Its state is the lock file's descriptor, opened once by `init` and closed by `deinit`;
/// `acquire` and `release` change only the kernel's lock on it, so the type is `Sendable`
/// as the compiler checks it (every stored property is a constant).
public final class OutputLock: Sendable {
  public let path: String
  private let directory: String
  /// The lock file, or -1 when it could not be opened (`openError`; `acquire` says why).
  private let fd: Int32
  private let openError: Int32

  public init(directory: URL) {
    path = directory.appendingPathComponent(".budget-etl.lock").path
    self.directory = directory.path
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    openError = fd < 0 ? errno : 0
  }

  /// Takes the lock, waiting up to `wait` seconds. Returns false when another run holds it.
  public func acquire(wait: Double = 0) throws -> Bool {
    guard fd >= 0 else {
      throw BudgetETLError.outputFolderUnusable(
        path: directory,
        reason: "cannot create the lock file \(path): \(FailureText.posix(openError))")
    }
    let deadline = Date().addingTimeInterval(wait)
    while true {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 {
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        return true
      }
      if Date() >= deadline { return false }
      usleep(100_000)
    }
  }

  /// The process id the holder wrote into the lock file (for messages; may be stale).
  public func holderPID() -> Int32? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  public func release() {
    if fd >= 0 { flock(fd, LOCK_UN) }
  }

  deinit {
    if fd >= 0 { close(fd) }  // drops the lock too
  }
}
