import Foundation

/// Finds a file of a SwiftPM resource bundle (`budget-etl_<Target>.resources`) without
/// `Bundle.main` where it can (issue #24).
///
/// `Bundle.module` asks `Bundle.main` for the executable's folder, and creating `Bundle.main`
/// in swift-corelibs-foundation reads that whole folder (twice): ≈ 0.4 ms beside a build's 50
/// entries, 13 ms in a folder of 12,000. The bundle is looked for here first where
/// `Bundle.module` would look first, beside the executable's real path (`/proc/self/exe`, the
/// image's `/usr/local/lib/budget-etl/bin/`), then under `BUDGET_ETL_HOME` (its `bin/`, then
/// itself); only when the file is in none of them is the caller's `Bundle.module` asked, so
/// a missing bundle still ends in the same error as before.
public enum ResourceBundle {
  /// The folders searched before `Bundle.module`, in order.
  public static func folders(
    executable: String? = executablePath(),
    home: String? = ProcessInfo.processInfo.environment["BUDGET_ETL_HOME"]
  ) -> [String] {
    var folders: [String] = []
    if let executable { folders.append((executable as NSString).deletingLastPathComponent) }
    if let home, !home.isEmpty {
      folders.append((home as NSString).appendingPathComponent("bin"))
      folders.append(home)
    }
    return folders
  }

  /// `<folder>/<bundle>/<file>` for the first of `folders` where that file exists, or nil.
  public static func file(
    _ file: String, inBundle bundle: String, folders: [String] = folders()
  ) -> URL? {
    for folder in folders {
      let path = ((folder as NSString).appendingPathComponent(bundle) as NSString)
        .appendingPathComponent(file)
      if FileManager.default.fileExists(atPath: path) { return URL(fileURLWithPath: path) }
    }
    return nil
  }

  /// The running executable's real path (symlinks resolved): `/proc/self/exe` on Linux,
  /// else the first argument resolved; nil when neither can be read.
  public static func executablePath() -> String? {
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return path
      }
    #endif
    guard let first = CommandLine.arguments.first, !first.isEmpty else { return nil }
    return URL(fileURLWithPath: first).resolvingSymlinksInPath().path
  }
}
