import BudgetModel

/// The contents of a document's `manifest.json`, as ``ManifestWriter`` writes it: what the
/// export was made from and with, and the SHA-256 and size of every file in the folder
/// (except the manifest itself).
///
/// Decode one with `JSONDecoder` to verify an export folder or to rebuild the export index.
public struct Manifest: Sendable, Codable, Hashable {
  /// One exported file.
  public struct File: Sendable, Codable, Hashable {
    /// The name inside the export folder.
    public var name: String
    public var mediaType: String
    /// Size in bytes.
    public var bytes: Int
    /// Lowercase hex SHA-256 of the file.
    public var sha256: String
    public init(name: String, mediaType: String, bytes: Int, sha256: String) {
      self.name = name
      self.mediaType = mediaType
      self.bytes = bytes
      self.sha256 = sha256
    }
  }

  /// The input the export was made from.
  public struct Source: Sendable, Codable, Hashable {
    /// The input's file name.
    public var file: String
    /// Lowercase hex SHA-256 of the input bytes.
    public var sha256: String
    public init(file: String, sha256: String) {
      self.file = file
      self.sha256 = sha256
    }
  }

  /// A headline total of the document (one per account section), for the export index page.
  public struct HeadlineTotal: Sendable, Codable, Hashable {
    /// The account section as printed, e.g. `第1 一般会計`.
    public var label: String
    /// The budget-year total in yen.
    public var budgetJPY: Int64?
    public init(label: String, budgetJPY: Int64?) {
      self.label = label
      self.budgetJPY = budgetJPY
    }
  }

  /// The manifest format version (``ManifestWriter/formatVersion``).
  public var manifestVersion: Int
  public var documentId: String
  public var title: String
  public var organization: Organization
  public var fiscalYear: Int
  /// The budget stage's code (`proposal`, `supplementary-1`, …; see `Mappings/phases.tsv`).
  public var phase: String
  /// `YYYY-MM`, when printed.
  public var publicationMonth: String?
  public var source: Source
  public var toolVersion: String
  public var mappingVersion: String
  /// Every exported file but the manifest, in name order.
  public var files: [File]
  /// The fiscal year as printed (`令和6年度`); absent in manifests of earlier versions.
  public var fiscalYearLabel: String?
  /// The headline totals; absent in manifests of earlier versions.
  public var headlineTotals: [HeadlineTotal]?
  /// The stage's name in Japanese (`予算案`); absent in manifests of earlier versions.
  public var phaseNameJa: String?

  public init(
    manifestVersion: Int, documentId: String, title: String, organization: Organization,
    fiscalYear: Int, phase: String, publicationMonth: String?, source: Source,
    toolVersion: String, mappingVersion: String, files: [File], fiscalYearLabel: String? = nil,
    headlineTotals: [HeadlineTotal]? = nil, phaseNameJa: String? = nil
  ) {
    self.manifestVersion = manifestVersion
    self.documentId = documentId
    self.title = title
    self.organization = organization
    self.fiscalYear = fiscalYear
    self.phase = phase
    self.publicationMonth = publicationMonth
    self.source = source
    self.toolVersion = toolVersion
    self.mappingVersion = mappingVersion
    self.files = files
    self.fiscalYearLabel = fiscalYearLabel
    self.headlineTotals = headlineTotals
    self.phaseNameJa = phaseNameJa
  }
}
