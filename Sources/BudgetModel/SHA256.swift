import Crypto

/// SHA-256 digests, computed by apple/swift-crypto (BoringSSL on Linux, with its SHA-extension
/// and AVX code paths; CryptoKit on Apple platforms). Each exported file is hashed once, when
/// its `ExportFile` is made.
///
/// Only one-shot hashing of a byte array is offered; exported files are small enough to hold
/// in memory anyway.
public enum SHA256 {
  /// The lowercase hexadecimal SHA-256 digest of `bytes` (64 characters).
  public static func hex(_ bytes: [UInt8]) -> String {
    let digitChars: StaticString = "0123456789abcdef"
    let digest = Crypto.SHA256.hash(data: bytes)
    return String(unsafeUninitializedCapacity: 64) { out in
      digitChars.withUTF8Buffer { digits in
        var i = 0
        for byte in digest {
          out[i] = digits[Int(byte >> 4)]
          out[i + 1] = digits[Int(byte & 0x0f)]
          i += 2
        }
      }
      return 64
    }
  }

  /// The raw 32-byte SHA-256 digest of `bytes`.
  public static func digest(_ bytes: [UInt8]) -> [UInt8] {
    Array(Crypto.SHA256.hash(data: bytes))
  }
}
