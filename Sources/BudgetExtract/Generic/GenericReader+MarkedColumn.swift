import BudgetModel

/// A numbered entry with two amounts and no header (`1 緊急消防援助隊の強化 58.7億円 15.1億円`),
/// kept until the items under it show what its second amount is (`checkMarkedPairs`).
struct MarkedPairRow {
  var line: Line
  var text: String
  var label: String
  var cells: [CellToken]
  /// Where the records of the items printed under it start in `amountLines`.
  var start: Int
  /// The heading above it, as the context of its first amount.
  var context: String?
}

extension GenericReader {
  /// `1 緊急消防援助隊の強化 58.7億円 15.1億円`, `2 常備消防力等の強化 17.3億円 -`: an entry
  /// numbered as a list's (`1`, `1.`, `(1)`, `①`), two cells that print their unit (the second
  /// may be printed absent). Its second amount is read only when the items under the entries
  /// prove which year and stage it is (`checkMarkedPairs`). True when the line was taken.
  mutating func takeMarkedPairRow(_ line: Line, label: String, cells: [CellToken]) -> Bool {
    guard cells.count == 2, cells[0].hasUnit, Self.singleUnit(cells[0]) != nil,
      cells[1].hasUnit || (cells[1].figure.amount == nil && cells[1].figure.isNewMarker != true),
      Self.isNumberedEntry(label), Self.isItemLabel(label)
    else { return false }
    lists.markedPairs.append(
      MarkedPairRow(
        line: line, text: GenericLine.text(of: line), label: label, cells: cells,
        start: amountLines.count, context: context))
    return true
  }

  /// `1 …`, `1.…`, `(1)…`, `①…`: a list entry's number.
  static func isNumberedEntry(_ label: String) -> Bool {
    let text = label.trimmingSpaces
    guard let first = text.first else { return false }
    if "①②③④⑤⑥⑦⑧⑨⑩".contains(first) { return true }
    let digits = text.prefix { $0.isASCIIDigitCharacter }
    if !digits.isEmpty, digits.count <= 2, let next = text.dropFirst(digits.count).first {
      return next == " " || next == "." || next == "．"
    }
    return ChangeItem.mark(of: text) == "(1)"
  }

  /// The entries' second amounts are one column of one year and stage when the items printed
  /// right under the entries (bulleted, on the next lines) carry one mark (`0.5億円(29補正)`)
  /// and, in every entry that has marked items, the marked amounts add up to the entry's
  /// second amount (and the unmarked ones do not exceed its first), with at least one entry
  /// whose second amount is a sum of two items or more. Then each entry gives its first amount
  /// (the document's own) and its second with that mark; otherwise each entry is reported.
  mutating func checkMarkedPairs() {
    let rows = lists.markedPairs
    guard !rows.isEmpty else { return }
    lists.markedPairs = []
    var mark: String?
    var proven = false
    var consistent = true
    for (k, row) in rows.enumerated() {
      let end = k + 1 < rows.count ? rows[k + 1].start : amountLines.count
      let items = itemsUnder(row, upTo: end)
      // An item's own mark is a context other than the heading's.
      let marked = items.filter { $0.context != nil && $0.context != row.context }
      let marks = Set(marked.compactMap(\.context))
      guard marks.count <= 1, mark.map({ marks.isSubset(of: [$0]) }) ?? true else {
        consistent = false
        break
      }
      mark = mark ?? marks.first
      let second = row.cells[1].figure.amount
      if marked.isEmpty { continue }
      guard let second, Self.adds(marked.map(\.amount.amount), to: second),
        Self.fits(
          items.filter { $0.context == row.context }.map(\.amount.amount), in: row.cells[0])
      else {
        consistent = false
        break
      }
      if marked.count >= 2 { proven = true }
    }
    guard consistent, proven, let mark else {
      for row in rows {
        report(
          row.line, text: row.text,
          why: "\(Self.noHeaderMessage) (\(row.label))")
      }
      return
    }
    for row in rows.reversed() {
      amountLines.insert(contentsOf: records(of: row, mark: mark), at: row.start)
    }
  }

  /// The items printed right under an entry: bulleted amount records on the lines that
  /// follow it, each line next to the one before.
  func itemsUnder(_ row: MarkedPairRow, upTo end: Int) -> [AmountLineRecord] {
    var items: [AmountLineRecord] = []
    var last = row.line.endNumber
    for record in amountLines[row.start..<max(row.start, end)] {
      guard record.span.line <= last + 1, let first = record.label.first,
        GenericLine.bullets.contains(String(first))
      else { break }
      last = record.span.endLine
      items.append(record)
    }
    return items
  }

  func records(of row: MarkedPairRow, mark: String) -> [AmountLineRecord] {
    let name = Self.joinLabel([row.label])
    let span = SourceSpan(line: row.line.number, endLine: row.line.endNumber)
    var first = AmountLineRecord(
      scope: .item, label: name,
      amount: PrintedFigure(amount: row.cells[0].figure.amount, label: name), span: span)
    first.context = row.context
    guard let amount = row.cells[1].figure.amount else { return [first] }
    var second = AmountLineRecord(
      scope: .item, label: name, amount: PrintedFigure(amount: amount, label: name), span: span)
    second.context = mark
    return [first, second]
  }

  /// The one unit and number of a cell (`58.7億円`); nil for an amount of several parts.
  static func singleUnit(_ cell: CellToken) -> (DecimalNumber, String)? {
    guard let amount = cell.figure.amount, amount.parts.count == 1, !amount.isNegative,
      let unit = amount.parts[0].unit
    else { return nil }
    return (amount.parts[0].number, unit)
  }

  /// Whether the amounts (one part each, the total's unit) add up to the total within the
  /// rounding of the n + 1 printed figures.
  static func adds(_ amounts: [PrintedAmount?], to total: PrintedAmount) -> Bool {
    guard let sum = sum(amounts, unitOf: total), total.parts.count == 1 else { return false }
    let t = total.parts[0].number
    let scale = max(sum.scale, t.scale)
    let diff = abs(sum.scaled(to: scale) - t.scaled(to: scale))
    return diff * 2 < Int64(amounts.count + 1)
      * TableArithmetic.pow10(scale - min(sum.scale, t.scale))
  }

  /// Whether the amounts add up to no more than the cell's amount.
  static func fits(_ amounts: [PrintedAmount?], in cell: CellToken) -> Bool {
    guard let amount = cell.figure.amount else { return false }
    guard !amounts.isEmpty else { return true }
    guard let sum = sum(amounts, unitOf: amount) else { return false }
    let t = amount.parts[0].number
    let scale = max(sum.scale, t.scale)
    return sum.scaled(to: scale) <= t.scaled(to: scale)
  }

  static func sum(_ amounts: [PrintedAmount?], unitOf total: PrintedAmount) -> DecimalNumber? {
    guard let unit = total.parts.first?.unit else { return nil }
    var scale = 0
    var numbers: [DecimalNumber] = []
    for amount in amounts {
      guard let amount, amount.parts.count == 1, amount.parts[0].unit == unit, !amount.isNegative
      else { return nil }
      numbers.append(amount.parts[0].number)
      scale = max(scale, amount.parts[0].number.scale)
    }
    let total = numbers.reduce(Int64(0)) { $0 + $1.scaled(to: scale) }
    return DecimalNumber(significand: total, scale: scale)
  }
}
