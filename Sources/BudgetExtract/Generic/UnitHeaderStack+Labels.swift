import BudgetModel

extension GenericReader {
  /// Exports the groups of a unit-header stack whose arithmetic confirms the columns: the
  /// labelled ones, and those without a label when the labels printed after the table pair
  /// with them (`pairLabelsAfter`); the others stay reported.
  /// The lines of the labels read, or nil when no table was read.
  mutating func emitUnitHeaderStack(
    _ body: (groups: [StackGroup], trailing: [(text: String, line: Int)], end: Int),
    meanings: [ColumnMeaning], header: [String], unit: String
  ) -> [Int]? {
    var groups = body.groups
    // Every group's own arithmetic confirms the columns.
    for group in groups {
      let verdict = TableArithmetic.check(meanings, rows: [group.cells])
      guard verdict.held > 0, verdict.failedRows.isEmpty else { return nil }
    }
    if groups.first?.label.isEmpty == true {
      guard let shifted = Self.labelsAfterFigures(groups, body.trailing, meanings: meanings)
      else { return nil }
      groups = shifted
    } else if let labels = Self.pairLabelsAfter(groups, body.trailing, meanings: meanings) {
      // The sums prove which row is the total, and so which label is its; the order the
      // labels are printed in proves nothing (a PDF may move them in any order): the other
      // labels are paired only when one row and one label are left.
      let empty = groups.indices.filter { groups[$0].label.isEmpty }
      if empty.count <= 2 {
        for (g, label) in zip(empty, labels) { groups[g].label = [label] }
      } else {
        Self.pairTotalAndComplement(&groups, labels, meanings: meanings)
      }
    }
    var rows: [SummaryRowRecord] = []
    var unlabelled: [Int] = []
    for group in groups {
      let cellLines = group.cells.map(\.line)
      guard let first = group.label.first else {
        unlabelled += cellLines
        continue
      }
      var row = SummaryRowRecord(
        label: Self.joinLabel(group.label.map(\.text)), cells: group.cells.map(\.figure),
        span: SourceSpan(line: first.line, endLine: cellLines.max() ?? first.line))
      row.cellLines = cellLines
      row.isPartOfAbove = row.label.hasPrefix("うち")
      rows.append(row)
    }
    guard let firstRow = rows.first, let lastRow = rows.last else { return nil }
    var record = SummaryTableRecord(
      section: "", unit: unit, columns: meanings.map(\.header), rows: rows,
      span: SourceSpan(line: firstRow.span.line, endLine: lastRow.span.endLine))
    record.meanings = meanings
    record.confirmed = true
    tables.append(record)
    let read = Set(groups.filter { !$0.label.isEmpty }.flatMap { $0.cells.map(\.line) })
    diagnostics.removeAll {
      read.contains($0.span.line) && $0.message.hasPrefix(Self.noHeaderMessage)
    }
    let unread = Set(unlabelled)
    for k in diagnostics.indices
    where unread.contains(diagnostics[k].span.line)
      && diagnostics[k].message.hasPrefix(Self.noHeaderMessage)
    {
      diagnostics[k].message = Self.labelAfterMessage
    }
    return groups.flatMap { $0.label.map(\.line) }
  }

  /// The labels printed after a stack's last group, for its groups without a label, when the
  /// document's arithmetic pairs them in order (see `readUnitHeaderStacks`); nil otherwise.
  static func pairLabelsAfter(
    _ groups: [StackGroup], _ trailing: [(text: String, line: Int)], meanings: [ColumnMeaning]
  ) -> [(text: String, line: Int)]? {
    let missing = groups.filter { $0.label.isEmpty }.count
    guard missing > 0, trailing.count == missing, groups.first?.label.isEmpty == false,
      groups.last?.label.isEmpty == true
    else { return nil }
    let words = trailing.map { $0.text.filter { $0 != " " } }
    guard let last = words.last, totalWords.contains(last),
      words.dropLast().allSatisfy({ !totalWords.contains($0) && !$0.hasSuffix("計") })
    else { return nil }
    let columns = meanings.indices.filter { meanings[$0].kind == .amount }
    let rows = groups.map(\.cells)
    guard !columns.isEmpty, isNestedTotal(rows, columns: columns) else { return nil }
    return trailing
  }

  /// The groups of a stack printed with each label after its figures (the first group has
  /// none before it, every other group has one, one follows the last): each group takes the
  /// label printed right after it (the last, the first line after it), only when the last label is a total word (and no other)
  /// and the rows form a hierarchy whose top-level rows add up to the last one in every
  /// amount column; nil otherwise (the labels' places are not certain).
  static func labelsAfterFigures(
    _ groups: [StackGroup], _ trailing: [(text: String, line: Int)], meanings: [ColumnMeaning]
  ) -> [StackGroup]? {
    // The last label is the first line after the last group (what follows is the page's).
    guard groups.count >= 3, let after = trailing.first else { return nil }
    let labels = groups.dropFirst().map(\.label) + [[after]]
    let words = labels.map { joinLabel($0.map(\.text)).filter { $0 != " " } }
    guard let last = words.last, totalWords.contains(last),
      words.dropLast().allSatisfy({ !totalWords.contains($0) && !$0.hasSuffix("計") })
    else { return nil }
    let columns = meanings.indices.filter { meanings[$0].kind == .amount }
    guard !columns.isEmpty, isNestedTotal(groups.map(\.cells), columns: columns) else {
      return nil
    }
    var shifted = groups
    for g in shifted.indices { shifted[g].label = labels[g] }
    return shifted
  }

  /// Whether the last row is the sum of the rows above it taken as a hierarchy: each row takes
  /// as its parts the consecutive subtrees right under it when two or more add up to it.
  static func isNestedTotal(_ rows: [[CellToken]], columns: [Int]) -> Bool {
    let last = rows.count - 1
    guard last >= 2 else { return false }
    var top: [[CellToken]] = []
    var i = 0
    while i < last {
      top.append(rows[i])
      i = subtreeEnd(i, rows, end: last, columns: columns)
    }
    return top.count >= 2 && sumsTo(top, rows[last], columns: columns)
  }

  /// The index after the subtree of row `i` (rows before `end`): the row and its parts.
  static func subtreeEnd(_ i: Int, _ rows: [[CellToken]], end: Int, columns: [Int]) -> Int {
    guard let whole = rows[i][columns[0]].decimal else { return i + 1 }
    var parts: [[CellToken]] = []
    var j = i + 1
    while j < end {
      parts.append(rows[j])
      j = subtreeEnd(j, rows, end: end, columns: columns)
      if parts.count >= 2, sumsTo(parts, rows[i], columns: columns) { return j }
      let values = parts.compactMap { $0[columns[0]].decimal }
      guard values.count == parts.count else { break }
      let scale = (values + [whole]).map(\.scale).max() ?? 0
      let sum = values.reduce(Int64(0)) { $0 + $1.scaled(to: scale) }
      if sum > whole.scaled(to: scale) { break }
    }
    return i + 1
  }
}
