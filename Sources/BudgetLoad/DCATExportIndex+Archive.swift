/// The archive of every document in the top-level `catalog.jsonld`: one more `dcat:Dataset`
/// whose distributions are `budget.sqlite` and the files of `all/` (combined CSVs, their Data
/// Package and CSVW metadata), each with media type, byte size and SHA-256, as the
/// per-document distributions have them.
extension ExportIndex {
  /// A file of the archive, its path relative to the export folder (`all/items.csv`).
  public struct ArchiveFile: Sendable, Hashable {
    public var path: String
    public var mediaType: String
    public var bytes: Int64
    public var sha256: String

    public init(path: String, mediaType: String, bytes: Int64, sha256: String) {
      self.path = path
      self.mediaType = mediaType
      self.bytes = bytes
      self.sha256 = sha256
    }
  }

  /// The identifier of the archive's dataset (`<base>archive`).
  public static let archiveIdentifier = "archive"

  /// The archive's `dcat:Dataset`: its files in path order, the documents it holds as
  /// `dcterms:hasPart`, the fiscal years they cover as `dcterms:temporal`.
  static func archiveDataset(_ files: [ArchiveFile], entries: [Entry], base: String) -> JSONText {
    let iri = base + archiveIdentifier
    let years = entries.map(\.fiscalYear)
    let temporal = years.min().map { first in
      JSONText.object([
        ("@type", .string("dcterms:PeriodOfTime")),
        ("dcat:startDate", .typed(DCATVocabulary.format4(first) + "-04-01", "xsd:date")),
        (
          "dcat:endDate",
          .typed(DCATVocabulary.format4((years.max() ?? first) + 1) + "-03-31", "xsd:date")
        ),
      ])
    }
    return .members(
      ("@id", .string(iri)),
      ("@type", .string("dcat:Dataset")),
      ("dcterms:identifier", .string(archiveIdentifier)),
      (
        "dcterms:title",
        .array([
          .tagged("予算データ アーカイブ（全文書）", "ja"), .tagged("Budget data archive (all documents)", "en"),
        ])
      ),
      (
        "dcterms:description",
        .array([
          .tagged(
            "全\(entries.count)文書の記録を1つにまとめたSQLiteデータベース（budget.sqlite、Datasette等で閲覧・検索）と、記録の種類ごとの結合CSV（all/、Data PackageとCSVWの記述付き）。金額は円単位。",
            "ja"),
          .tagged(
            "The records of the \(entries.count) exported documents in one SQLite database (budget.sqlite, for Datasette, sqlite-utils or DuckDB) and one combined CSV per record kind (all/, described by a Data Package and CSVW metadata). Amounts in yen.",
            "en"),
        ])
      ),
      ("dcterms:publisher", DCATVocabulary.governmentPublisher(base: base)),
      ("dcterms:temporal", temporal),
      ("dcterms:license", DCATVocabulary.license),
      (
        "dcterms:hasPart",
        .array(entries.map { .ref(base + JSONLDIRI.segment($0.documentId)) })
      ),
      ("dcat:distribution", .array(files.map { archiveDistribution($0, datasetIRI: iri) }))
    )
  }

  static func archiveDistribution(_ file: ArchiveFile, datasetIRI: String) -> JSONText {
    let reference = DCATVocabulary.relativeReference(file.path)
    let conformsTo: String? =
      switch file.mediaType {
      case "application/csvm+json": "http://www.w3.org/TR/tabular-metadata/"
      case "application/vnd.sqlite3": "https://www.sqlite.org/fileformat.html"
      default:
        file.path.hasSuffix("/datapackage.json")
          ? "https://specs.frictionlessdata.io/data-package/" : nil
      }
    return .members(
      ("@id", .string(datasetIRI + "/distribution/" + reference)),
      ("@type", .string("dcat:Distribution")),
      ("dcterms:title", .string(file.path)),
      ("dcat:accessURL", .ref(reference)),
      ("dcat:downloadURL", .ref(reference)),
      ("dcat:mediaType", DCATVocabulary.mediaType(file.mediaType)),
      ("dcterms:conformsTo", conformsTo.map(JSONText.ref)),
      ("dcat:byteSize", .typed(String(file.bytes), "xsd:nonNegativeInteger")),
      ("spdx:checksum", DCATVocabulary.checksum(file.sha256)),
      ("dcterms:license", .ref(DCATVocabulary.licenseIRI))
    )
  }
}
