import Foundation
import Testing

/// Byte-for-byte golden files, shared by the test targets: each keeps its files in a
/// `Snapshots/` folder beside its tests and passes that folder.
///
/// A golden file is written only when the environment variable `RECORD_SNAPSHOTS=1` is set;
/// otherwise a missing or different golden file fails the test, naming the first line that
/// differs.
public enum Snapshot {
  /// `Snapshots/` beside the file `filePath` (pass `#filePath`).
  public static func folder(besides filePath: String) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots", isDirectory: true)
  }

  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  }

  /// Compares `bytes` with the golden file `name` in `folder`, or records it under
  /// `RECORD_SNAPSHOTS=1`.
  public static func assertMatches(
    _ bytes: [UInt8], named name: String, in folder: URL,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder.appendingPathComponent(name)
    if isRecording {
      try Data(bytes).write(to: url, options: .atomic)
      return
    }
    guard let golden = try? Data(contentsOf: url) else {
      Issue.record(
        "Missing golden file \(url.path); run the tests with RECORD_SNAPSHOTS=1 to record it, and review the diff.",
        sourceLocation: sourceLocation)
      return
    }
    guard [UInt8](golden) != bytes else { return }
    let actual = lines(bytes)
    let expected = lines([UInt8](golden))
    let line =
      zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actual.count, expected.count)
    Issue.record(
      """
      \(name) differs from its golden file at line \(line + 1); re-record with \
      RECORD_SNAPSHOTS=1 if the change is intended.
      expected: \(line < expected.count ? String(expected[line]) : "<end>")
      actual:   \(line < actual.count ? String(actual[line]) : "<end>")
      """,
      sourceLocation: sourceLocation)
  }

  /// Lines split on LF and CRLF alike (a CSV's "\r\n" is one Character).
  private static func lines(_ bytes: [UInt8]) -> [Substring] {
    String(decoding: bytes, as: UTF8.self).split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
  }
}
