import Foundation
import Testing

/// PDF input end to end: the built binary reads the sample typeset as PDF (two layouts), and
/// every layout fixture, exports the sample's document id with exit 0, keeps the decoded text
/// as `source.txt`, and fails cleanly — per document — on PDFs it cannot read. These tests need
/// `pdftotext` (poppler-utils, installed by `.ci/run`) and fail, never skip, without it.
@Suite struct PDFInputTests {
  static let fixtures = CLIRunner.root.appendingPathComponent("Tests/Fixtures/Layouts")
  static let documentId = "jp-soumu-2024-proposal"

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pdf-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func pdftotextIsInstalled() {
    let found = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].contains {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    #expect(found, "pdftotext is missing: apt-get install poppler-utils (.ci/run installs it)")
  }

  @Test(arguments: [
    "sample-plain.pdf", "sample-boxed.pdf", "sample-plain.layout.txt", "sample-plain.pdftotext.txt",
    "sample-boxed.layout.txt", "sample-boxed.pdftotext.txt", "sample-page-furniture.txt",
    "sample-space-aligned.txt",
    "sample-fullwidth.txt", "sample-circle-bullets.txt", "sample-hygiene.txt",
    "sample-no-overview.txt",
    "sample-wrapped.txt",
  ])
  func exportsTheSampleDocument(_ name: String) throws {
    let out = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLIRunner.run([
      "run", Self.fixtures.appendingPathComponent(name).path, "--out", out.path,
    ])
    #expect(result.status == 0, "\(name): \(result.stderr)")
    let folder = out.appendingPathComponent(Self.documentId)
    let manifest = try String(
      contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(manifest.contains("\"source.txt\""))
    let source = try String(
      contentsOf: folder.appendingPathComponent("source.txt"), encoding: .utf8)
    // Every source line of the items points at a line of source.txt with that item's title start.
    let lines = source.components(separatedBy: "\n")
    let items = try String(contentsOf: folder.appendingPathComponent("items.csv"), encoding: .utf8)
    #expect(items.contains("地方の一般財源総額の確保"))
    #expect(lines.count > 500)
    if name.hasSuffix(".pdf") {
      #expect(source.contains("\u{C}"), "pdftotext's page breaks are kept in source.txt")
    }
  }

  @Test func sourceLinesOfThePDFPointIntoSourceTxt() throws {
    let out = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLIRunner.run([
      "run", Self.fixtures.appendingPathComponent("sample-plain.pdf").path, "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let folder = out.appendingPathComponent(Self.documentId)
    let lines = try String(contentsOf: folder.appendingPathComponent("source.txt"), encoding: .utf8)
      .components(separatedBy: "\n")
    let expenses = try String(
      contentsOf: folder.appendingPathComponent("expenses.csv"), encoding: .utf8)
    // 【主な経費】マイナンバーカード交付事業費補助金 253.9億円: its line in source.txt holds the name.
    let row = try #require(
      expenses.components(separatedBy: "\r\n").first { $0.contains("マイナンバーカード交付事業費補助金") })
    let header = expenses.components(separatedBy: "\r\n")[0].components(separatedBy: ",")
    let column = try #require(header.firstIndex(of: "source_line"))
    let line = try #require(Int(row.components(separatedBy: ",")[column]))
    #expect(lines[line - 1].contains("マイナンバーカード交付事業費補助金"))
  }

  @Test func unreadablePDFsFailOneByOneWhileTheOthersExport() throws {
    let input = try Self.temporaryFolder()
    let out = try Self.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    for name in ["encrypted.pdf", "damaged.pdf", "no-text.pdf", "sample-plain.pdf"] {
      try FileManager.default.copyItem(
        at: Self.fixtures.appendingPathComponent(name), to: input.appendingPathComponent(name))
    }
    let result = try CLIRunner.run(["run", input.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("encrypted.pdf: cannot read the PDF: the PDF is encrypted"))
    #expect(result.stderr.contains("damaged.pdf: cannot read the PDF: the PDF is damaged"))
    #expect(result.stderr.contains("no-text.pdf: the PDF has no text layer"))
    #expect(
      FileManager.default.fileExists(
        atPath: out.appendingPathComponent("\(Self.documentId)/items.csv").path))
  }

  @Test func missingPdftotextNamesThePackage() throws {
    let out = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLIRunner.run(
      ["run", Self.fixtures.appendingPathComponent("sample-plain.pdf").path, "--out", out.path],
      environment: ["PATH": "/nonexistent"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("sample-plain.pdf: reading a PDF needs pdftotext"))
    #expect(result.stderr.contains("apt-get install poppler-utils"))
  }
}
