import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Expands the inputs of a run: files, folders (recursively, matching a glob on the file
/// name, `*.txt` by default) and `-` for standard input. Sorted, so runs are deterministic.
public struct InputCollector: Sendable {
  public var include: String

  public init(include: String = "*.txt") {
    self.include = include
  }

  /// One input of a run, or a path that could not be expanded.
  public enum Item: Sendable, Hashable {
    case file(String)
    case stdin
    case error(path: String, reason: String)
  }

  public func collect(_ paths: [String]) -> [Item] {
    var result: [Item] = []
    let fm = FileManager.default
    for path in paths {
      if path == "-" {
        result.append(.stdin)
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        result.append(.error(path: path, reason: Self.reason(for: path)))
        continue
      }
      if !isDirectory.boolValue {
        result.append(.file(path))
        continue
      }
      var found: [String] = []
      guard let enumerator = fm.enumerator(atPath: path) else {
        result.append(.error(path: path, reason: "cannot list the folder"))
        continue
      }
      while let relative = enumerator.nextObject() as? String {
        let full = (path as NSString).appendingPathComponent(relative)
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") { continue }
        guard fnmatch(include, name, 0) == 0 else { continue }
        var dir: ObjCBool = false
        if fm.fileExists(atPath: full, isDirectory: &dir), dir.boolValue { continue }
        if !fm.fileExists(atPath: full) {
          result.append(.error(path: full, reason: Self.reason(for: full)))
          continue
        }
        found.append(full)
      }
      result += found.sorted().map(Item.file)
    }
    return result
  }

  /// Why a path cannot be opened (for example a symlink loop).
  static func reason(for path: String) -> String {
    let fd = open(path, O_RDONLY)
    if fd >= 0 {
      close(fd)
      return "cannot read"
    }
    return String(cString: strerror(errno))
  }
}
