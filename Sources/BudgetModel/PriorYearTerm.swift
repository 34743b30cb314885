/// Terms of the accounts that start with `前年度` and name no earlier year's amount:
/// `前年度剰余金受入` (the surplus carried in), `前年度繰越資金`. Their amount is a revenue or an
/// expense of the budget they are printed in, of that budget's own year.
public enum PriorYearTerm {
  /// The words that make `前年度` the start of such a term.
  static let accountWords = ["剰余金", "繰越", "繰入", "歳計剰余金"]

  /// Whether `前年度` in the text names the prior year: not when every `前年度` starts a term of
  /// the accounts. Spaces as printed (`前 年 度`) are ignored.
  public static func namesPriorYear(_ text: String) -> Bool {
    var rest = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
    while let range = rest.range(of: "前年度") {
      let after = rest[range.upperBound...]
      if !accountWords.contains(where: after.hasPrefix) { return true }
      rest = after
    }
    return false
  }

  /// The text without the `前年度` of each such term (`前年度剰余金受入` → `剰余金受入`), so that
  /// what is left names a year only where the text names one for its amount.
  public static func withoutAccountTerms(_ text: String) -> String {
    var result = ""
    var rest = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
    while let range = rest.range(of: "前年度") {
      let after = rest[range.upperBound...]
      result += rest[..<range.lowerBound]
      if !accountWords.contains(where: after.hasPrefix) { result += "前年度" }
      rest = after
    }
    return result + rest
  }
}
