extension DocumentIdentifier {
  /// `2025年度裁判所予算の概算要求の概要`: a fiscal year printed as a four-digit Gregorian year
  /// right before `年度` (not glued to another digit), in a title that names the budget, when
  /// no era year is printed there. Nil when there is none or when the titles name several.
  static func gregorianFiscalYear(in texts: [String]) -> Int? {
    var years: Set<Int> = []
    for text in texts {
      let s = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
      var k = 0
      while k + 6 <= s.count {
        let digits = s[k..<(k + 4)]
        if digits.allSatisfy(\.isASCIIDigitCharacter), s[k + 4] == "年", s[k + 5] == "度",
          k == 0 || !s[k - 1].isASCIIDigitCharacter, let year = Int(String(digits)),
          (1989...2100).contains(year)
        {
          years.insert(year)
          k += 6
        } else {
          k += 1
        }
      }
    }
    return years.count == 1 ? years.first : nil
  }
}
