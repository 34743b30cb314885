import Foundation
import Testing

/// `--formats` and the archive from the command line (issue #24): `--formats csv` over an
/// export that has an archive removes it and says how to rebuild it; `catalog` rebuilds it.
@Suite struct ArchiveFormatTests {
  @Test func csvOnlyRemovesTheArchiveItWouldMakeStaleAndCatalogRebuildsIt() throws {
    let variants = [Corpus.six[0], Corpus.six[2]]
    let corpus = try Corpus(variants, label: "archive-format")
    defer { corpus.remove() }
    let database = corpus.out.appendingPathComponent("budget.sqlite")
    let fm = FileManager.default

    let first = try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(fm.fileExists(atPath: database.path))

    let csv = try CLIRunner.run(
      ["run", corpus.inputs.path, "--out", corpus.out.path, "--formats", "csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(csv.stderr.contains("2 exported, 0 unchanged, 0 failed"))
    #expect(csv.stderr.contains("warning:"))
    #expect(csv.stderr.contains("this run changes 2 document export(s)"))
    #expect(csv.stderr.contains("budget-etl catalog \(corpus.out.path)"))
    #expect(!fm.fileExists(atPath: database.path))
    #expect(!fm.fileExists(atPath: corpus.out.appendingPathComponent("all").path))
    let catalog = try String(
      contentsOf: corpus.out.appendingPathComponent("catalog.jsonld"), encoding: .utf8)
    #expect(!catalog.contains("budget.sqlite"))
    for v in variants {
      #expect(catalog.contains(v.documentId))
      #expect(
        fm.fileExists(atPath: corpus.out.appendingPathComponent("\(v.documentId)/items.csv").path))
      #expect(
        !fm.fileExists(atPath: corpus.out.appendingPathComponent("\(v.documentId)/budget.xml").path)
      )
    }

    let rebuilt = try CLIRunner.run(["catalog", corpus.out.path])
    #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    #expect(fm.fileExists(atPath: database.path))
    let documents = try String(
      contentsOf: corpus.out.appendingPathComponent("all/documents.csv"), encoding: .utf8)
    for v in variants { #expect(documents.contains(v.documentId)) }
    #expect(
      try String(contentsOf: corpus.out.appendingPathComponent("catalog.jsonld"), encoding: .utf8)
        .contains("budget.sqlite"))

    let unknown = try CLIRunner.run(
      ["run", corpus.inputs.path, "--out", corpus.out.path, "--formats", "csv,archiv"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("the formats are csv, jsonld, xml, html, archive"))
  }
}
