import BudgetModel

/// A header that names its columns with an arrow between two stages of one year:
/// `3年度予算当初→補正後` (the 財務省 補正後予算フレーム) is the year's 当初 amount, its 補正後
/// amount and the change from the first to the second, in that order.
///
/// The reading is a claim like any header's: the change column's relation (B − A = C, the
/// later stage minus the earlier) must hold on the rows before a row is read, and with rows of
/// both signs it also proves which amount column is which.
enum ArrowHeader {
  static let arrows: Set<Character> = ["→", "⇒", "➡"]

  /// The three columns, or nil when the header is not one year (or none), a stage, an arrow
  /// and another stage with nothing else that names a column.
  static func meanings(_ header: String) -> [ColumnMeaning]? {
    let text = header.filter { $0 != " " && $0 != "　" }
    guard let arrow = text.firstIndex(where: { arrows.contains($0) }) else { return nil }
    let before = String(text[..<arrow])
    let after = String(text[text.index(after: arrow)...])
    guard let from = lastStage(before), let to = firstStage(after), from.stage != to.stage,
      !ColumnHeader.hasHeaderWord(String(after.dropFirst(to.word.count)))
    else { return nil }
    // What stands before the first stage may name the year (`3年度予算`), nothing else.
    let lead = ColumnHeader.meanings(String(before.dropLast(from.word.count)))
    guard lead.count <= 1, lead.allSatisfy({ $0.kind == .amount && $0.stage == nil }) else {
      return nil
    }
    let year = lead.first?.fiscalYearLabel
    let prefix = lead.first?.header ?? ""
    return [
      ColumnMeaning(
        kind: .amount, header: prefix + from.word, fiscalYearLabel: year, stage: from.stage),
      ColumnMeaning(
        kind: .amount, header: prefix + to.word, fiscalYearLabel: year, stage: to.stage),
      ColumnMeaning(kind: .change, header: from.word + "→" + to.word),
    ]
  }

  static func lastStage(_ text: String) -> (word: String, stage: ColumnMeaning.Stage)? {
    ColumnMeaning.Stage.words.filter { text.hasSuffix($0.word) }.max {
      $0.word.count < $1.word.count
    }
  }

  static func firstStage(_ text: String) -> (word: String, stage: ColumnMeaning.Stage)? {
    ColumnMeaning.Stage.words.filter { text.hasPrefix($0.word) }.max {
      $0.word.count < $1.word.count
    }
  }
}
