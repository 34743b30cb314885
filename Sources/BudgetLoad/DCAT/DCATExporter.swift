import BudgetModel

/// Writes a document's `catalog.jsonld`: a DCAT-AP description of the export.
///
/// The node is a `dcat:Dataset` with the same `@id` as the `qb:DataSet` of `budget.jsonld`
/// (`<base><docId>`), carrying `dcterms:title` and `dcterms:description` in Japanese and
/// English, the ministry as `dcterms:publisher` (`foaf:Agent` and `foaf:Organization`, names in ja/en, 法人番号
/// as `dcterms:identifier`), the fiscal year as `dcterms:temporal` (April 1 to March 31),
/// `dcterms:issued` (publication month, when printed), `dcterms:license` (CC BY 4.0, with the
/// 政府標準利用規約（第2.0版） named in `dcterms:rights`), `dcat:keyword` in ja/en, and one
/// `dcat:Distribution` per data file: `dcat:downloadURL` and `dcat:accessURL` relative to the
/// export folder, `dcat:mediaType` (IANA IRI, a `dcterms:MediaType`), `dcat:byteSize`
/// (`xsd:nonNegativeInteger`, as DCAT-AP 3.0 asks) and an SPDX SHA-256 checksum.
///
/// Relative URLs resolve against the location of `catalog.jsonld` itself, so a processor must
/// be given that location as its base.
public enum DCATExporter {
  /// The name of the catalog file in an export folder.
  public static let fileName = "catalog.jsonld"

  /// `catalog.jsonld` for `document`, with one distribution per file of `dataFiles` in name
  /// order (`catalog.jsonld` and `manifest.json` themselves are skipped if given).
  ///
  /// - Throws: ``JSONLDError/invalidBaseIRI(_:)`` for a relative base IRI.
  public static func files(for document: BudgetDocument, dataFiles: [ExportFile], baseIRI: String)
    throws -> [ExportFile]
  {
    let base = try JSONLDIRI.normalizedBase(baseIRI)
    let info = document.info
    let datasetIRI = base + JSONLDIRI.segment(info.id)
    let distributed =
      dataFiles
      .filter { $0.name != fileName && $0.name != ManifestWriter.fileName }
      .sorted { $0.name < $1.name }
    let dataset = JSONText.members(
      ("@context", DCATVocabulary.context),
      ("@id", .string(datasetIRI)),
      ("@type", .string("dcat:Dataset")),
      ("dcterms:identifier", .string(info.id)),
      ("dcterms:title", .array([.tagged(info.title, "ja"), .tagged(englishTitle(info), "en")])),
      (
        "dcterms:description",
        .array([.tagged(japaneseDescription(info), "ja"), .tagged(englishDescription(info), "en")])
      ),
      ("dcterms:publisher", DCATVocabulary.publisher(info.organization, base: base)),
      ("dcterms:temporal", DCATVocabulary.fiscalYearPeriod(info.fiscalYear)),
      ("dcterms:issued", info.publicationMonth.map { .typed($0, "xsd:gYearMonth") }),
      ("dcterms:language", DCATVocabulary.language),
      ("dcterms:license", DCATVocabulary.license),
      ("dcterms:rights", DCATVocabulary.rights),
      ("dcat:theme", DCATVocabulary.theme),
      ("dcat:keyword", .array(keywords(info))),
      (
        "dcat:distribution",
        .array(distributed.map { distribution($0, datasetIRI: datasetIRI) })
      )
    )
    return [ExportFile(name: fileName, bytes: dataset.bytes, mediaType: JSONLDExporter.mediaType)]
  }

  /// One `dcat:Distribution` for a file of the export folder.
  static func distribution(_ file: ExportFile, datasetIRI: String) -> JSONText {
    let reference = DCATVocabulary.relativeReference(file.name)
    return .object([
      ("@id", .string(datasetIRI + "/distribution/" + reference)),
      ("@type", .string("dcat:Distribution")),
      ("dcterms:title", .string(file.name)),
      ("dcat:accessURL", .ref(reference)),
      ("dcat:downloadURL", .ref(reference)),
      ("dcat:mediaType", DCATVocabulary.mediaType(file.mediaType)),
      ("dcat:byteSize", .typed(String(file.bytes.count), "xsd:nonNegativeInteger")),
      ("spdx:checksum", DCATVocabulary.checksum(file.sha256)),
      ("dcterms:license", .ref(DCATVocabulary.licenseIRI)),
    ])
  }

  static func englishTitle(_ info: DocumentInfo) -> String {
    "\(info.organization.nameEn): overview of the FY\(DCATVocabulary.format4(info.fiscalYear)) budget (\(info.phase.documentNameEn))"
  }

  static func japaneseDescription(_ info: DocumentInfo) -> String {
    "「\(info.title)」（\(info.sourceFile)）から抽出した項目・主な経費・総括表・財政投融資の金額（円単位）。"
  }

  static func englishDescription(_ info: DocumentInfo) -> String {
    "Items, main expenses, summary tables and FILP figures (in yen) extracted from \(info.sourceFile)."
  }

  static func keywords(_ info: DocumentInfo) -> [JSONText] {
    let japanese = [
      "予算", info.organization.nameJa, info.fiscalYearLabel, info.phase.documentNameJa,
    ]
    let english = [
      "budget", "Japan", info.organization.nameEn, "FY" + DCATVocabulary.format4(info.fiscalYear),
      info.phase.documentNameEn,
    ]
    var seen = Set<String>()
    let ja = japanese.filter { !$0.isEmpty && seen.insert("ja:" + $0).inserted }
    let en = english.filter { !$0.isEmpty && seen.insert("en:" + $0).inserted }
    return ja.map { .tagged($0, "ja") } + en.map { .tagged($0, "en") }
  }
}
