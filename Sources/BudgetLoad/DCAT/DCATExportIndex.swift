import BudgetModel

/// The top-level `catalog.jsonld` over many exported documents: a `dcat:Catalog` whose
/// `dcat:dataset`s point at each document's folder, with its `manifest.json` as a
/// distribution checksummed by the manifest's SHA-256.
///
/// The index needs nothing but the per-document manifests: build each ``Entry`` with
/// ``Entry/init(manifest:folder:)`` from the bytes of a `manifest.json`.
public enum ExportIndex {
  /// The name of the index file at the top of an export directory.
  public static let fileName = "catalog.jsonld"

  /// The catalog over `entries`, sorted by document id, then folder, followed by the archive's
  /// dataset when `archive` lists its files (`budget.sqlite`, `all/…`).
  ///
  /// - Throws: ``JSONLDError/invalidBaseIRI(_:)`` for a relative base IRI,
  ///   ``JSONLDError/duplicateIdentifier(_:)`` when two entries share a folder.
  public static func catalog(
    entries: [Entry], archive: [ArchiveFile] = [], baseIRI: String
  ) throws -> ExportFile {
    let base = try JSONLDIRI.normalizedBase(baseIRI)
    let sorted = entries.sorted { ($0.documentId, $0.folder) < ($1.documentId, $1.folder) }
    var folders = Set<String>()
    for entry in sorted where !folders.insert(entry.folder).inserted {
      throw JSONLDError.duplicateIdentifier(entry.folder)
    }
    let catalog = JSONText.object([
      ("@context", DCATVocabulary.context),
      ("@id", .string(base + "catalog")),
      ("@type", .string("dcat:Catalog")),
      (
        "dcterms:title",
        .array([.tagged("予算書データ カタログ", "ja"), .tagged("Budget data catalog", "en")])
      ),
      (
        "dcterms:description",
        .array([
          .tagged("予算概要資料から変換した予算データの一覧。", "ja"),
          .tagged("Budget data converted from Japanese budget overview documents.", "en"),
        ])
      ),
      ("dcterms:publisher", DCATVocabulary.governmentPublisher(base: base)),
      ("dcterms:license", DCATVocabulary.license),
      (
        "dcat:dataset",
        .array(
          try sorted.map { try dataset($0, base: base) }
            + (archive.isEmpty
              ? []
              : [
                archiveDataset(
                  archive.sorted { $0.path < $1.path }, entries: sorted, base: base)
              ]))
      ),
    ])
    return ExportFile(name: fileName, bytes: catalog.bytes, mediaType: JSONLDExporter.mediaType)
  }

  static func dataset(_ entry: Entry, base: String) throws -> JSONText {
    let iri = base + JSONLDIRI.segment(entry.documentId)
    let folder = DCATVocabulary.relativeReference(entry.folder)
    let manifest = JSONText.members(
      ("@id", .string(iri + "/distribution/" + ManifestWriter.fileName)),
      ("@type", .string("dcat:Distribution")),
      ("dcterms:title", .string(ManifestWriter.fileName)),
      ("dcat:accessURL", .ref(folder + "/" + ManifestWriter.fileName)),
      ("dcat:downloadURL", .ref(folder + "/" + ManifestWriter.fileName)),
      ("dcat:mediaType", DCATVocabulary.mediaType("application/json")),
      ("spdx:checksum", entry.manifestSHA256.map(DCATVocabulary.checksum))
    )
    return .object([
      ("@id", .string(iri)),
      ("@type", .string("dcat:Dataset")),
      ("dcterms:identifier", .string(entry.documentId)),
      ("dcterms:title", .tagged(entry.title, "ja")),
      (
        "dcterms:description",
        .array([
          .tagged("「\(entry.title)」の予算データ（項目・主な経費・総括表・財政投融資、円単位）。", "ja"),
          .tagged(
            "Budget data of \(entry.organization.nameEn) for FY\(DCATVocabulary.format4(entry.fiscalYear)) (items, main expenses, summary tables and FILP, in yen).",
            "en"),
        ])
      ),
      ("dcterms:publisher", DCATVocabulary.publisher(entry.organization, base: base)),
      ("dcterms:temporal", DCATVocabulary.fiscalYearPeriod(entry.fiscalYear)),
      ("rdfs:seeAlso", .ref(folder + "/" + DCATExporter.fileName)),
      ("dcat:distribution", .array([manifest])),
    ])
  }
}
