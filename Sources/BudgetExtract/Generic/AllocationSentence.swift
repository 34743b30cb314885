import BudgetModel

/// `▷小型巡視艇の新造1隻に7億円。` (kokudo-r4-kaiho-hosei-ships, a news summary of a
/// supplementary budget, one entry a line): a marked line that is one sentence holding nothing
/// but an entry's words, `に` ("for") and one amount with its unit, closed by `。`. The same
/// line without its stop is an item line the list rules read; the stop adds no word, so the
/// sentence states the entry's amount in the document's own words and nothing else.
///
/// Anything more keeps it a sentence (reported): another stop or `、` (a second clause), a
/// predicate's particle (`は`, `が`, `を`: the words say something of the amount), a
/// comparison (`比`), words or parentheses after the amount (`…億円(…)。`, `…億円を計上。`), no
/// mark, or no `に` right before the amount; and a year or a stage anywhere in the words
/// (`令和3年度に…`, `前年度に…`, `(令和3年度補正予算)の継続1隻に…`, the budget that began the
/// work): an item line's label naming a year or stage gives its amount that year's measure,
/// and nothing but the words after it (`の継続`) says the amount is the document's.
enum AllocationSentence {
  /// Marks that open such an entry: the list's marks and the arrows of news summaries.
  static let marks: Set<Character> = AmountLine.itemMarks.union(["▷", "▶", "〇"])

  /// The entry's words (its mark and `に` taken off) and its amount as printed; nil for
  /// anything else.
  static func split(_ text: String) -> (label: String, amount: String)? {
    var body = text.trimmingSpaces
    guard let mark = body.first, marks.contains(mark), body.hasSuffix("。") else { return nil }
    body = String(body.dropFirst().dropLast()).trimmingSpaces
    guard let particle = body.range(of: "に", options: .backwards) else { return nil }
    let label = String(body[..<particle.lowerBound]).trimmingSpaces
    let amount = String(body[particle.upperBound...]).trimmingSpaces
    guard let first = amount.first, first.isASCIIDigitCharacter, amount.hasSuffix("円"),
      amount.allSatisfy({ "0123456789,.兆億万千百円".contains($0) }),
      (2...40).contains(label.count), isEntryWords(label)
    else { return nil }
    return (label, amount)
  }

  /// Words that name an entry and nothing more: outside parentheses no stop, no `、`, no
  /// predicate's particle or comparison; no year or stage at all; parentheses closed.
  static func isEntryWords(_ label: String) -> Bool {
    var depth = 0
    var outside = ""
    for ch in label {
      switch ch {
      case "(", "（": depth += 1
      case ")", "）":
        guard depth > 0 else { return false }
        depth -= 1
      default: if depth == 0 { outside.append(ch) }
      }
    }
    guard depth == 0, outside.contains(where: { $0.isLetter && !$0.isASCII }) else {
      return false
    }
    let words = ["。", "、", "は", "が", "を", "比", "円"]
    return !words.contains(where: outside.contains) && !label.contains("年")
      && !AmountLine.namesYearOrStage(label)
  }
}
