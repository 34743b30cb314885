import BudgetModel

/// A list of amounts, each followed on its line by a signed amount and nothing else, closed by a
/// total row (a news agency's 主要経費別 list, no header):
///
///     社会保障関係費   31兆5300億円   +1兆円
///     文教及び科学振興費   5兆3600億円  ─700億円
///     (うち科学技術振興費)  1兆2900億円  ─500億円
///     …
///     合計       96兆3400億円 +4600億円
///
/// The sign (`+`, `＋`, `▲`, `△`, or a dash printed for minus: `─`, `―`, `ー`, `−`, `-`) says the
/// second amount is a difference; the list's own arithmetic says the columns are what they seem:
/// the rows (`うち` rows aside) add up to the total row in both columns, within the rounding of
/// the printed figures (a unit of the coarsest power of ten that divides every figure of the
/// list: news lists round to 100億円), and no row's amount less its change is negative. Then each
/// row is the budget year's amount with its change from the prior year (the transform exports
/// the change only as the budget year's, and never in a supplementary budget or a settlement);
/// otherwise every row is reported.
extension GenericReader {
  /// A row kept until its list's arithmetic is checked (`checkSignedChangeRows`).
  struct PendingSignedRow {
    var run: Int
    var line: Line
    var text: String
    var label: String
    var amount: Int64
    var change: Int64
    var isPart: Bool
  }

  /// Marks printed before a difference: `+` for an increase, the others for a decrease.
  static let increaseSigns: Set<String> = ["+", "＋"]
  static let decreaseSigns: Set<String> = [
    "▲", "△", "─", "―", "━", "—", "ー", "ｰ", "−", "－", "-", "‐", "–",
  ]

  /// True when the line is a row of such a list (kept pending).
  mutating func takeSignedChangeRow(_ records: [AmountLineRecord], line: Line, text: String)
    -> Bool
  {
    guard records.count == 2, let (amount, change) = Self.signedPair(records),
      Self.isSignedRowLabel(records[0].label)
    else { return false }
    let label = records[0].label.trimmingSpaces
    let continues =
      signedRows.last.map { $0.line.number == previous?.line.number } ?? false
    let run = continues ? signedRows[signedRows.count - 1].run : (signedRows.last?.run ?? 0) + 1
    var record = records[0]
    record.label = label
    record.amount.label = label
    record.scope = .item
    record.prior = nil
    record.change = PrintedFigure(amount: change.printed, label: nil)
    record.changeLine = line.number
    record.context = record.context ?? context
    record.span = SourceSpan(line: line.number, endLine: line.endNumber)
    let isPart = Self.namesPart(label)
    if isPart { record.isPart = true }
    amountLines.append(record)
    signedRows.append(
      PendingSignedRow(
        run: run, line: line, text: text, label: label, amount: amount, change: change.yen,
        isPart: isPart))
    contextHasAmounts = true
    return true
  }

