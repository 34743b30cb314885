import Foundation
import Testing

/// The HTML pages and `--formats` through the built binary.
@Suite struct HTMLCommandTests {
  static func temporary() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("html-e2e-\(UUID().uuidString)")
  }

  static func exists(_ url: URL, _ name: String) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
  }

  @Test func formatsChooseTheFilesAndTheIndexPageFollowsTheCatalog() throws {
    let out = Self.temporary()
    defer { try? FileManager.default.removeItem(at: out) }
    let folder = out.appendingPathComponent("jp-soumu-2024-proposal")
    var result = try CLIRunner.run(["run", "--out", out.path, "--quiet", "--formats", "html,csv"])
    #expect(result.status == 0, "\(result.stderr)")
    for name in [
      "index.html", "source.html", "items.csv", "manifest.json", "catalog.jsonld",
      "validation-report.txt",
    ] {
      #expect(Self.exists(folder, name), "\(name)")
    }
    for name in ["budget.xml", "budget-1.3.xsd", "budget.jsonld"] {
      #expect(!Self.exists(folder, name), "\(name)")
    }
    #expect(Self.exists(out, "index.html") && Self.exists(out, "catalog.jsonld"))

    // Other formats are another export: not skipped as unchanged.
    result = try CLIRunner.run(["run", "--out", out.path, "--quiet", "--formats", "xml"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      Self.exists(folder, "budget.xml") && !Self.exists(folder, "index.html")
        && !Self.exists(folder, "items.csv"))
    let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(!index.contains("jp-soumu-2024-proposal/index.html"), "no page to link to")
    #expect(index.contains("jp-soumu-2024-proposal/manifest.json"))
  }

  @Test func catalogCommandRebuildsTheIndexPage() throws {
    let out = Self.temporary()
    defer { try? FileManager.default.removeItem(at: out) }
    #expect(try CLIRunner.run(["run", "--out", out.path, "--quiet"]).status == 0)
    let page = out.appendingPathComponent("index.html")
    let written = try Data(contentsOf: page)
    try FileManager.default.removeItem(at: page)
    let result = try CLIRunner.run(["catalog", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Data(contentsOf: page) == written)
  }

  @Test func unknownFormatIsAUsageError() throws {
    let out = Self.temporary()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLIRunner.run(["run", "--out", out.path, "--formats", "csv,pdf"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "unknown format 'pdf' in --formats; the formats are csv, jsonld, xml, html"))
    #expect(!Self.exists(out, "jp-soumu-2024-proposal"))
  }
}
