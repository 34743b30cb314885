import BudgetModel
import Foundation

/// Finds the project's run-time data (the `Mappings/` folder and the bundled sample input):
/// an explicit path, `BUDGET_ETL_HOME`, or the nearest folder above the working directory or
/// the executable (symlinks resolved) that holds `Mappings/organizations.tsv`.
public enum ResourceLocator {
  public static let sampleInput = "Inputs/soumu-r6-yosan-an-gaiyo.txt"

  /// The project home: the folder holding `Mappings/`.
  public static func home() -> URL? {
    let fm = FileManager.default
    // Tried in order, each only when the one before found nothing (the executable's path is
    // the costly one to work out).
    if let env = ProcessInfo.processInfo.environment["BUDGET_ETL_HOME"],
      let found = search(from: URL(fileURLWithPath: env))
    {
      return found
    }
    if let found = search(from: URL(fileURLWithPath: fm.currentDirectoryPath)) { return found }
    // The executable's own path (/proc/self/exe on Linux), so a binary started from PATH or
    // through a symlink (the container image's /usr/local/bin/budget-etl) finds its folder;
    // without `Bundle.main`, which would read that whole folder (issue #24).
    let executable = URL(fileURLWithPath: ResourceBundle.executablePath() ?? ".")
    return search(from: executable.resolvingSymlinksInPath().deletingLastPathComponent())
  }

  /// The nearest folder at or above `start` (up to 8 levels) that holds
  /// `Mappings/organizations.tsv`.
  private static func search(from start: URL) -> URL? {
    var dir = start.standardizedFileURL
    for _ in 0..<8 {
      if FileManager.default.fileExists(
        atPath: dir.appendingPathComponent("Mappings/organizations.tsv").path)
      {
        return dir
      }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { break }
      dir = parent
    }
    return nil
  }

  public static func mappingsDirectory(_ explicit: String?) throws -> URL {
    if let explicit { return URL(fileURLWithPath: explicit) }
    guard let home = home() else {
      throw BudgetETLError.resourceNotFound("Mappings/ (set --mappings or BUDGET_ETL_HOME)")
    }
    return home.appendingPathComponent("Mappings")
  }

  public static func sample() throws -> URL {
    guard let home = home() else { throw BudgetETLError.resourceNotFound(sampleInput) }
    return home.appendingPathComponent(sampleInput)
  }
}
