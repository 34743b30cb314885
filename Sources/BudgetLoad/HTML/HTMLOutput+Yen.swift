extension HTMLOutput {
  /// `▲` before a negative amount, as the document prints it.
  mutating func sign(_ yen: Int64) {
    if yen < 0 { literal("▲") }
  }

  /// Digits in groups of three, separated by commas: `19,927,010,000,000`.
  mutating func grouped(_ value: UInt64) {
    var divisor: UInt64 = 1
    while divisor <= value / 1000 { divisor *= 1000 }
    digits(value / divisor)
    var rest = value % divisor
    while divisor > 1 {
      divisor /= 1000
      bytes.append(0x2C)
      let group = rest / divisor
      rest %= divisor
      bytes.append(0x30 + UInt8(group / 100))
      bytes.append(0x30 + UInt8(group / 10 % 10))
      bytes.append(0x30 + UInt8(group % 10))
    }
  }

  /// `199,270.1` (億円, decimals as far as the amount needs them).
  mutating func oku(_ yen: Int64) {
    sign(yen)
    let magnitude = yen.magnitude
    grouped(magnitude / UInt64(YenText.yenPerOku))
    var fraction = magnitude % UInt64(YenText.yenPerOku)
    guard fraction > 0 else { return }
    bytes.append(0x2E)
    var divisor = UInt64(YenText.yenPerOku) / 10
    while fraction > 0 {
      bytes.append(0x30 + UInt8(fraction / divisor))
      fraction %= divisor
      divisor /= 10
    }
  }

  /// `19,799,050,000,000円`.
  mutating func yen(_ yen: Int64) {
    sign(yen)
    grouped(yen.magnitude)
    literal("円")
  }
}
