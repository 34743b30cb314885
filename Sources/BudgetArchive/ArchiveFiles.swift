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

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: bytes)
    count += Int64(bytes.count)
  }

  var hex: String {
    hasher.finalize().map { byte in
      let digits = Array("0123456789abcdef".utf8)
      return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }.joined()
  }

  /// The digest of a file read in chunks of 1 MiB (memory stays bounded), with `read(2)`
  /// into one buffer: `FileHandle.read(upToCount:)` filled each chunk with a `read` per 4 KB
  /// and copied it twice (into `Data`, then an array), 15,000 calls for the 61 MB
  /// `budget.sqlite` of 200 documents (issue #24, branch `perf8`).
  static func file(_ url: URL) throws -> StreamDigest {
    let fd = open(url.path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw ArchiveError.unreadable(path: url.path, reason: "cannot be opened")
    }
    defer { close(fd) }
    var digest = StreamDigest()
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw ArchiveError.unreadable(path: url.path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { return digest }
      buffer.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
  }
}
