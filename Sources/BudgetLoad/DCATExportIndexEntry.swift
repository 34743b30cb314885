import BudgetModel
import Foundation

extension ExportIndex {
  /// One document of the export index.
  ///
  /// Codable: it decodes from a `manifest.json` written by ``ManifestWriter`` (unknown keys
  /// are ignored; `folder` defaults to the document id and `manifestSHA256` to nil when
  /// absent), and encodes with the keys `documentId`, `folder`, `title`, `organization`,
  /// `fiscalYear`, `manifestSHA256`. Prefer ``init(manifest:folder:)``, which also hashes the
  /// manifest.
  public struct Entry: Sendable, Codable, Hashable {
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
      let decoded: Entry
      do {
        decoded = try JSONDecoder().decode(Entry.self, from: Data(bytes))
      } catch {
        throw JSONLDError.invalidManifest("\(folder)/\(ManifestWriter.fileName): \(error)")
      }
      self = decoded
      self.folder = folder
      self.manifestSHA256 = SHA256.hex(bytes)
    }

    enum CodingKeys: String, CodingKey {
      case documentId, folder, title, organization, fiscalYear, manifestSHA256
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      documentId = try container.decode(String.self, forKey: .documentId)
      folder = try container.decodeIfPresent(String.self, forKey: .folder) ?? documentId
      title = try container.decode(String.self, forKey: .title)
      organization = try container.decode(Organization.self, forKey: .organization)
      fiscalYear = try container.decode(Int.self, forKey: .fiscalYear)
      manifestSHA256 = try container.decodeIfPresent(String.self, forKey: .manifestSHA256)
    }
  }
}
