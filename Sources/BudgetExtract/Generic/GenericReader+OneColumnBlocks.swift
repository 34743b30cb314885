import BudgetModel

/// Blocks of a column-order table that print a single column (`OneColumnBlock`): a block
/// whose rows have one cell each has no relation of its own, so which header column it is
/// shows only in the table's grand total. The block is held (and reported) until a later
/// block of the same table is read whose first row is that total: the held blocks are read
/// as column X only when, for exactly one amount column X, the total's X cell is the first
/// row of the earlier read blocks plus the held blocks' items (a `計` row that is the sum of
/// the items just above it counted once), and every other amount column of the total equals
/// the earlier first row's (the held blocks print nothing there); a label and figure run
/// together (`合計(2~5)129,467`) must then be that sum of the held items.
struct OneColumnBlock {
  var rows: [(label: String, line: Line, cell: CellToken)]
  /// A numbered heading above the block's items that has no cell of its own.
  var headings: [(text: String, line: Line)] = []
  /// Every line the block's report names.
  var lines: [Int]
}

extension GenericReader {
  /// Holds a column-order block of one cell per row (the labels one more than the cells only
  /// when leaving out the first label makes a `計` row the sum of the items above it).
  mutating func holdOneColumn(
    _ rows: [(text: String, line: Line)], _ tokens: [ColumnOrder.Token], lines: [Int],
    into table: inout TableDraft
  ) {
    guard !tokens.isEmpty, tokens.allSatisfy({ !$0.parenthesized && !$0.cell.isPercent }),
      tokens.allSatisfy({ Self.integer($0.cell) != nil })
    else { return }
    var labels = rows
    var headings: [(text: String, line: Line)] = []
    if labels.count == tokens.count + 1 {
      headings = [labels.removeFirst()]
      guard Self.isMarkedLabel(headings[0].text) else { return }
      let items = zip(labels, tokens).map { ($0.text, Self.integer($1.cell)!) }
      guard Self.subtotalParts(items) != nil, items.contains(where: { $0.0.contains("計") })
      else { return }
    }
    guard labels.count == tokens.count else { return }
    let block = OneColumnBlock(
      rows: zip(labels, tokens).map { ($0.text, $0.line, $1.cell) }, headings: headings,
      lines: lines)
    table.oneColumn.append(block)
  }

  /// `合計(2~5)129,467`: a label and the figure run together at its end.
  func runTogetherTotal(_ text: String, _ line: Line) -> (label: String, cell: CellToken)? {
    let chars = Array(text.trimmingCharacters(in: .whitespaces))
    var k = chars.count
    while k > 0, chars[k - 1].isASCIIDigitCharacter || chars[k - 1] == "," { k -= 1 }
    guard k > 0, k < chars.count, chars[k].isASCIIDigitCharacter,
      let cell = CellToken.parse(String(chars[k...]), line: line.number, parser: parser),
      Self.integer(cell) != nil
    else { return nil }
    let label = String(chars[..<k]).trimmingCharacters(in: .whitespaces)
    guard label.contains("計") else { return nil }
    return (label, cell)
  }

  /// The held items' sum when a later block's first row proves their column; the column.
  func oneColumnPlace(_ reading: ColumnOrder.Reading, _ table: TableDraft) -> Int? {
    guard !table.oneColumn.isEmpty, let total = reading.rows.first,
      let earlier = table.cells.first, earlier.count == total.count
    else { return nil }
    let items = table.oneColumn.flatMap { $0.rows.map { ($0.label, Self.integer($0.cell)!) } }
    guard let parts = Self.subtotalParts(items), Self.isTotalOfRest(table.cells, table.meanings)
    else { return nil }
    let sum = items.indices.filter { !parts.contains($0) }.reduce(Int64(0)) { $0 + items[$1].1 }
    var found: [Int] = []
    for (x, meaning) in table.meanings.enumerated() where meaning.kind == .amount {
      guard x < total.count, let t = total[x].flatMap(Self.integer),
        let e = Self.integer(earlier[x])
      else { return nil }
      if t == e + sum, sum != 0 { found.append(x) } else if t != e { return nil }
    }
    guard found.count == 1 else { return nil }
    if let run = table.runTotal, Self.integer(run.cell) != sum { return nil }
    return found[0]
  }

  /// Emits the held items in column `x` (before the block that proved them) and takes back
  /// their reports.
  mutating func placeOneColumn(_ x: Int, width: Int, into table: inout TableDraft) {
    let pending = table.pendingLabel
    table.pendingLabel = []
    var lines = Set<Int>()
    var entries = table.oneColumn.flatMap { block in
      block.rows.map { (label: $0.label, line: $0.line, cell: $0.cell) }
    }
    if let run = table.runTotal { entries.append((run.label, run.line, run.cell)) }
    for block in table.oneColumn {
      lines.formUnion(block.lines)
      for heading in block.headings { noteText(heading.text, heading.line) }
    }
    for entry in entries {
      var cells = Array(
        repeating: CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0),
        count: width)
      cells[x] = entry.cell
      emit(&table, label: entry.label, cells: cells, last: entry.line)
      lines.insert(entry.line.number)
    }
    diagnostics.removeAll {
      $0.kind == .unrecognizedLine && lines.contains($0.span.line)
        && ($0.message.hasPrefix("cells printed in column order")
          || $0.message.hasPrefix("a label and a figure run together"))
    }
    table.oneColumn = []
    table.runTotal = nil
    table.pendingLabel = pending
  }

  /// The indices of items that a `計` row sums (the items just above it, at least two, back
  /// to the previous `計` row); nil when a `計` row is not such a sum.
  static func subtotalParts(_ items: [(String, Int64)]) -> Set<Int>? {
    var parts = Set<Int>()
    var start = 0
    for (k, item) in items.enumerated() where item.0.contains("計") {
      guard k - start >= 2,
        items[start..<k].reduce(Int64(0), { $0 + $1.1 }) == item.1
      else { return nil }
      parts.formUnion(start..<k)
      start = k + 1
    }
    return parts
  }

  /// Whether the table's first row is the sum of the rows after it in every amount column.
  static func isTotalOfRest(_ rows: [[CellToken]], _ meanings: [ColumnMeaning]) -> Bool {
    guard rows.count >= 3 else { return false }
    for (x, meaning) in meanings.enumerated() where meaning.kind == .amount {
      guard rows.allSatisfy({ $0.count > x && integer($0[x]) != nil }) else { return false }
      let rest = rows.dropFirst().reduce(Int64(0)) { $0 + integer($1[x])! }
      if integer(rows[0][x]) != rest { return false }
    }
    return true
  }

  static func integer(_ cell: CellToken) -> Int64? {
    guard let d = cell.decimal, d.scale == 0 else { return nil }
    return d.significand
  }
}
