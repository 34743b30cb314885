/// Exact yen amounts as the pages print them: in 億円 as the document does (`199,270.1`),
/// with 兆 for headline totals (`18兆2,107億円`), and in full yen (`19,799,050,000,000円`).
/// Negative amounts take `▲`, as in the document. Integer arithmetic only.
enum YenText {
  static let yenPerOku: Int64 = 100_000_000
  static let okuPerChou: Int64 = 10_000

  /// `199,270.1` (億円, decimals as far as the amount needs them).
  static func oku(_ yen: Int64) -> String {
    text { $0.oku(yen) }
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
    text { $0.yen(yen) }
  }

  /// Digits in groups of three, separated by commas.
  static func grouped(_ value: UInt64) -> String {
    text { $0.grouped(value) }
  }

  /// The text `write` puts into an ``HTMLOutput`` (the pages write it there directly).
  static func text(_ write: (inout HTMLOutput) -> Void) -> String {
    var out = HTMLOutput(capacity: 32)
    write(&out)
    return String(decoding: out.bytes, as: UTF8.self)
  }
}
