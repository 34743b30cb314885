/// An exact decimal number as printed in a document: an integer significand and a count of
/// fraction digits. `199,270.1` is `DecimalNumber(significand: 1992701, scale: 1)`.
///
/// Money never passes through `Double`: a printed figure is kept as digits and scaled by
/// powers of ten only.
public struct DecimalNumber: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The digits as an integer, negative for negative numbers.
  public var significand: Int64
  /// How many of the digits stand after the decimal point.
  public var scale: Int

  public init(significand: Int64, scale: Int) {
    self.significand = significand
    self.scale = scale
  }

  /// Parses ASCII digits with optional `,` group separators, one optional `.`, and an optional
  /// leading `-`. Returns nil for anything else (for example `12.3.4`).
  public init?<S: StringProtocol>(ascii text: S) {
    self.init(codePoints: text.utf8)
  }

  /// The same grammar over code points — UTF-8 bytes or Unicode scalar values — so that a
  /// parser holding scalars makes no `String` (the one definition of decimal parsing).
  @inlinable
  public init?<S: Sequence>(codePoints: S) where S.Element: FixedWidthInteger {
    var value: Int64 = 0
    var scale = 0
    var sawPoint = false
    var sawDigit = false
    var negative = false
    var offset = 0
    for code in codePoints {
      defer { offset += 1 }
      switch code {
      case 0x30...0x39:  // 0-9
        let (m, o1) = value.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int64(code) - 0x30)
        if o1 || o2 { return nil }
        value = a
        sawDigit = true
        if sawPoint { scale += 1 }
      case 0x2C:  // ,
        if sawPoint || !sawDigit { return nil }
      case 0x2E:  // .
        if sawPoint || !sawDigit { return nil }
        sawPoint = true
      case 0x2D where offset == 0:  // -
        negative = true
      default:
        return nil
      }
    }
    if !sawDigit || (sawPoint && scale == 0) { return nil }
    self.init(significand: negative ? -value : value, scale: scale)
  }

  public var isNegative: Bool { significand < 0 }

  public func negated() -> DecimalNumber {
    DecimalNumber(significand: -significand, scale: scale)
  }

  /// Multiplies by `10^exponent` and returns the exact integer, or nil when the result would
  /// keep a fraction or overflow.
  public func scaledToInteger(byPowerOfTen exponent: Int) -> Int64? {
    var value = significand
    let shift = exponent - scale
    if shift >= 0 {
      for _ in 0..<shift {
        let (m, o) = value.multipliedReportingOverflow(by: 10)
        if o { return nil }
        value = m
      }
      return value
    }
    for _ in 0..<(-shift) {
      if value % 10 != 0 { return nil }
      value /= 10
    }
    return value
  }

  /// Canonical text: `-`, digits, and `.` only, e.g. `199270.1`, `-390`, `0.05`.
  public var description: String {
    let magnitude = significand.magnitude
    var digits = String(magnitude)
    if scale > 0 {
      while digits.count <= scale { digits = "0" + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
    }
    return (significand < 0 ? "-" : "") + digits
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = DecimalNumber(ascii: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a decimal number: \(text)")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
