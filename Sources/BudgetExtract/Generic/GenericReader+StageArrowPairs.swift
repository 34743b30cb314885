import BudgetModel

/// The pairs of `StageArrowPairs` (`建設公債 令3当初:6.3兆円 → 令3補正後:9.2兆円`) in a line the
/// run-together reading left pieces of. Kept only when every pair names one year and each is
/// proven by an entry of the supplementary budget read before it with the same label (the
/// frame's `(1)建設公債28,270`): 補正後 − 当初 is that entry at the printed precision (half a unit
/// of each of the three figures). The pairs are then a table of two columns, the year's 当初 and
/// 補正後 (the transform takes them as those stages of the budget year in a supplementary
/// budget's document); the pieces they cover are no longer reported.
extension GenericReader {
  /// The pieces of a line the run-together reading did not explain: a frame's two lists
  /// (`FrameLists`), then the pairs of its remarks; the rest reported.
  mutating func readRunTogetherPieces(_ line: Line, _ pieces: [String]) {
    let left = pieces.filter { !takeFrameLists(line, $0) }
    for piece in takeStageArrowPairs(line, left) {
      report(line, text: piece, why: "run-together figures no single split explains")
    }
  }

  /// A line that is nothing but such pairs (after a mark, `○ 建設公債 令3当初:6.3兆円 →
  /// 令3補正後:9.2兆円`), each proven by an amount read before it: a table. True when taken.
  mutating func takeStageArrowLine(_ line: Line) -> Bool {
    let text = GenericLine.text(of: line)
    guard text.contains("補正後"), text.contains("→") || text.contains("⇒"),
      case .idle = state
    else { return false }
    let pairs = StageArrowPairs.find(text, parser: parser)
    let rest = text.filter { !" \u{3000}○●◆・".contains($0) }
    guard !pairs.isEmpty, rest == pairs.map(\.text).joined().filter({ $0 != "・" }),
      let table = provenTable(pairs, line)
    else { return false }
    finish()
    tables.append(table)
    return true
  }

  /// The run-together pieces not covered by the proven pairs of the line (all of them when
  /// none is proven).
  mutating func takeStageArrowPairs(_ line: Line, _ pieces: [String]) -> [String] {
    let text = GenericLine.text(of: line)
    guard text.contains("補正後"), text.contains("当初") else { return pieces }
    let pairs = StageArrowPairs.find(text, parser: parser)
    guard let table = provenTable(pairs, line) else { return pieces }
    tables.append(table)
    let covered = pairs.map(\.text).joined()
    return pieces.filter { piece in
      let compact = piece.filter { !" \u{3000}○●◆・".contains($0) }
      return compact.isEmpty || !covered.contains(compact)
    }
  }

  /// The pairs as a table of the year's 当初 and 補正後, when they name one year and each is
  /// proven; nil otherwise.
  func provenTable(_ pairs: [StageArrowPairs.Pair], _ line: Line) -> SummaryTableRecord? {
    guard !pairs.isEmpty, Set(pairs.map(\.yearLabel)).count == 1,
      Set(pairs.map(\.label)).count == pairs.count, pairs.allSatisfy(isProven)
    else { return nil }
    let year = pairs[0].printedYear
    var table = SummaryTableRecord(
      section: caption ?? "", unit: nil, columns: [year + "当初", year + "補正後"],
      rows: pairs.map { pair in
        SummaryRowRecord(
          label: pair.label,
          cells: [PrintedFigure(amount: pair.initial), PrintedFigure(amount: pair.revised)],
          span: line.span)
      }, span: line.span)
    table.meanings = [
      ColumnMeaning(
        kind: .amount, header: year + "当初", fiscalYearLabel: pairs[0].yearLabel, stage: .initial),
      ColumnMeaning(
        kind: .amount, header: year + "補正後", fiscalYearLabel: pairs[0].yearLabel,
        stage: .revised),
    ]
    table.confirmed = true
    return table
  }

  /// Whether an entry of the supplementary budget with the pair's label is its 補正後 − 当初.
  func isProven(_ pair: StageArrowPairs.Pair) -> Bool {
    guard let a = Self.yen(pair.initial), let b = Self.yen(pair.revised) else { return false }
    return amountLines.contains { record in
      guard Self.entryName(record.label) == pair.label, let printed = record.amount.amount,
        let s = Self.yen(printed)
      else { return false }
      let change = printed.isNegative ? -s.value : s.value
      return 2 * abs(b.value - a.value - change) <= a.unit + b.unit + s.unit
    }
  }

  /// An amount in yen and the yen of a unit of its last printed digit; nil when a unit is not
  /// known or the value does not fit.
  static func yen(_ amount: PrintedAmount) -> (value: Int64, unit: Int64)? {
    var value: Int64 = 0
    var unit: Int64 = 1
    for part in amount.parts {
      guard let name = part.unit, let power = unitPowers[name], power >= part.number.scale,
        let yen = part.number.scaledToInteger(byPowerOfTen: power)
      else { return nil }
      value += yen
      unit = TableArithmetic.pow10(power - part.number.scale)
    }
    return (value, unit)
  }

  /// An entry's label without its mark (`(1)建設公債` → `建設公債`) and spaces.
  static func entryName(_ label: String) -> String {
    var s = Array(label.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" })
    while let first = s.first, "○●◆・".unicodeScalars.contains(first) { s.removeFirst() }
    if let mark = OutlineHeading.markerLength(s, at: 0), mark < s.count {
      s.removeFirst(mark)
    }
    return String(String.UnicodeScalarView(s))
  }
}
