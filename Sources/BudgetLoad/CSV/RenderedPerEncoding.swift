import Foundation

/// Bytes rendered once per process for each CSV encoding, and only for the encodings a run
/// uses: a run writes one encoding, and rendering the other two cost start-up time for nothing.
///
/// `@unchecked`: its one mutable property is read and written only under `lock`, which the
/// compiler cannot relate to the property (`Mutex` from Synchronization would need macOS 15).
final class RenderedPerEncoding: @unchecked Sendable {
  private let lock = NSLock()
  private var rendered: [CSVEncoding: [UInt8]] = [:]
  private let render: @Sendable (CSVEncoding) -> [UInt8]

  init(_ render: @escaping @Sendable (CSVEncoding) -> [UInt8]) {
    self.render = render
  }

  /// The bytes for `encoding`, rendered on first use (under the lock, so once).
  subscript(encoding: CSVEncoding) -> [UInt8] {
    lock.withLock {
      if let bytes = rendered[encoding] { return bytes }
      let bytes = render(encoding)
      rendered[encoding] = bytes
      return bytes
    }
  }
}
