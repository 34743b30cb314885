import BudgetModel

/// Two amounts of one label joined by an arrow on one line (`科学技術振興費 13,597億円 →
/// 13,788億円 (+1.4%)`): the left one is the amount the right one is compared with, never the
/// label's own (both were exported as the budget year's, the right one labelled `→`). Read as
/// the two-line arrow pair is (`acceptArrowPair`): the right amount with the left as its prior,
/// only when the printed rate is the right over the left at the printed precision and the
/// years above, if any, go forward; otherwise the line is reported, as is a line whose second
/// amount's label is nothing but marks (`13,788億円 / 13,597億円`, `～`).
extension GenericReader {
  /// True when the line was taken (read or reported).
  mutating func takeInlineArrow(_ records: [AmountLineRecord], line: Line, text: String) -> Bool {
    guard
      records.dropFirst().contains(where: { Self.isArrow($0.label) || Self.isMarkOnly($0.label) })
    else { return false }
    guard records.count == 2, Self.isArrow(records[1].label, leftward: false),
      !records[0].label.isEmpty,
      !Self.isArrow(records[0].label), records.allSatisfy({ $0.prior == nil && $0.isPart != true }),
      let rate = Self.printedRate(text),
      Self.rateAgrees(rate, from: records[0].amount, to: records[1].amount),
      lists.years.isEmpty || Self.goForward(lists.years)
    else {
      report(
        line, text: text,
        why:
          "two amounts of one label joined by an arrow or a mark, with no rate that proves which is the budget's, are not exported"
      )
      return true
    }
    var pair = records[1]
    pair.label = records[0].label
    pair.amount.label = pair.label
    pair.scope = records[0].scope
    var prior = records[0].amount
    prior.label = nil
    pair.prior = prior
    pair.changeRatePercent = rate
    pair.context = lists.years.last ?? records[0].context ?? context
    pair.span = SourceSpan(line: line.number, endLine: line.endNumber)
    amountLines.append(pair)
    contextHasAmounts = true
    return true
  }

  /// `～`, `/`: a label of nothing but marks, between two amounts of one label (the line
  /// `13,788億円 / 13,597億円` exported both as the budget year's).
  /// `ー`, `ｰ` and `一` printed for a dash or a minus (`恩給関係費 3900億円 ー500億円`) are
  /// marks here too, though Unicode calls them letters: alone they are no label.
  static func isMarkOnly(_ label: String) -> Bool {
    let marks = label.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }
    return !marks.isEmpty
      && marks.allSatisfy {
        dashLetters.contains($0)
          || (!$0.properties.isAlphabetic && $0.properties.numericType == nil)
      }
  }

  static let dashLetters: Set<Unicode.Scalar> = ["ー", "ｰ", "一"]

  /// `→`, `⇒` (and, unless `leftward` is false, `←`, `⇐`: the later amount printed first):
  /// a label that is nothing but an arrow.
  static func isArrow(_ label: String, leftward: Bool = true) -> Bool {
    let arrows = ["→", "⇒", "->", "⇨", "➡"] + (leftward ? ["←", "⇐", "<-", "⇦", "⬅"] : [])
    return arrows.contains(label.filter { $0 != " " && $0 != "\u{3000}" })
  }
}
