import Foundation
import Testing

/// `budget-etl validate` on good and deliberately broken exports.
@Suite struct ValidateCommandTests {
  func export() throws -> URL {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID().uuidString)")
    let result = try CLIRunner.run(["run", "--out", out.path, "--quiet"])
    #expect(result.status == 0)
    return out.appendingPathComponent("jp-soumu-2024-proposal")
  }

  @Test func freshExportIsValid() throws {
    let folder = try export()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let result = try CLIRunner.run(["validate", folder.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("1 path(s) valid"))
  }

  @Test func brokenXMLFailsWithLineNumbers() throws {
    let folder = try export()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let xmlURL = folder.appendingPathComponent("budget.xml")
    var lines = try String(contentsOf: xmlURL, encoding: .utf8).components(separatedBy: "\n")
    // A wrong type: the first amount becomes text.
    let amountLine = try #require(lines.firstIndex { $0.contains("<value ") && $0.contains("19927010000000") })
    lines[amountLine] = lines[amountLine].replacingOccurrences(of: "19927010000000", with: "abc")
    // A dangling parent reference.
    let parentLine = try #require(lines.firstIndex { $0.contains("parent=\"c1-2\"") })
    lines[parentLine] = lines[parentLine].replacingOccurrences(of: "parent=\"c1-2\"", with: "parent=\"c9-99\"")
    let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).xml")
    defer { try? FileManager.default.removeItem(at: broken) }
    try lines.joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["validate", broken.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(broken.path):\(amountLine + 1):"))
    #expect(result.stderr.contains("c9-99"))
  }

  @Test func tamperedFileAndUndefinedTermAreReported() throws {
    let folder = try export()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let csv = folder.appendingPathComponent("filp.csv")
    let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "36000000000", with: "36000000001")
    try text.write(to: csv, atomically: true, encoding: .utf8)
    let jsonld = folder.appendingPathComponent("budget.jsonld")
    let ld = try String(contentsOf: jsonld, encoding: .utf8).replacingOccurrences(of: "\"@graph\"", with: "\"madeUpTerm\": 1,\n  \"@graph\"")
    try ld.write(to: jsonld, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["validate", folder.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("filp.csv: SHA-256 differs from the manifest"))
    #expect(result.stderr.contains("term 'madeUpTerm' is not defined by the context"))
  }
}
