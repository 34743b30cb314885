import BudgetModel

extension GenericReader {
  /// `総務省予算(…)内訳 (単位:億円) 29年度` / `予算 30年度 政府案` / `対前年度 増▲減` (a slide whose
  /// converter ran the first column's year onto the unit statement's line): the year printed
  /// after the statement, and nothing else, is the first word of the header below it. The
  /// header so read is a claim as any other: the rows' arithmetic confirms it
  /// (`TableArithmetic`), or the table is reported.
  static func unitTailYear(_ text: String) -> String? {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard let range = compact.range(of: "単位"),
      let close = compact[range.upperBound...].firstIndex(where: { ")）]］".contains($0) })
    else { return nil }
    let tail = Array(compact[compact.index(after: close)...])
    guard !tail.isEmpty else { return nil }
    let (word, length, _) = ColumnHeader.read(tail, at: 0)
    guard case .year = word, length == tail.count else { return nil }
    return String(tail)
  }
}

extension GenericReader {
  /// The draft without the year after its unit statement when that year is all it holds: a
  /// row right under `(単位:億円) 29年度` has no header, as it had none with the year left out.
  func withoutLoneUnitTail(_ draft: HeaderDraft) -> HeaderDraft {
    guard draft.texts.count == 1, let first = draft.lines.first,
      case .unit = GenericLine.classify(first, parser: parser)
    else { return draft }
    var bare = draft
    bare.lines = []
    bare.texts = []
    return bare
  }
}
