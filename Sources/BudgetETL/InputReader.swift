import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads an input's bytes from a path or `-` (standard input). Only regular files are read:
/// a FIFO, socket or device is refused before a byte is read (a FIFO without a writer would
/// block the run forever), and no read goes past `limit` bytes, so a runaway input costs no
/// more memory than the limit.
public enum InputReader {
  /// The default limit: `--max-input-mb 20`.
  public static let defaultLimit = 20 * 1024 * 1024

  public static func read(_ path: String, limit: Int = defaultLimit) throws -> [UInt8] {
    if path == "-" {
      let bytes = try readAll(STDIN_FILENO, path: path, limit: limit)
      guard bytes.count <= limit else {
        throw BudgetETLError.inputTooLarge(path: path, bytes: bytes.count, limit: limit)
      }
      return bytes
    }
    if let problem = problem(at: path) { throw problem }
    // O_NONBLOCK: should the path have become a FIFO since it was checked, open does not wait.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      throw BudgetETLError.unreadableInput(path: path, reason: FailureText.posix(errno))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw BudgetETLError.unreadableInput(path: path, reason: FailureText.posix(errno))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw BudgetETLError.notARegularFile(path: path, kind: kind(info.st_mode))
    }
    guard Int(info.st_size) <= limit else {
      throw BudgetETLError.inputTooLarge(path: path, bytes: Int(info.st_size), limit: limit)
    }
    let bytes = try readAll(fd, path: path, limit: limit)
    guard bytes.count <= limit else {
      throw BudgetETLError.inputTooLarge(path: path, bytes: bytes.count, limit: limit)
    }
    return bytes
  }

  /// Why `path` is not an input that can be read, or nil: missing, a symlink loop, or not a
  /// regular file (FIFO, socket, device). Does not open the file.
  public static func problem(at path: String) -> BudgetETLError? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return .unreadableInput(path: path, reason: FailureText.posix(errno))
    }
    let type = info.st_mode & S_IFMT
    guard type == S_IFREG else { return .notARegularFile(path: path, kind: kind(info.st_mode)) }
    return nil
  }

  /// What a file that is not a regular file is, for messages.
  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFSOCK: "a socket"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFDIR: "a folder"
    default: "a special file"
    }
  }

  /// Reads until end of file or until one byte past `limit` (so the caller can tell).
  static func readAll(_ fd: Int32, path: String, limit: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let n = chunk.withUnsafeMutableBytes {
        Glibc.read(fd, $0.baseAddress, min($0.count, limit + 1 - bytes.count))
      }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        throw BudgetETLError.unreadableInput(path: path, reason: FailureText.posix(errno))
      }
      bytes += chunk[0..<n]
    }
    return bytes
  }
}
