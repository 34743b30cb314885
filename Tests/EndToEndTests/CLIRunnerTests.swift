import Foundation
import Testing

/// The test runner itself: a run that writes far more than a pipe buffer (64 KiB) to both
/// stdout and stderr completes and loses nothing of either stream.
@Suite struct CLIRunnerTests {
  @Test func largeStdoutAndStderrAreBothReadToTheEnd() throws {
    let count = 3000
    // Figures with no unit and no table header: each line is reported.
    let text = (1...count).map { "謎の行その\($0) 10.0 20.0\n" }.joined()
    let result = try CLIRunner.run(["extract", "-"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let diagnostics = result.stderr.split(separator: "\n")
    #expect(diagnostics.count == count)
    #expect(result.stderr.utf8.count > 65_536)
    #expect(diagnostics.last?.hasSuffix("謎の行その\(count) 10.0 20.0") == true)
    #expect(result.stdout.utf8.count > 65_536)
  }
}
