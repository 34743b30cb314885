import BudgetModel

/// A note on an amount: parentheses opened by words after it, holding another amount
/// (`「新たなGo Toトラベル事業」〔2,685億円〕 (既定経費の活用(…)を含めると1兆3239億円)`,
/// `資金繰り支援〔1,403億円〕(既定経費の活用を含めると3兆245億円)`): another total, another
/// base, no entry of its own. The one recognizer of such notes for every amount reader
/// (`AmountLine` on a line, `BracketItems` between items), so that a line and the same line
/// flattened into a page (as mirror sites print PDFs) read a note alike.
///
/// A part (`(うち…`, `(内…`) and a comparison (`(前年度当初予算比10.3%増、+1,972億円)`) are no
/// notes: they are read by their own rules.
enum AmountNote {
  /// Whether the words printed between an amount (and the brackets that closed it) and the
  /// next amount open parentheses they do not close, as a note does.
  static func opens(_ printed: String) -> Bool {
    let words = printed.drop { " ]〕】)".contains($0) }
    guard words.hasPrefix("("), !words.hasPrefix("(うち"), !words.hasPrefix("(内"),
      let first = words.dropFirst().first(where: { $0 != " " }),
      !first.isASCIIDigitCharacter, !"▲△+-".contains(first),
      // `(前年度剰余金受入 …)`: a term of the accounts names no prior year (`PriorYearWords`).
      !["比", "前年", "対", "増", "減"].contains(
        where: PriorYearWords.withoutAccountTerms(words).contains)
    else { return false }
    return words.filter { $0 == "(" }.count > words.filter { $0 == ")" }.count
  }

  /// The end (past its closing parenthesis) of a note that starts `s[from..<to]` (after
  /// spaces): parentheses that `opens` accepts, holding an amount with its unit (`円`), closed
  /// before `to`; nil when the text starts with no such note.
  static func end(in s: [Unicode.Scalar], from: Int, to: Int) -> Int? {
    var start = from
    while start < to, s[start].isSpace { start += 1 }
    guard start < to, s[start] == "(" else { return nil }
    var digit = start
    while digit < to, !s[digit].isASCIIDigit { digit += 1 }
    guard digit < to, opens(String(String.UnicodeScalarView(s[start..<digit]))) else {
      return nil
    }
    var depth = 0
    var sawYen = false
    for k in start..<to {
      if s[k] == "(" {
        depth += 1
      } else if s[k] == ")" {
        depth -= 1
        if depth == 0 { return sawYen && k > digit ? k + 1 : nil }
      } else if s[k] == "円", k > digit {
        sawYen = true
      }
    }
    return nil
  }
}
