/// A file a writer produced, before it is published: its name inside the document's export
/// folder, its bytes and its media type.
public struct ExportFile: Sendable, Hashable {
  /// Relative name, e.g. `items.csv`; never contains `/` or `..`.
  public var name: String
  public let bytes: [UInt8]
  /// IANA media type, e.g. `text/csv`, `application/xml`, `application/ld+json`.
  public var mediaType: String
  /// Lowercase hex SHA-256 of `bytes`, computed once here for the manifest, the DCAT
  /// distributions and the run report.
  public let sha256: String

  public init(name: String, bytes: [UInt8], mediaType: String) {
    self.name = name
    self.bytes = bytes
    self.mediaType = mediaType
    self.sha256 = SHA256.hex(bytes)
  }

  public init(name: String, text: String, mediaType: String) {
    self.init(name: name, bytes: Array(text.utf8), mediaType: mediaType)
  }
}
