import CLibXML2

/// Hands bytes that are already in memory to libxml2 through its I/O callbacks
/// (`xmlParserInputBufferCreateIO`), a chunk per call, so the parser reads them as it would a
/// file instead of first copying the whole document. The bytes must stay valid, and the
/// reader alive, until libxml2 has freed the input buffer.
final class ByteReader {
  private let bytes: UnsafeRawBufferPointer
  private var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  /// An unretained pointer to `self` for libxml2's `void *` context argument.
  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// `xmlInputReadCallback`: copies up to `length` bytes into `buffer`; 0 at the end.
  static let read: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    let reader = Unmanaged<ByteReader>.fromOpaque(context).takeUnretainedValue()
    let count = min(Int(length), reader.bytes.count - reader.offset)
    guard count > 0, let base = reader.bytes.baseAddress else { return 0 }
    UnsafeMutableRawPointer(buffer).copyMemory(from: base + reader.offset, byteCount: count)
    reader.offset += count
    return Int32(count)
  }

  /// `xmlInputCloseCallback`: nothing to release (the owner keeps the bytes).
  static let close: xmlInputCloseCallback = { _ in 0 }
}
