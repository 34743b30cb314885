import Foundation

extension ExportPublisher {
  /// Removes an export folder that holds plain files only (a staged folder, or the previous
  /// export a publish swapped out) with one `unlinkat` per file and an `rmdir`. Anything else
  /// found in it (a folder someone put there, a file that cannot be removed) is left to
  /// Foundation's recursive removal, as before. Best effort, as every caller's `try?` was.
  ///
  /// `FileManager.removeItem` was about 5% of a one-document re-export.
  static func removeFolder(_ path: String) {
    if removePlainFolder(path) { return }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Whether the folder at `path` held plain files only and is now gone.
  private static func removePlainFolder(_ path: String) -> Bool {
    guard let folder = opendir(path) else { return false }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { names.append(name) }
    }
    let fd = dirfd(folder)
    var removedAll = true
    for name in names where unlinkat(fd, name, 0) != 0 { removedAll = false }
    closedir(folder)
    return removedAll && rmdir(path) == 0
  }
}
