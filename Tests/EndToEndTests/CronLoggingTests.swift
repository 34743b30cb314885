import Foundation
import Testing

/// Logs for cron and log collectors: `--log-format json` is one JSON object per stderr line
/// (the summary included); `--quiet` prints nothing on success and only errors otherwise.
@Suite struct CronLoggingTests {
  static func garbled() -> String {
    Corpus.text(Corpus.six[1]).replacingOccurrences(of: "573億円", with: "12.3.4億円")
  }

  @Test func jsonLogFormatIsOneObjectPerLine() throws {
    let corpus = try Corpus([], label: "cron-json")
    defer { corpus.remove() }
    try corpus.write(Self.garbled(), as: "kankyo.txt")
    try corpus.write([], as: "empty.txt")
    let result = try CLIRunner.run([
      "run", corpus.inputs.path, "--out", corpus.out.path, "--log-format", "json",
    ])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count >= 3)
    var objects: [[String: Any]] = []
    for line in lines {
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object != nil, "not a JSON object: \(line)")
      if let object { objects.append(object) }
    }
    #expect(
      objects.allSatisfy {
        $0["level"] is String && $0["message"] is String && $0["time"] is String
      })
    #expect(
      objects.contains {
        $0["level"] as? String == "warning"
          && ($0["message"] as? String)?.hasSuffix(
            "kankyo.txt:28: malformed amount '12.3.4': 令和6年度予算額（案）\t12.3.4億円") == true
      })
    #expect(
      objects.contains {
        $0["level"] as? String == "error"
          && ($0["message"] as? String)?.hasSuffix("empty.txt: the input is empty") == true
      })
    let summary = objects.last ?? [:]
    #expect(
      summary["message"] as? String == "1 exported, 0 unchanged, 1 failed → \(corpus.out.path)")
    #expect(summary["exported"] as? String == "1")
    #expect(summary["failed"] as? String == "1")
    #expect(summary["exitCode"] as? String == "1")
    #expect((summary["failedInputs"] as? [String])?.first?.hasSuffix("empty.txt") == true)
  }

  @Test func quietPrintsNothingOnSuccessAndOnlyErrorsOnFailure() throws {
    let corpus = try Corpus([], label: "cron-quiet")
    defer { corpus.remove() }
    // A warning (the malformed amount) is not an error: nothing printed.
    try corpus.write(Self.garbled(), as: "kankyo.txt")
    let ok = try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path, "--quiet"])
    #expect(ok.status == 0)
    #expect(ok.stderr == "")
    #expect(ok.stdout == "")
    #expect(Corpus.exportFolders(corpus.out) == ["jp-kankyo-2024-proposal"])

    try corpus.write([], as: "empty.txt")
    let failed = try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path, "--quiet"])
    #expect(failed.status == 1)
    #expect(failed.stdout == "")
    #expect(
      failed.stderr == "budget-etl: error: \(corpus.inputs.path)/empty.txt: the input is empty\n")
  }

  @Test func verboseAddsInformationalLines() throws {
    let corpus = try Corpus([Corpus.six[2]], label: "cron-verbose")
    defer { corpus.remove() }
    let result = try CLIRunner.run([
      "run", corpus.inputs.path, "--out", corpus.out.path, "--verbose",
    ])
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "budget-etl: info: \(corpus.inputs.path)/boei-r6.txt: exported jp-boei-2024-proposal (159 items, 187 expenses, 1 warnings)"
      ))
    // Not a terminal: no progress bar.
    #expect(!result.stderr.contains("\r"))
    #expect(!result.stderr.contains("docs/s"))
  }
}
