/// The words that name the prior year (`前年度`, `前年`, `昨年`) and the terms of the accounts
/// that start with `前年度` but name no year (`前年度剰余金受入`, the surplus carried in;
/// `前年度繰越資金`): their amounts are of the document's own year. The one list that the
/// extract's reading of a figure in parentheses (`AmountLine.namesPriorYear`) and the
/// transform's reading of labels and headings (`SummaryBuilder.namesPriorYear`) share.
public enum PriorYearWords {
  /// What follows `前年度` in a term of the accounts.
  public static let accountTermsAfterPriorYear = ["剰余金", "繰越", "繰入", "歳計剰余金"]

  /// The text without spaces and without every term of the accounts that starts with `前年度`
  /// (`前年度剰余金受入` → `受入`): what is left names a year only where a year word is left.
  public static func withoutAccountTerms(_ text: some StringProtocol) -> String {
    var rest = Substring(String(text.filter { $0 != " " && $0 != "\u{3000}" }))
    var kept = ""
    while let range = rest.range(of: "前年度") {
      let after = rest[range.upperBound...]
      kept += rest[..<range.lowerBound]
      if let term = accountTermsAfterPriorYear.first(where: after.hasPrefix) {
        rest = after.dropFirst(term.count)
      } else {
        kept += rest[range]
        rest = after
      }
    }
    return kept + rest
  }

  /// Whether `前年度` names the prior year somewhere in the text: not only inside a term of the
  /// accounts that starts with it.
  public static func namesPriorYear(_ text: some StringProtocol) -> Bool {
    withoutAccountTerms(text).contains("前年度")
  }
}
