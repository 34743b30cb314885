import BudgetModel

extension String {
  /// Trims ASCII and ideographic spaces and tabs. Works on the UTF-8 bytes: ` ` and tab are one
  /// byte each, `　` (U+3000) is `E3 80 80`, and no other character's encoding contains those
  /// byte sequences at a character boundary.
  var trimmingSpaces: String {
    var copy = self
    return copy.withUTF8 { bytes -> String in
      var lo = 0
      var hi = bytes.count
      while lo < hi {
        let b = bytes[lo]
        if b == 0x20 || b == 0x09 {
          lo += 1
        } else if b == 0xE3, lo + 2 < hi, bytes[lo + 1] == 0x80, bytes[lo + 2] == 0x80 {
          lo += 3
        } else {
          break
        }
      }
      while hi > lo {
        let b = bytes[hi - 1]
        if b == 0x20 || b == 0x09 {
          hi -= 1
        } else if b == 0x80, hi - 3 >= lo, bytes[hi - 2] == 0x80, bytes[hi - 3] == 0xE3 {
          hi -= 3
        } else {
          break
        }
      }
      if lo == 0 && hi == bytes.count { return self }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }
  }
}

extension String {
  /// Drops a trailing `:` or `：`.
  var trimmingColon: String {
    // Only a string whose last bytes are `:` (3A) or `：` (EF BC 9A) can end with either
    // character; the rest just trim spaces.
    var copy = self
    let endsWithColon = copy.withUTF8 { bytes in
      let n = bytes.count
      return (n >= 1 && bytes[n - 1] == 0x3A)
        || (n >= 3 && bytes[n - 1] == 0x9A && bytes[n - 2] == 0xBC && bytes[n - 3] == 0xEF)
    }
    guard endsWithColon else { return trimmingSpaces }
    var result = self
    while result.hasSuffix(":") || result.hasSuffix("：") { result.removeLast() }
    return result.trimmingSpaces
  }
}