  /// The same row read as a table row with no header (`国債費 23兆4500億円 +1800億円`: the two
  /// cells carry their units; the last printed with its sign). True when taken.
  mutating func takeSignedChangeCells(_ line: Line, label: String, cells: [CellToken]) -> Bool {
    let text = GenericLine.text(of: line)
    // Bare numbers take the unit stated above the list (`(単位:億円)`).
    let cells = cells.allSatisfy(\.hasUnit) ? cells : cells.map { Self.withUnit($0, unitScope) }
    // Rows kept for a header printed after them (`+HeaderAfter`) are left to it.
    guard headerAfter?.rows.isEmpty ?? true, cells.count == 2, cells.allSatisfy(\.hasUnit),
      !label.isEmpty,
      let first = cells[0].figure.amount, let second = cells[1].figure.amount,
      let last = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).last,
      let mark = last.first
    else { return false }
    let sign: String
    if Self.increaseSigns.contains(String(mark)), !second.isNegative {
      sign = String(mark)
    } else if second.isNegative {
      sign = ""
    } else {
      return false
    }
    let span = SourceSpan(line: line.number, endLine: line.endNumber)
    let records = [
      AmountLineRecord(
        scope: .item, label: label, amount: PrintedFigure(amount: first, label: label), span: span),
      AmountLineRecord(
        scope: .item, label: sign, amount: PrintedFigure(amount: second, label: sign), span: span),
    ]
    return takeSignedChangeRow(records, line: line, text: text)
  }

  /// `社会保障関係費 31兆5300億円(+1兆円)`, `恩給関係費 3900億円(▲500億円)`: the difference in
  /// parentheses right after the amount, nothing else on the line. True when taken.
  mutating func takeParenthesizedSignedRow(_ line: Line, _ text: String) -> Bool {
    let trimmed = text.trimmingSpaces
    guard trimmed.hasSuffix(")") || trimmed.hasSuffix("）"),
      let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" })
    else { return false }
    var inside = String(trimmed[trimmed.index(after: open)...].dropLast()).trimmingSpaces
    guard let mark = inside.first,
      Self.increaseSigns.contains(String(mark))
        || Self.decreaseSigns.contains(String(mark))
    else { return false }
    inside = String(inside.dropFirst()).trimmingSpaces
    let before = String(trimmed[..<open])
    guard let cell = CellToken.parse(inside, line: line.number, parser: parser), cell.hasUnit,
      !cell.isPercent, var change = cell.figure.amount, !change.isNegative,
      let records = AmountLine.parse(line, text: before, parser: parser), records.count == 1,
      let amount = records[0].amount.amount, before.last?.isWhitespace != true
    else { return false }
    let increase = Self.increaseSigns.contains(String(mark))
    change.isNegative = !increase
    var second = records[0]
    second.label = increase ? String(mark) : ""
    second.amount = PrintedFigure(amount: change, label: second.label)
    guard amount.parts.contains(where: { $0.unit != nil }) else { return false }
    return takeSignedChangeRow([records[0], second], line: line, text: text)
  }

  /// A bare cell (`315,300`, one part, no unit, no percent) with the stated unit; any other
  /// cell as it is.
  static func withUnit(_ cell: CellToken, _ unit: String?) -> CellToken {
    guard let unit, !cell.isPercent, var amount = cell.figure.amount, amount.parts.count == 1,
      amount.parts[0].unit == nil
    else { return cell }
    amount.parts[0].unit = unit
    var out = cell
    out.figure = PrintedFigure(amount: amount)
    return out
  }

  /// The first record's amount in yen (unsigned) and the second's as a signed difference, when
  /// the second's label is nothing but one sign (or empty, the amount printed with `▲`/`△`).
  static func signedPair(_ records: [AmountLineRecord])
    -> (Int64, (printed: PrintedAmount, yen: Int64))?
  {
    guard let a = records[0].amount.amount, !a.isNegative, records[0].prior == nil,
      records[0].supplementary == nil, records[0].change == nil,
      let c = records[1].amount.amount, records[1].prior == nil,
      records[1].supplementary == nil, records[1].change == nil,
      let ay = yen(a), let cy = yen(c)
    else { return nil }
    let sign = records[1].label.filter { $0 != " " && $0 != "\u{3000}" }
    let negative: Bool
    if sign.isEmpty {
      guard c.isNegative else { return nil }
      negative = true
    } else if increaseSigns.contains(sign), !c.isNegative {
      negative = false
    } else if decreaseSigns.contains(sign), !c.isNegative {
      negative = true
    } else {
      return nil
    }
    var printed = c
    printed.isNegative = negative
    return (ay.value, (printed, negative ? -cy.value : cy.value))
  }

  /// A row's label: words (not a note, not a sentence), perhaps `(うち…)`.
  static func isSignedRowLabel(_ label: String) -> Bool {
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    guard !compact.isEmpty, compact.count <= 30, !isMarkOnly(compact),
      !compact.contains("年度"), !compact.contains("、"), !compact.contains("。"),
      !changeWords.contains(where: compact.contains), !compact.contains("前年")
    else { return false }
    return compact.contains(where: { $0.isLetter })
  }

  /// `(うち科学技術振興費)`, `うち…`: a part of the row above, not summed.
  static func namesPart(_ label: String) -> Bool {
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    return ["(うち", "（うち", "うち", "〔うち", "[うち"].contains(where: compact.hasPrefix)
  }

  /// `合計`, `総計`, `計`, `総額`, `一般会計合計`, `一般会計総額`: a total row.
  static func namesListTotal(_ label: String) -> Bool {
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    return compact == "計" || compact.hasSuffix("総額") || compact.hasSuffix("合計")
      || compact.hasSuffix("総計")
  }

  /// At the end of the document: each run of rows is kept when it is proven (`signedRunHolds`);
  /// otherwise its records are taken back and its lines reported.
  mutating func checkSignedChangeRows() {
    guard !signedRows.isEmpty else { return }
    let rows = signedRows
    signedRows = []
    var refused: Set<Int> = []
    for run in Set(rows.map(\.run)) where !Self.signedRunHolds(rows.filter { $0.run == run }) {
      refused.insert(run)
    }
    let lines = Set(rows.filter { refused.contains($0.run) }.map(\.line.number))
    amountLines.removeAll { $0.change != nil && lines.contains($0.span.line) }
    for row in rows where refused.contains(row.run) {
      report(
        row.line, text: row.text,
        why:
          "an amount with a signed amount after it, in a list whose rows do not add up to a total row: its reading is not certain; not exported"
      )
    }
  }

  /// At least three summed rows and a last (or else a first) row naming a total, no other row
  /// naming one; amounts and changes alike add up to it within the list's rounding; no row's
  /// prior (amount − change) is negative.
  static func signedRunHolds(_ rows: [PendingSignedRow]) -> Bool {
    guard let last = rows.last, let first = rows.first else { return false }
    let totalIsLast = namesListTotal(last.label)
    guard totalIsLast || namesListTotal(first.label) else { return false }
    let total = totalIsLast ? last : first
    let others = totalIsLast ? rows.dropLast() : rows.dropFirst()
    let summed = others.filter { !$0.isPart }
    guard !total.isPart, summed.count >= 3, others.allSatisfy({ !namesListTotal($0.label) }),
      rows.allSatisfy({ $0.amount - $0.change >= 0 }),
      rows.contains(where: { $0.change != 0 })
    else { return false }
    let figures = rows.flatMap { [$0.amount, $0.change] }
    let unit = roundingUnit(figures)
    let n = Int64(summed.count + 1)
    let amounts = summed.reduce(Int64(0)) { $0 + $1.amount }
    let changes = summed.reduce(Int64(0)) { $0 + $1.change }
    return 2 * abs(amounts - total.amount) < n * unit
      && 2 * abs(changes - total.change) < n * unit
  }

  /// The largest power of ten (in yen) that divides every nonzero figure.
  static func roundingUnit(_ figures: [Int64]) -> Int64 {
    var unit: Int64 = 1
    while unit < 1_000_000_000_000_000,
      figures.allSatisfy({ $0 % (unit * 10) == 0 })
    {
      unit *= 10
    }
    return unit
  }
}
