import BudgetETL
import Foundation
import Testing

/// The built binary on the bundled sample: files, stdout, stderr, exit codes.
@Suite struct RunCommandTests {
  @Test func runExportsTheSample() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLIRunner.run(["run", "--out", out.path])
    #expect(result.status == 0)
    #expect(result.stderr.contains("1 exported, 0 unchanged, 0 failed"))
    let folder = out.appendingPathComponent("jp-soumu-2024-proposal")
    let items = try String(contentsOf: folder.appendingPathComponent("items.csv"), encoding: .utf8)
    #expect(items.contains("c1-1,c1,item,1,地方の一般財源総額の確保等,19927010000000,"))
    for name in [
      "expenses.csv", "observations.csv", "summary.csv", "filp.csv", "budget.xml", "budget.jsonld",
      "datapackage.json", "csv-metadata.json", "catalog.jsonld", "manifest.json",
      "validation-report.json",
    ] {
      #expect(
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
    }
    // Second run: unchanged, skipped.
    let again = try CLIRunner.run(["run", "--out", out.path])
    #expect(again.status == 0)
    #expect(again.stderr.contains("0 exported, 1 unchanged"))
  }

  @Test func extractPrintsJSONLines() throws {
    let result = try CLIRunner.run(["extract", "Inputs/soumu-r6-yosan-an-gaiyo.txt"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 446)
    #expect(lines.filter { $0.contains(#""type":"filp""#) }.count == 2)
  }

  /// The generic layout's totals and items in running text are records of `extract` too
  /// (national-r3-hosei1-gaiyo-blog line 2: `I.新型コロナウイルス感染症の拡大防止 18兆6,059億円`).
  @Test func extractPrintsTheAmountLinesOfTheGenericLayout() throws {
    let result = try CLIRunner.run([
      "extract", "Tests/Fixtures/RealWorld/national-r3-hosei1-gaiyo-blog.txt",
    ])
    #expect(result.status == 0)
    let amounts = result.stdout.split(separator: "\n").filter {
      $0.contains(#""type":"amount_line""#)
    }
    let first = try #require(amounts.first)
    #expect(first.contains(#"{"number":"18","unit":"兆"},{"number":"6059","unit":"億円"}"#))
    #expect(first.contains(#""span":{"endLine":2,"line":2}"#))
    #expect(amounts.count > 10)
  }

  @Test func transformStrictFailsOnTheRealWarning() throws {
    let result = try CLIRunner.run(["transform", "--strict", "Inputs/soumu-r6-yosan-an-gaiyo.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("1214,1277,177: warning"))
    #expect(result.stdout.contains(#""id":"jp-soumu-2024-proposal""#))
  }

  @Test(arguments: [["--help"], ["run", "--help"], ["help", "run"], ["validate", "-h"]])
  func helpIsPrintedWithExitCode0(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: budget-etl"))
    #expect(result.stderr.isEmpty)
    #expect(!result.stdout.contains("CommandError"))
  }

  /// Every exit code of README's "Exit codes:" paragraph is in `run --help` too.
  @Test func runHelpListsEveryExitCodeOfTheReadme() throws {
    let readme = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../README.md").standardizedFileURL, encoding: .utf8)
    let paragraph = try #require(
      readme.components(separatedBy: "\n\n").first { $0.hasPrefix("Exit codes:") })
    let codes = paragraph.matches(of: /`(\d)`/).map { String($0.1) }
    #expect(codes == ["0", "1", "2", "3", "4"])
    let help = try CLIRunner.run(["run", "--help"]).stdout
      .replacingOccurrences(of: "\n", with: " ").split(
        separator: " ", omittingEmptySubsequences: true
      )
      .joined(separator: " ")
    for code in codes {
      #expect(
        help.contains("; \(code) ") || help.contains("Exit codes: \(code) "), "exit code \(code)")
    }
  }

  /// `run …` is parsed with `run` as the root first (QuickRunParse, issue #24); whatever that
  /// parse does not take whole is the full parser's: the root's `--version`, and a usage error
  /// names the command as `budget-etl run`, as before.
  @Test func runLinesTheQuickParseLeavesAreTheFullParsers() throws {
    let version = try CLIRunner.run(["run", "--version"])
    #expect(version.status == 0)
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == ToolInfo.version)
    let jobs = try CLIRunner.run(["run", "--jobs", "0"])
    #expect(jobs.status == 2)
    #expect(jobs.stderr.contains("--jobs must be at least 1 (got 0)"))
    #expect(jobs.stderr.contains("Usage: budget-etl run [<options>] [<inputs> ...]"))
  }

  @Test func badUsageExits2() throws {
    let result = try CLIRunner.run(["run", "--csv-encoding", "latin1"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("'latin1' is invalid for '--csv-encoding"))
    #expect(result.stderr.contains("'utf-8', 'utf-8-bom' or 'cp932'"))
    let encoding = try CLIRunner.run([
      "extract", "--encoding", "ebcdic", "Inputs/soumu-r6-yosan-an-gaiyo.txt",
    ])
    #expect(encoding.status == 2)
    #expect(encoding.stderr.contains("'ebcdic' is invalid for '--encoding"))
  }
}
