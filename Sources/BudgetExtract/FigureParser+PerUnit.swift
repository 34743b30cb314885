/// A `万円` amount that is a rate or a bound, not a budget (`(児童1人当たり1万円)`,
/// `(1人10万円)`, `上限100万円`, `年収500万円以下`): `万円` is the unit such figures are printed
/// in, so one standing in that place is no amount (the figure parser reads past it and the
/// words stay the entry's label). Only an amount of one `万円` part is judged; every other unit
/// is read as before.
extension FigureParser {
  /// Words right before a per-unit or bounding amount.
  static let perUnitBefore = [
    "当たり", "あたり", "当り", "につき", "毎", "上限", "上限額", "最大", "最高", "限度", "限度額", "月額",
    "年額", "日額", "単価", "約",
  ]
  /// Words right after a bounding or approximate amount.
  static let perUnitAfter = ["以下", "以上", "未満", "超", "まで", "程度", "を上限", "上限", "相当", "/"]
  /// Counts a per-unit amount is printed after (`1人10万円`).
  static let countWords = ["人", "件", "世帯", "戸", "名", "社", "者", "校", "台", "頭", "箇所", "か所", "ヶ所"]

  /// Whether the `万円` amount printed at `start..<end` of `s` is a rate or a bound.
  static func isPerUnit(_ s: [Unicode.Scalar], start: Int, end: Int) -> Bool {
    var b = start
    while b > 0, s[b - 1] == " " { b -= 1 }
    let before = String(String.UnicodeScalarView(s[max(0, b - 8)..<b]))
    var a = end
    while a < s.count, s[a] == " " { a += 1 }
    let after = String(String.UnicodeScalarView(s[a..<min(s.count, a + 4)]))
    if perUnitBefore.contains(where: before.hasSuffix) { return true }
    if perUnitAfter.contains(where: after.hasPrefix) { return true }
    // `1人`, `2世帯`: a count right before the amount.
    for word in countWords where before.hasSuffix(word) {
      let rest = before.dropLast(word.count)
      if let last = rest.last, last.isASCIIDigitCharacter || "一二三四五六七八九十".contains(last) {
        return true
      }
    }
    return false
  }
}
