import Foundation

/// Reads an input's bytes from a path or `-` (standard input).
public enum InputReader {
  public static func read(_ path: String) throws -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }
}
