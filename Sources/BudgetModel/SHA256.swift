import CSHA256

/// SHA-256 (FIPS 180-4) without CryptoKit (absent from Foundation on Linux) or swift-crypto's
/// build cost: the x86 SHA extensions where the CPU has them (CSHA256), portable Swift
/// otherwise. Each exported file is hashed once, when its `ExportFile` is made.
///
/// Only one-shot hashing of a byte array is offered; exported files are small enough to hold
/// in memory anyway.
public enum SHA256 {
  /// The lowercase hexadecimal SHA-256 digest of `bytes` (64 characters).
  public static func hex(_ bytes: [UInt8]) -> String {
    let digitChars: StaticString = "0123456789abcdef"
    let text = String(unsafeUninitializedCapacity: 64) { out in
      digitChars.withUTF8Buffer { digits in
        var i = 0
        for byte in digest(bytes) {
          out[i] = digits[Int(byte >> 4)]
          out[i + 1] = digits[Int(byte & 0x0f)]
          i += 2
        }
      }
      return 64
    }
    return text
  }

  /// The raw 32-byte SHA-256 digest of `bytes`.
  public static func digest(_ bytes: [UInt8]) -> [UInt8] {
    var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
      0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    // Whole blocks straight from the input; only the tail is copied, to be padded.
    let whole = bytes.count / 64 * 64
    bytes.withUnsafeBufferPointer { input in
      if whole > 0 { compress(&state, UnsafeRawPointer(input.baseAddress!), blocks: whole / 64) }
    }
    var tail = Array(bytes[whole...])
    let bitLength = UInt64(bytes.count) &* 8
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    tail.withUnsafeBytes { compress(&state, $0.baseAddress!, blocks: tail.count / 64) }

    var result: [UInt8] = []
    result.reserveCapacity(32)
    for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
      result.append(UInt8(truncatingIfNeeded: word >> 24))
      result.append(UInt8(truncatingIfNeeded: word >> 16))
      result.append(UInt8(truncatingIfNeeded: word >> 8))
      result.append(UInt8(truncatingIfNeeded: word))
    }
    return result
  }

  /// The compression function over `blocks` 64-byte blocks at `data`, on unchecked memory
  /// (the bounds-checked, reference-counted arrays of the first version cost 5× the time).
  private static func compress(
    _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
    _ data: UnsafeRawPointer, blocks: Int
  ) {
    if hasSHAExtensions && !forcePortable {
      var words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
      budget_sha256_ni(&words, data.assumingMemoryBound(to: UInt8.self), blocks)
      state = (words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7])
      return
    }
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      roundConstants.withUnsafeBufferPointer { k in
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        for block in 0..<blocks {
          let p = data + block * 64
          for t in 0..<16 {
            w[t] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
          }
          for t in 16..<64 {
            let x = w[t - 15]
            let y = w[t - 2]
            let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
            let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
          }
          var a = h0
          var b = h1
          var c = h2
          var d = h3
          var e = h4
          var f = h5
          var g = h6
          var h = h7
          for t in 0..<64 {
            let sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let temp1 = h &+ sum1 &+ choice &+ k[t] &+ w[t]
            let sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let temp2 = sum0 &+ majority
            h = g
            g = f
            f = e
            e = d &+ temp1
            d = c
            c = b
            b = a
            a = temp1 &+ temp2
          }
          h0 = h0 &+ a
          h1 = h1 &+ b
          h2 = h2 &+ c
          h3 = h3 &+ d
          h4 = h4 &+ e
          h5 = h5 &+ f
          h6 = h6 &+ g
          h7 = h7 &+ h
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
      }
    }
  }

  static let hasSHAExtensions = budget_sha256_has_ni() == 1
  /// Tests set this to check the portable code on machines with the SHA extensions.
  nonisolated(unsafe) static var forcePortable = false

  @inline(__always)
  private static func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 - count))
  }

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]
}
