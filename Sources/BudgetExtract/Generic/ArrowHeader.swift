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

  /// `R5→R6の増額`, `令和5年度→令和6年度増減`: a year, an arrow and a later year of the same era,
  /// then (after `の`) a change word, is one change column (its relation, B − A between the
  /// header's last two amount columns, must hold on the rows as any change column's); how many
  /// characters it takes, or nil.
  static func yearChange(_ text: [Character], at i: Int) -> Int? {
    guard let (from, a) = ColumnHeader.year(text, at: i), i + a < text.count,
      arrows.contains(text[i + a]), let (to, b) = ColumnHeader.year(text, at: i + a + 1),
      let x = ColumnMeaning.yearKey(from), let y = ColumnMeaning.yearKey(to),
      x.era == y.era, y.n > x.n
    else { return nil }
    var k = i + a + 1 + b
    if k < text.count, text[k] == "の" { k += 1 }
    for word in ["増▲減額", "増減額", "増▲減", "増減", "増額"]
    where ColumnHeader.matches(text, word, at: k) {
      return k + word.count - i
    }
    return nil
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
