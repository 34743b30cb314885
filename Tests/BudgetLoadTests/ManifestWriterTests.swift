import BudgetModel
import Foundation
import Testing

@testable import BudgetLoad

@Suite("Manifest and export index")
struct ManifestWriterTests {
  let manifest: ExportFile

  init() throws {
    manifest = try ManifestWriter.file(
      for: LDFixtures.document, files: LDFixtures.dataFiles, toolVersion: "0.1.0",
      mappingVersion: "2024.1")
  }

  @Test func listsEveryFileWithHashAndSize() throws {
    #expect(manifest.name == "manifest.json")
    #expect(manifest.mediaType == "application/json")
    let decoded = try JSONDecoder().decode(Manifest.self, from: Data(manifest.bytes))
    #expect(decoded.files.map(\.name) == LDFixtures.dataFiles.map(\.name).sorted())
    for file in LDFixtures.dataFiles {
      let entry = try #require(decoded.files.first { $0.name == file.name })
      #expect(entry.sha256 == SHA256.hex(file.bytes))
      #expect(entry.bytes == file.bytes.count)
      #expect(entry.mediaType == file.mediaType)
    }
    #expect(decoded.source.sha256 == LDFixtures.document.info.sourceSHA256)
    #expect(decoded.source.file == "soumu-r6-yosan-an-gaiyo.txt")
    #expect(decoded.toolVersion == "0.1.0")
    #expect(decoded.mappingVersion == "2024.1")
    #expect(decoded.manifestVersion == ManifestWriter.formatVersion)
    #expect(decoded.organization == LDFixtures.document.info.organization)
  }

  @Test func isDeterministicAndHoldsNoOwnHashOrTime() throws {
    let again = try ManifestWriter.file(
      for: LDFixtures.document, files: LDFixtures.dataFiles.reversed() + [manifest],
      toolVersion: "0.1.0", mappingVersion: "2024.1")
    #expect(again == manifest, "order-independent, and a manifest.json given is skipped")
    let text = String(decoding: manifest.bytes, as: UTF8.self)
    #expect(!text.contains(SHA256.hex(manifest.bytes)))
    #expect(!text.contains("manifest.json"))
    #expect(!text.contains("\\/"))
    #expect(text.contains(LDFixtures.awkwardTitle.replacingOccurrences(of: "\"", with: "\\\"")))
  }

  @Test func rejectsDuplicateNames() {
    #expect(throws: JSONLDError.duplicateIdentifier("items.csv")) {
      try ManifestWriter.file(
        for: LDFixtures.document, files: LDFixtures.dataFiles + [LDFixtures.dataFiles[0]],
        toolVersion: "t", mappingVersion: "m")
    }
  }

  @Test func indexEntryRoundTripsFromManifest() throws {
    let entry = try ExportIndex.Entry(manifest: manifest.bytes, folder: "jp-soumu-2024-proposal")
    #expect(entry.documentId == "jp-soumu-2024-proposal")
    #expect(entry.folder == "jp-soumu-2024-proposal")
    #expect(entry.title == LDFixtures.awkwardTitle)
    #expect(entry.organization == LDFixtures.document.info.organization)
    #expect(entry.fiscalYear == 2024)
    #expect(entry.manifestSHA256 == SHA256.hex(manifest.bytes))
    // The entry reads the manifest as every reader does: as a `Manifest`.
    let read = try Manifest(reading: manifest.bytes, path: "m.json")
    #expect(entry.title == read.title && entry.organization == read.organization)
  }

  @Test(arguments: [
    (
      "{\"manifestVersion\": \"1\"}",
      "x/manifest.json: not a valid manifest (\".manifestVersion\" is not of the type a manifest has)"
    ),
    (
      "{\"manifestVersion\": 1}",
      "x/manifest.json: not a valid manifest (\".documentId\" is missing)"
    ),
    ("{\"documentId\": ", "x/manifest.json: not a valid manifest (truncated or edited: not JSON)"),
  ])
  func badManifestIsReported(json: String, message: String) {
    #expect {
      try ExportIndex.Entry(manifest: Array(json.utf8), folder: "x")
    } throws: { error in
      (error as? JSONLDError)?.description == message
    }
  }

  @Test func indexCatalogListsEveryDocument() throws {
    let first = try ExportIndex.Entry(manifest: manifest.bytes, folder: "soumu")
    var otherDocument = LDFixtures.document
    otherDocument.info.id = "jp-soumu-2025-proposal"
    otherDocument.info.fiscalYear = 2025
    let otherManifest = try ManifestWriter.file(
      for: otherDocument, files: [], toolVersion: "0.1.0", mappingVersion: "2024.1")
    let second = try ExportIndex.Entry(manifest: otherManifest.bytes, folder: "soumu-2025")
    let index = try ExportIndex.catalog(entries: [second, first], baseIRI: LDFixtures.base)
    #expect(index.name == "catalog.jsonld")
    let json = try #require(try LDFixtures.parse(index.bytes) as? [String: Any])
    #expect(json["@type"] as? String == "dcat:Catalog")
    let datasets = json["dcat:dataset"] as? [[String: Any]] ?? []
    #expect(
      datasets.compactMap { $0["dcterms:identifier"] as? String } == [
        "jp-soumu-2024-proposal", "jp-soumu-2025-proposal",
      ])
    let distribution = (datasets.first?["dcat:distribution"] as? [[String: Any]])?.first
    #expect(
      (distribution?["dcat:downloadURL"] as? [String: Any])?["@id"] as? String
        == "soumu/manifest.json")
    let checksum = distribution?["spdx:checksum"] as? [String: Any]
    #expect(
      (checksum?["spdx:checksumValue"] as? [String: Any])?["@value"] as? String
        == SHA256.hex(manifest.bytes))
    let again = try ExportIndex.catalog(entries: [first, second], baseIRI: LDFixtures.base)
    #expect(again == index)
    #expect(throws: JSONLDError.duplicateIdentifier("soumu")) {
      try ExportIndex.catalog(entries: [first, first], baseIRI: LDFixtures.base)
    }
  }
}
