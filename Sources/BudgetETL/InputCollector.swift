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
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { return false }
      return expand([path]).isEmpty
    }
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  func expand(_ paths: [String]) -> [Item] {
    var result: [Item] = []
    let excludedPaths = Set(excluded.map(Self.canonical))
    for path in paths {
      if path == "-" {
        result.append(.stdin)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        // A file given directly: refused here when it cannot be an input (missing, a loop, a FIFO).
        if let problem = InputReader.problem(at: path) {
          result.append(.error(path: path, reason: Self.reason(problem)))
        } else {
          result.append(.file(path))
        }
        continue
      }
      var found: [Item] = []
      walk(path, excluded: excludedPaths, into: &found)
      result += found.sorted { Self.sortKey($0) < Self.sortKey($1) }
    }
    return result
  }

  /// Collects a folder's inputs recursively. A folder that cannot be listed and a matching
  /// entry that is not a readable regular file are items of their own (failures of the run,
  /// never skipped in silence); symlinked folders are not followed.
  func walk(_ folder: String, excluded: Set<String>, into result: inout [Item]) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      result.append(
        .error(path: folder, reason: "cannot list the folder: \(FailureText.reason(error))"))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let full = (folder as NSString).appendingPathComponent(name)
      var info = stat()
      if lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
        if !excluded.contains(Self.canonical(full)) {
          walk(full, excluded: excluded, into: &result)
        }
        continue
      }
      guard include.split(separator: ",").contains(where: { fnmatch(String($0), name, 0) == 0 })
      else { continue }
      switch InputReader.problem(at: full) {
      // A symlink to a folder.
      case .notARegularFile(_, let kind) where kind == "a folder": continue
      case let problem?: result.append(.error(path: full, reason: Self.reason(problem)))
      case nil: result.append(.file(full))
      }
    }
  }

  static func sortKey(_ item: Item) -> String {
    switch item {
    case .file(let path), .error(let path, _): path
    case .stdin: "-"
    }
  }

  /// The message of an input problem without its leading path.
  static func reason(_ problem: BudgetETLError) -> String {
    let text = FailureText.of(problem)
    switch problem {
    case .unreadableInput(let path, _), .notARegularFile(let path, _):
      return text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
    default: return text
    }
  }
}
