import Crypto
import Foundation

extension Archive {
  /// A file the archive published, for the top-level catalog's distributions: its path
  /// relative to the export folder (`budget.sqlite`, `all/items.csv`), media type, size and
  /// lowercase hex SHA-256.
  public struct PublishedFile: Sendable, Hashable {
    public var path: String
    public var mediaType: String
    public var bytes: Int64
    public var sha256: String
  }

  static let databaseMediaType = "application/vnd.sqlite3"
  static let csvMediaType = "text/csv; charset=utf-8"
}

/// The SHA-256 and byte count of bytes as they are written, so that a large file is never
/// read back whole to be described.
struct StreamDigest {
  private var hasher = Crypto.SHA256()
  private(set) var count: Int64 = 0

  mutating func update(_ bytes: [UInt8]) {
    hasher.update(data: bytes)
    count += Int64(bytes.count)
  }

  var hex: String {
    hasher.finalize().map { byte in
      let digits = Array("0123456789abcdef".utf8)
      return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }.joined()
  }

  /// The digest of a file read in chunks of 1 MiB (memory stays bounded).
  static func file(_ url: URL) throws -> StreamDigest {
    guard let handle = try? FileHandle(forReadingFrom: url) else {
      throw ArchiveError.unreadable(path: url.path, reason: "cannot be opened")
    }
    defer { try? handle.close() }
    var digest = StreamDigest()
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      digest.update(Array(chunk))
    }
    return digest
  }
}
