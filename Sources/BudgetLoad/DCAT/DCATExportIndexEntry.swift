import BudgetModel
import Foundation

extension ExportIndex {
  /// One document of the export index, taken from its `manifest.json`.
  public struct Entry: Sendable, Hashable {
    public var documentId: String
    /// The document's folder, relative to the index.
    public var folder: String
    public var title: String
    public var organization: Organization
    public var fiscalYear: Int
    /// Lowercase hex SHA-256 of the document's `manifest.json`.
    public var manifestSHA256: String?

    public init(
      documentId: String, folder: String, title: String, organization: Organization,
      fiscalYear: Int, manifestSHA256: String?
    ) {
      self.documentId = documentId
      self.folder = folder
      self.title = title
      self.organization = organization
      self.fiscalYear = fiscalYear
      self.manifestSHA256 = manifestSHA256
    }

    /// Reads an entry from the bytes of a `manifest.json` found in `folder`.
    ///
    /// - Throws: ``JSONLDError/invalidManifest(_:)`` when the bytes are not such a manifest.
    public init(manifest bytes: [UInt8], folder: String) throws {
      let manifest = try Manifest(reading: bytes, path: "\(folder)/\(ManifestWriter.fileName)")
      self.init(manifest: manifest, bytes: bytes, folder: folder)
    }

    /// An entry from a manifest already read from `bytes` (read once for the index and the
    /// catalog page).
    public init(manifest: Manifest, bytes: [UInt8], folder: String) {
      self.init(
        documentId: manifest.documentId, folder: folder, title: manifest.title,
        organization: manifest.organization, fiscalYear: manifest.fiscalYear,
        manifestSHA256: SHA256.hex(bytes))
    }
  }
}
