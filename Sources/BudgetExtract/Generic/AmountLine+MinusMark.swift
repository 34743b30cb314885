import BudgetModel

/// Marks a converter or a web page prints for minus in running text (branch hunt3; issue #20).
extension AmountLine {
  /// `前年度比 -639億円`, `(対前年度 －12億円)`, `人権擁護推進費 −639億円`: a hyphen or minus
  /// sign right before an amount (only `▲` and `+` are read as signs here) was dropped with the
  /// label, and a decrease was exported as a positive change or budget. Whether the mark is a
  /// minus or a separator only the words say: the line is not read as a list (`parse` gives
  /// no record; a reading its own arithmetic proves, `ParenthesizedChange` with the rate
  /// `(前年度比 -639億円、-7.3%)`, may still take it). A run of two or more marks
  /// (`人権擁護推進費 ---- 100億円`) is a leader, not a sign.
  static func endsWithMinusMark(_ text: some StringProtocol) -> Bool {
    let chars = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
    guard let last = chars.last, minusMarks.contains(last) else { return false }
    return chars.count < 2 || !minusMarks.contains(chars[chars.count - 2])
  }

  /// A note on the amount before (`isNote`), a minus mark right before the amount, or a label
  /// that is a piece of a sentence (`cutsSentence`): `parse` gives no record.
  static func isNoteOrMinus(
    _ s: [Unicode.Scalar], from start: Int, to end: Int, end amountEnd: Int,
    after records: [AmountLineRecord]
  ) -> Bool {
    isNote(s, from: start, to: end, after: records) || precededByMinusMark(s, start, end)
      || cutsSentence(s, from: start, to: end, amountEnd: amountEnd)
  }

  static func precededByMinusMark(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    end > start && endsWithMinusMark(String(String.UnicodeScalarView(s[start..<end])))
  }

  static let minusMarks: Set<Character> = [
    "-", "－", "−", "‐", "‑", "–", "﹣", "⁻", "₋",
  ]

  /// `比 較 増 減 額 ▲ 4,367 億円`: a minus mark set apart from its digits by spaces is still
  /// the amount's sign; the amount had been read from its digits alone, a decrease exported as
  /// an increase (hunt5). The spaces are dropped (`△` read as `▲`).
  static func joinedSignMarks(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(s.count)
    var k = 0
    while k < s.count {
      guard s[k] == "▲" || s[k] == "△" else {
        result.append(s[k])
        k += 1
        continue
      }
      var j = k + 1
      while j < s.count, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
      if j > k + 1, j < s.count, s[j].isASCIIDigit {
        result.append("▲")
        k = j
      } else {
        result.append(s[k])
        k += 1
      }
    }
    return result
  }
}
