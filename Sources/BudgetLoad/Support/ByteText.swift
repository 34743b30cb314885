/// Appending text to a UTF-8 byte buffer without going through `String`: the writers of
/// CSV and JSON build each file in one `[UInt8]`.
enum ByteText {
  /// The bytes of a literal.
  static func append(_ text: StaticString, to output: inout [UInt8]) {
    text.withUTF8Buffer { output.append(contentsOf: $0) }
  }

  /// The UTF-8 of a string, copied as one run when the string is contiguous.
  static func append(_ text: String, to output: inout [UInt8]) {
    if text.utf8.withContiguousStorageIfAvailable({ output.append(contentsOf: $0) }) == nil {
      output.append(contentsOf: text.utf8)
    }
  }

  /// Decimal digits of an integer, as `String(value)` prints them.
  static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
    if value < 0 { output.append(0x2D) }
    var magnitude = value.magnitude
    if magnitude < 10 {
      output.append(0x30 + UInt8(magnitude))
      return
    }
    var divisor: UInt64 = 1
    while divisor <= magnitude / 10 { divisor *= 10 }
    while divisor > 0 {
      output.append(0x30 + UInt8(magnitude / divisor))
      magnitude %= divisor
      divisor /= 10
    }
  }

  /// `true` or `false`.
  static func appendBool(_ value: Bool, to output: inout [UInt8]) {
    value ? append("true", to: &output) : append("false", to: &output)
  }
}
