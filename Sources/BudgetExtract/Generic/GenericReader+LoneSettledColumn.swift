import BudgetModel

/// `<支出済歳出額>` / prose / `所管 | 支出済歳出額 | ||` / `百万円 | |||` / `皇室費 | 2,337 | ||` / …
/// (会計検査院's 決算検査報告 of 昭和52年度, one column by 所管): a table of one column whose
/// header is nothing but a label column's word and the settled amount's words, under a heading
/// that is nothing but the same words. No identity of the account can check it (it prints no
/// other line of the account), but the document names the column's measure twice, in the
/// heading and in the header: the settled amount, and no year (the transform takes it as the
/// settlement of the document's own year, in a settlement's document only). Exported as the
/// header reads, with its warning (branch gapsx).
extension GenericReader {
  static let loneSettledWords = ["支出済歳出額", "収納済歳入額"]

  /// The one column of such a header, or nil: the header's words (split at spaces and `|`)
  /// are `所管` or `区分` and one settled amount's words, and a settled heading naming the same
  /// words is the table's caption or was read right above it (`settledHeadingAbove`).
  func loneSettledColumn(_ texts: [String], _ draft: HeaderDraft, start: Int) -> ColumnMeaning? {
    let words = texts.joined(separator: " ").split(whereSeparator: {
      $0 == " " || $0 == "|" || $0 == "\u{3000}"
    })
    guard words.count == 2, ["所管", "区分"].contains(words[0]),
      Self.loneSettledWords.contains(String(words[1]))
    else { return nil }
    let word = String(words[1])
    func names(_ heading: String) -> Bool {
      SettlementHeader.isSettledHeading(heading) && heading.filter { $0 != " " }.contains(word)
    }
    guard names(draft.caption ?? "") || settledHeading(above: start, naming: word) else {
      return nil
    }
    return ColumnMeaning(kind: .amount, header: word, stage: .settlement)
  }

  /// Whether a settled heading with these words was read while idle right above the line
  /// (three text lines at most between, as `settledHeadingAbove`).
  func settledHeading(above start: Int, naming word: String) -> Bool {
    var texts = 0
    for (line, kind) in idleLog.lines.reversed() where line.number < start {
      switch kind {
      case .blank: continue
      case .text(let text):
        if SettlementHeader.isSettledHeading(text) {
          return text.filter { $0 != " " }.contains(word)
        }
        texts += 1
        if texts > 3 { return false }
      default: return false
      }
    }
    return false
  }
}
