/// Exact yen amounts as the pages print them: in 億円 as the document does (`199,270.1`),
/// with 兆 for headline totals (`18兆2,107億円`), and in full yen (`19,799,050,000,000円`).
/// Negative amounts take `▲`, as in the document. Integer arithmetic only.
enum YenText {
  static let yenPerOku: Int64 = 100_000_000
  static let okuPerChou: Int64 = 10_000

  /// `199,270.1` (億円, decimals as far as the amount needs them).
  static func oku(_ yen: Int64) -> String {
    let sign = yen < 0 ? "▲" : ""
    let magnitude = yen.magnitude
    let whole = magnitude / UInt64(yenPerOku)
    var fraction = magnitude % UInt64(yenPerOku)
    guard fraction > 0 else { return sign + grouped(whole) }
    // Eight digits after the point, trailing zeros dropped.
    var digits = 8
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    var text: [UInt8] = Array(repeating: 0x30, count: digits)
    for index in stride(from: digits - 1, through: 0, by: -1) {
      text[index] = 0x30 + UInt8(fraction % 10)
      fraction /= 10
    }
    return sign + grouped(whole) + "." + String(decoding: text, as: UTF8.self)
  }

  /// `18兆2,107億円`, or `573億円` below one 兆.
  static func headline(_ yen: Int64) -> String {
    let sign = yen < 0 ? "▲" : ""
    let magnitude = yen.magnitude
    let chou = magnitude / UInt64(yenPerOku * okuPerChou)
    let rest = Int64(magnitude % UInt64(yenPerOku * okuPerChou))
    guard chou > 0 else { return sign + oku(rest) + "億円" }
    return sign + grouped(chou) + "兆" + (rest == 0 ? "" : oku(rest) + "億") + "円"
  }

  /// `19,799,050,000,000円`.
  static func yen(_ yen: Int64) -> String {
    (yen < 0 ? "▲" : "") + grouped(yen.magnitude) + "円"
  }

  /// Digits in groups of three, separated by commas.
  static func grouped(_ value: UInt64) -> String {
    var reversed: [UInt8] = []
    var rest = value
    var count = 0
    repeat {
      if count > 0, count % 3 == 0 { reversed.append(0x2C) }
      reversed.append(0x30 + UInt8(rest % 10))
      rest /= 10
      count += 1
    } while rest > 0
    return String(decoding: reversed.reversed(), as: UTF8.self)
  }
}
