import BudgetModel

/// Prefixes and shared node builders of the DCAT-AP files (`catalog.jsonld` per document and
/// the export index). Their keys are all compact IRIs (`dcterms:title`), so the context holds
/// prefixes only.
enum DCATVocabulary {
  static let context: JSONText = .object([
    ("dcat", .string(Vocabulary.dcat)),
    ("dcterms", .string(Vocabulary.dcterms)),
    ("foaf", .string(Vocabulary.foaf)),
    ("spdx", .string(Vocabulary.spdx)),
    ("rdfs", .string(Vocabulary.rdfs)),
    ("skos", .string(Vocabulary.skos)),
    ("xsd", .string(Vocabulary.xsd)),
  ])

  /// The EU authority tables DCAT-AP points to; their terms are typed where they are used
  /// (`dcterms:LinguisticSystem`, `skos:Concept`, `spdx:ChecksumAlgorithm`), so the official
  /// DCAT-AP 3.0.0 shapes accept the catalog without those vocabularies loaded.
  static let japanese = "http://publications.europa.eu/resource/authority/language/JPN"
  static let governmentTheme = "http://publications.europa.eu/resource/authority/data-theme/GOVE"
  static let sha256 = Vocabulary.spdx + "checksumAlgorithm_sha256"

  /// The catalog's language, Japanese, as the `dcterms:LinguisticSystem` DCAT-AP asks.
  static var language: JSONText {
    .object([("@id", .string(japanese)), ("@type", .string("dcterms:LinguisticSystem"))])
  }

  /// The data theme "Government and public sector", as the `skos:Concept` DCAT-AP asks.
  static var theme: JSONText {
    .object([("@id", .string(governmentTheme)), ("@type", .string("skos:Concept"))])
  }

  /// Creative Commons Attribution 4.0: the Government of Japan Standard Terms of Use
  /// (version 2.0) are compatible with it and name it as such. The canonical https IRI, as in
  /// datapackage.json and csv-metadata.json.
  static let licenseIRI = "https://creativecommons.org/licenses/by/4.0/"
  static let governmentTermsJa = "政府標準利用規約（第2.0版）"
  static let governmentTermsEn = "Government of Japan Standard Terms of Use (Version 2.0)"

  /// The license node: CC BY 4.0, labelled with the government terms it stands for.
  static var license: JSONText {
    .object([
      ("@id", .string(licenseIRI)),
      ("@type", .string("dcterms:LicenseDocument")),
      ("rdfs:label", .string("Creative Commons Attribution 4.0 International (CC BY 4.0)")),
    ])
  }

  /// The rights statement naming the government terms the data is published under.
  static var rights: JSONText {
    .object([
      ("@type", .string("dcterms:RightsStatement")),
      (
        "rdfs:label",
        .array([
          .tagged(governmentTermsJa + "に準拠（CC BY 4.0 互換）", "ja"),
          .tagged(governmentTermsEn + ", compatible with CC BY 4.0", "en"),
        ])
      ),
    ])
  }

  /// The publisher: the ministry as a `foaf:Agent` (and `foaf:Organization`), names in ja and
  /// en (`foaf:name`, mandatory in DCAT-AP), 法人番号.
  static func publisher(_ organization: Organization, base: String) -> JSONText {
    .members(
      ("@id", .string(base + "org/" + JSONLDIRI.segment(organization.code))),
      ("@type", .array([.string("foaf:Agent"), .string("foaf:Organization")])),
      (
        "foaf:name",
        .array([.tagged(organization.nameJa, "ja"), .tagged(organization.nameEn, "en")])
      ),
      ("dcterms:identifier", organization.corporateNumber.map(JSONText.string))
    )
  }

  /// The publisher of the export index: the Government of Japan, whose ministries publish
  /// every dataset the index lists.
  static func governmentPublisher(base: String) -> JSONText {
    .object([
      ("@id", .string(base + "org/government-of-japan")),
      ("@type", .array([.string("foaf:Agent"), .string("foaf:Organization")])),
      ("foaf:name", .array([.tagged("日本国政府", "ja"), .tagged("Government of Japan", "en")])),
    ])
  }

  /// A media type as a `dcterms:MediaType` node (the class DCAT-AP gives `dcat:mediaType`).
  static func mediaType(_ mediaType: String) -> JSONText {
    .object([("@id", .string(mediaTypeIRI(mediaType))), ("@type", .string("dcterms:MediaType"))])
  }

  /// The Japanese fiscal year as a period: April 1 to March 31 of the next year.
  static func fiscalYearPeriod(_ year: Int) -> JSONText {
    .object([
      ("@type", .string("dcterms:PeriodOfTime")),
      ("dcat:startDate", .typed(String(format4(year)) + "-04-01", "xsd:date")),
      ("dcat:endDate", .typed(String(format4(year + 1)) + "-03-31", "xsd:date")),
    ])
  }

  /// An SPDX SHA-256 checksum node.
  static func checksum(_ hex: String) -> JSONText {
    .object([
      ("@type", .string("spdx:Checksum")),
      (
        "spdx:algorithm",
        .object([("@id", .string(sha256)), ("@type", .string("spdx:ChecksumAlgorithm"))])
      ),
      ("spdx:checksumValue", .typed(hex, "xsd:hexBinary")),
    ])
  }

  /// The IANA media-type IRI for a media type (parameters such as `; charset=` dropped).
  static func mediaTypeIRI(_ mediaType: String) -> String {
    let bare = mediaType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? mediaType
    return "http://www.iana.org/assignments/media-types/"
      + bare.trimmed(" ").lowercased()
  }

  /// A year with at least four digits.
  static func format4(_ year: Int) -> String {
    var digits = String(year.magnitude)
    while digits.count < 4 { digits = "0" + digits }
    return (year < 0 ? "-" : "") + digits
  }

  /// The percent-encoded relative reference of a file in an export folder.
  static func relativeReference(_ name: String) -> String {
    name.split(separator: "/", omittingEmptySubsequences: false)
      .map { JSONLDIRI.segment(String($0)) }.joined(separator: "/")
  }
}

extension String {
  /// The string without leading and trailing occurrences of `character`.
  fileprivate func trimmed(_ character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return String(text)
  }
}
