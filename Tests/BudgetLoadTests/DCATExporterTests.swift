import BudgetModel
import Foundation
import Testing

@testable import BudgetLoad

@Suite("DCAT catalog")
struct DCATExporterTests {
  let catalog: ExportFile
  let dataset: [String: Any]

  init() throws {
    let files = try DCATExporter.files(
      for: LDFixtures.document, dataFiles: LDFixtures.dataFiles, baseIRI: LDFixtures.base)
    #expect(files.count == 1)
    catalog = files[0]
    dataset = try #require(try LDFixtures.parse(catalog.bytes) as? [String: Any])
  }

  var distributions: [[String: Any]] { dataset["dcat:distribution"] as? [[String: Any]] ?? [] }

  @Test func isADCATDatasetNamedLikeTheDataCube() {
    #expect(catalog.name == "catalog.jsonld")
    #expect(catalog.mediaType == "application/ld+json")
    #expect(dataset["@type"] as? String == "dcat:Dataset")
    #expect(dataset["@id"] as? String == LDFixtures.base + "jp-soumu-2024-proposal")
    let context = dataset["@context"] as? [String: Any]
    #expect(context?["dcat"] as? String == "http://www.w3.org/ns/dcat#")
    #expect(context?["spdx"] as? String == "http://spdx.org/rdf/terms#")
  }

  @Test func titlesInJapaneseAndEnglish() {
    let titles = dataset["dcterms:title"] as? [[String: Any]] ?? []
    #expect(titles.compactMap { $0["@language"] as? String } == ["ja", "en"])
    #expect(titles.first?["@value"] as? String == LDFixtures.awkwardTitle)
    #expect((titles.last?["@value"] as? String)?.contains("FY2024") == true)
  }

  @Test func publisherIsTheMinistry() {
    let publisher = dataset["dcterms:publisher"] as? [String: Any]
    #expect(publisher?["@type"] as? [String] == ["foaf:Agent", "foaf:Organization"])
    #expect(publisher?["dcterms:identifier"] as? String == "2000012020001")
    let names = publisher?["foaf:name"] as? [[String: Any]] ?? []
    #expect(names.compactMap { $0["@value"] as? String }.first == "総務省")
    #expect(names.compactMap { $0["@language"] as? String } == ["ja", "en"])
  }

  @Test func temporalIsTheFiscalYear() {
    let temporal = dataset["dcterms:temporal"] as? [String: Any]
    #expect(temporal?["@type"] as? String == "dcterms:PeriodOfTime")
    #expect((temporal?["dcat:startDate"] as? [String: Any])?["@value"] as? String == "2024-04-01")
    #expect((temporal?["dcat:endDate"] as? [String: Any])?["@value"] as? String == "2025-03-31")
    #expect((temporal?["dcat:endDate"] as? [String: Any])?["@type"] as? String == "xsd:date")
    let issued = dataset["dcterms:issued"] as? [String: Any]
    #expect(issued?["@value"] as? String == "2023-12")
    #expect(issued?["@type"] as? String == "xsd:gYearMonth")
  }

  @Test func licenseAndKeywords() {
    let license = dataset["dcterms:license"] as? [String: Any]
    #expect(license?["@id"] as? String == "https://creativecommons.org/licenses/by/4.0/")
    let rights = String(decoding: catalog.bytes, as: UTF8.self)
    #expect(rights.contains("政府標準利用規約（第2.0版）"))
    let keywords = dataset["dcat:keyword"] as? [[String: Any]] ?? []
    let values = keywords.compactMap { $0["@value"] as? String }
    #expect(values.contains("予算") && values.contains("総務省") && values.contains("budget"))
  }

  @Test func oneDistributionPerFileWithSizeAndChecksum() throws {
    #expect(distributions.count == LDFixtures.dataFiles.count)
    for file in LDFixtures.dataFiles {
      let found = try #require(
        distributions.first { $0["dcterms:title"] as? String == file.name }, "\(file.name)")
      #expect(found["@type"] as? String == "dcat:Distribution")
      #expect((found["dcat:downloadURL"] as? [String: Any])?["@id"] as? String == file.name)
      #expect((found["dcat:accessURL"] as? [String: Any])?["@id"] as? String == file.name)
      let size = found["dcat:byteSize"] as? [String: Any]
      #expect(size?["@value"] as? String == String(file.bytes.count))
      #expect(size?["@type"] as? String == "xsd:nonNegativeInteger")
      let media = (found["dcat:mediaType"] as? [String: Any])?["@id"] as? String
      #expect(media == "http://www.iana.org/assignments/media-types/" + file.mediaType)
      let checksum = found["spdx:checksum"] as? [String: Any]
      let value = (checksum?["spdx:checksumValue"] as? [String: Any])?["@value"] as? String
      #expect(value == SHA256.hex(file.bytes))
      #expect(
        (checksum?["spdx:algorithm"] as? [String: Any])?["@id"] as? String
          == "http://spdx.org/rdf/terms#checksumAlgorithm_sha256")
    }
    let names = distributions.compactMap { $0["dcterms:title"] as? String }
    #expect(names == names.sorted())
  }

  @Test func skipsItselfAndTheManifest() throws {
    let extra =
      LDFixtures.dataFiles + [
        ExportFile(name: "catalog.jsonld", text: "{}", mediaType: "application/ld+json"),
        ExportFile(name: "manifest.json", text: "{}", mediaType: "application/json"),
      ]
    let files = try DCATExporter.files(
      for: LDFixtures.document, dataFiles: extra, baseIRI: LDFixtures.base)
    #expect(files[0] == catalog)
  }

  @Test func everyKeyIsAKeywordOrPrefixed() throws {
    let context = dataset["@context"] as? [String: Any] ?? [:]
    let keys = LDFixtures.keys(in: dataset).filter { !$0.hasPrefix("@") }
    let undefined = keys.filter { key in
      guard let colon = key.firstIndex(of: ":") else { return true }
      return context[String(key[..<colon])] == nil
    }
    #expect(undefined.isEmpty, "\(undefined.sorted())")
  }

  @Test func unpublishedMonthIsOmitted() throws {
    var document = LDFixtures.document
    document.info.publicationMonth = nil
    let files = try DCATExporter.files(for: document, dataFiles: [], baseIRI: LDFixtures.base)
    let parsed = try #require(try LDFixtures.parse(files[0].bytes) as? [String: Any])
    #expect(parsed["dcterms:issued"] == nil)
    #expect((parsed["dcat:distribution"] as? [Any])?.isEmpty == true)
  }
}
