extension DocumentIdentifier {
  /// `2016(平成28)年度一般会計決算を読む`: a Western year with its era year in parentheses before
  /// `年度`. When both name the same year, the text reads as `平成28年度…` (the year is certain);
  /// when they disagree, or the parentheses hold anything else, the text is left as printed (no
  /// year is read from it).
  func withPairedEraYear(_ text: String) -> String {
    let s = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
    var k = 0
    while k + 4 < s.count {
      let digits = s[k..<(k + 4)]
      guard digits.allSatisfy(\.isASCIIDigitCharacter), k == 0 || !s[k - 1].isASCIIDigitCharacter,
        s[k + 4] == "(" || s[k + 4] == "（",
        let close = s[(k + 5)...].prefix(8).firstIndex(where: { $0 == ")" || $0 == "）" }),
        close + 2 < s.count, s[close + 1] == "年", s[close + 2] == "度"
      else {
        k += 1
        continue
      }
      let era = String(s[(k + 5)..<close])
      let matches = eras.matches(in: era + "年度")
      guard matches.count == 1, matches[0].label == era + "年度",
        matches[0].year == Int(String(digits))
      else { return text }
      return String(s[..<k]) + era + String(s[(close + 1)...])
    }
    return text
  }
}
