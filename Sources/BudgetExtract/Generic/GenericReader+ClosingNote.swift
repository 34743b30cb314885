import BudgetModel

/// A note after a list that names the list's year or stage (`(以上、令和6年度補正予算)`; branch
/// hunt): the items above it were read under the heading in force (the title's year and
/// stage). They take the note with the heading, so that the transform reads them as that year
/// and stage only when both name the same one, and reports them when they differ.
extension GenericReader {
  /// The words of a note `(以上、…)` / `以上、…` that names a year or a stage; nil otherwise.
  static func closingNote(_ compact: String) -> String? {
    var text = BareEraStage.withoutLeadingMark(Substring(compact))
    if let first = text.first, "(（【〔[".contains(first), let last = text.last,
      ")）】〕]".contains(last)
    {
      text = text.dropFirst().dropLast()
    }
    guard text.hasPrefix("以上") else { return nil }
    let words = String(text.dropFirst(2).drop { "、,，:：".contains($0) })
    guard !words.isEmpty,
      words.contains("年度") || !ColumnMeaning.Stage.named(in: words).isEmpty
        || BareEraStage.fullForm(words) != nil
    else { return nil }
    return BareEraStage.fullForm(words) ?? words
  }

  /// The list's items read under the heading in force, back to the first that took another
  /// or is no item (a headline total above the list is not the note's), take the note with it.
  mutating func applyClosingNote(_ note: String) {
    for k in amountLines.indices.reversed() {
      guard amountLines[k].context == context, amountLines[k].scope == .item else { break }
      amountLines[k].context = (context.map { $0 + "・" } ?? "") + note
    }
  }
}
