import Foundation
import Testing

/// Byte-for-byte golden files in `Snapshots/`, next to this file.
///
/// A golden file is written only when the environment variable `RECORD_SNAPSHOTS=1` is set;
/// otherwise a missing or different golden file fails the test.
enum Snapshot {
  static var directory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots", isDirectory: true)
  }

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  }

  /// Compares `bytes` with the golden file `name`, or records it under `RECORD_SNAPSHOTS=1`.
  static func assertMatches(
    _ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try Data(bytes).write(to: url, options: .atomic)
      return
    }
    guard let golden = try? Data(contentsOf: url) else {
      Issue.record(
        "Missing golden file \(url.path); run the tests with RECORD_SNAPSHOTS=1 to record it.",
        sourceLocation: sourceLocation)
      return
    }
    if [UInt8](golden) != bytes {
      let actual = lines(bytes)
      let expected = lines([UInt8](golden))
      let firstDifference =
        zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actual.count, expected.count)
      Issue.record(
        """
        \(name) differs from the golden file at line \(firstDifference + 1); \
        re-record with RECORD_SNAPSHOTS=1 if the change is intended.
        expected: \(firstDifference < expected.count ? String(expected[firstDifference]) : "<end>")
        actual:   \(firstDifference < actual.count ? String(actual[firstDifference]) : "<end>")
        """,
        sourceLocation: sourceLocation)
    }
  }

  private static func lines(_ bytes: [UInt8]) -> [Substring] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  }
}
