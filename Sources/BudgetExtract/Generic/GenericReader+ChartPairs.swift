import BudgetModel

/// A bar chart of two years as text (gaimu-h29-gaisan-yokyu lines 23-53): under a heading that
/// compares two years (`1.平成29年度予算概算要求と平成28年度当初予算の比較`), each item's label is
/// printed once over each year's bar, and the change beside one of them:
///
///     無償資金協力 / 1,869億円 / (+240億円) / … / 無償資金協力 / 1,629億円
///
/// Which bar is which year is not printed; the arithmetic proves it: the amount with the
/// change after it, minus the change, is the other amount (1,869 − 240 = 1,629) within one
/// unit of the printed figures, and not the other way round. That amount is the later year's
/// (a change is the later year's amount minus the earlier's), the other the earlier year's.
/// Taken only when the heading names exactly two years one apart, the earlier one's initial
/// budget (`当初`), and the label is printed with exactly those two amounts; the later amount
/// is exported with the earlier as its prior year and the change, named by the later year's
/// part of the heading. Anything else stays reported (`dropAmbiguousLabels`): a label printed
/// away from its bar (its amounts do not add up) is never paired.
extension GenericReader {
  mutating func pairChartAmounts(_ lines: [Line]) {
    guard amountLines.count >= 2 else { return }
    var byLabel: [String: [Int]] = [:]
    for (k, record) in amountLines.enumerated() where !record.label.isEmpty {
      byLabel[record.label, default: []].append(k)
    }
    var replaced: [Int: AmountLineRecord] = [:]
    var dropped: Set<Int> = []
    for (_, indices) in byLabel where indices.count == 2 {
      let (a, b) = (indices[0], indices[1])
      let readings = [(a, b), (b, a)].compactMap { x, y in pair(x, over: y, lines) }
      guard readings.count == 1 else { continue }
      replaced[readings[0].later] = readings[0].record
      dropped.insert(readings[0].earlier)
      diagnostics.removeAll {
        $0.span.line == readings[0].record.changeLine && $0.kind == .unrecognizedLine
      }
    }
    for (k, record) in replaced { amountLines[k] = record }
    amountLines = amountLines.indices.filter { !dropped.contains($0) }.map { amountLines[$0] }
  }

  /// The amount at `x` as the later year's, with the one at `y` as its prior year, when the
  /// change printed after `x` proves it.
  func pair(_ k: Int, over j: Int, _ lines: [Line]) -> (
    later: Int, earlier: Int, record: AmountLineRecord
  )? {
    let (later, earlier) = (amountLines[k], amountLines[j])
    guard later.span.line != earlier.span.line, later.prior == nil, earlier.prior == nil,
      later.change == nil, earlier.change == nil, let context = later.context,
      context == earlier.context, let named = Self.laterOfComparison(context),
      let (change, line) = changeAfter(later, lines), let x = later.amount.amount,
      let y = earlier.amount.amount, let c = change.amount, Self.subtracts(x, c, to: y)
    else { return nil }
    var record = later
    record.prior = earlier.amount
    record.prior?.label = nil
    record.priorLine = earlier.span.line
    record.change = change
    record.changeLine = line
    record.context = named
    return (k, j, record)
  }

  /// `(+240億円)`, `(▲15億円)` alone on the first non-blank line after an amount's line.
  func changeAfter(_ record: AmountLineRecord, _ lines: [Line]) -> (PrintedFigure, Int)? {
    guard
      let next = lines.first(where: {
        $0.number > record.span.endLine && !GenericLine.text(of: $0).isEmpty
      })
    else { return nil }
    return changeOnly(next).map { ($0, next.number) }
  }

  /// `(+240億円)`, `(▲15億円)`: a line that is one change in parentheses, nothing else.
  func changeOnly(_ next: Line) -> PrintedFigure? {
    let compact = GenericLine.text(of: next).filter { $0 != " " }
    guard compact.hasPrefix("("), compact.hasSuffix(")"),
      let sign = compact.dropFirst().first, "+▲-".contains(sign),
      let cell = CellToken.parse(
        String(compact.dropFirst().dropLast()), line: next.number, parser: parser),
      cell.hasUnit, !cell.isPercent, cell.figure.amount != nil
    else { return nil }
    return cell.figure
  }

  /// x − change = y within one unit of the last printed digit, all in one unit of one part.
  static func subtracts(_ x: PrintedAmount, _ change: PrintedAmount, to y: PrintedAmount) -> Bool {
    let figures = [x, change, y]
    guard figures.allSatisfy({ $0.parts.count == 1 }),
      Set(figures.map { $0.parts[0].unit ?? "" }).count == 1, !x.isNegative, !y.isNegative
    else { return false }
    let decimals = figures.map { f -> DecimalNumber in
      f.isNegative ? f.parts[0].number.negated() : f.parts[0].number
    }
    let scale = decimals.map(\.scale).max() ?? 0
    let coarsest = decimals.map(\.scale).min() ?? 0
    let v = decimals.map { $0.scaled(to: scale) }
    guard v[1] != 0 else { return false }
    return abs(v[0] - v[1] - v[2]) <= TableArithmetic.pow10(scale - coarsest)
  }

  /// The later year's part of a heading that compares exactly two years one apart, the
  /// earlier one's `当初` (`平成29年度予算概算要求と平成28年度当初予算の比較` → `平成29年度予算概算要求`).
  static func laterOfComparison(_ context: String) -> String? {
    partsOfComparison(context)?.later
  }

  /// Both years' parts of such a heading, each without its number and `の比較`
  /// (`平成29年度予算概算要求`, `平成28年度当初予算`), and the later year's key.
  static func partsOfComparison(_ context: String) -> (earlier: String, later: String, key: Int)? {
    let compact = context.filter { $0 != " " }
    let parts = compact.components(separatedBy: "と")
    guard parts.count == 2 else { return nil }
    let named = parts.map { part -> (key: Int, text: String)? in
      comparisonYearKey(part).map { ($0, part) }
    }
    guard let one = named[0], let two = named[1], abs(one.key - two.key) == 1 else { return nil }
    let (earlier, later) = one.key < two.key ? (one, two) : (two, one)
    guard earlier.text.contains("当初"), !later.text.contains("当初") else { return nil }
    func trimmed(_ part: String) -> String {
      var text = part
      if let dot = text.firstIndex(where: { ".．、".contains($0) }),
        text[..<dot].allSatisfy(\.isASCIIDigitCharacter)
      {
        text = String(text[text.index(after: dot)...])
      }
      if text.hasSuffix("の比較") { text.removeLast(3) }
      return text
    }
    return (trimmed(earlier.text), trimmed(later.text), later.key)
  }

  /// The one fiscal year a text names, as a number that orders years (`平成29年度予算概算要求`).
  static func comparisonYearKey(_ text: String) -> Int? {
    let read = ColumnHeader.meanings(text)
    guard read.count == 1, let label = read[0].fiscalYearLabel,
      let key = ColumnMeaning.yearKey(label)
    else { return nil }
    return key.era * 1000 + key.n
  }
}
