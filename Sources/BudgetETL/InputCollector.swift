import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Expands the inputs of a run: files, folders (recursively, matching a glob on the file
/// name, `*.txt,*.pdf` by default: comma-separated globs) and `-` for standard input. Sorted, so runs are deterministic.
/// Hidden files and folders are skipped, as are the `excluded` folders (the run's output
/// folder, when it lies inside an input folder); a path given twice is read once.
public struct InputCollector: Sendable {
  public var include: String
  /// Folders whose contents are never inputs.
  public var excluded: [String] = []

  /// Text and PDF files.
  public static let defaultInclude = "*.txt,*.pdf"

  public init(include: String = InputCollector.defaultInclude) {
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
    var seen: Set<String> = []
    for item in expand(paths) {
      if case .file(let path) = item, !seen.insert(Self.canonical(path)).inserted { continue }
      result.append(item)
    }
    return result
  }

  /// The folders among `paths` in which no file matches the glob.
  public func emptyFolders(_ paths: [String]) -> [String] {
    paths.filter { path in
      var isDirectory: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
      else { return false }
      return expand([path]).isEmpty
    }
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  func expand(_ paths: [String]) -> [Item] {
    var result: [Item] = []
    let fm = FileManager.default
    let excludedPaths = Set(excluded.map(Self.canonical))
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
        var dir: ObjCBool = false
        let exists = fm.fileExists(atPath: full, isDirectory: &dir)
        if name.hasPrefix(".") || (exists && dir.boolValue && excludedPaths.contains(Self.canonical(full))) {
          if exists && dir.boolValue { enumerator.skipDescendants() }
          continue
        }
        guard include.split(separator: ",").contains(where: { fnmatch(String($0), name, 0) == 0 }) else { continue }
        if exists, dir.boolValue { continue }
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
