import BudgetModel

/// Rows whose cells are parts of larger figures, each printed over three lines
/// (naikakufu-r2-kotsu-anzen-yosan lines 19-27):
///
///     (2) 交通安全施設等の整備(国土交通省) 1,667,694
///     百万円
///     の内数※
///     1,785,752
///     百万円
///     の内数※
///     …
///     (3) 交通安全対策特別交付金(総務省) 60,160 56,763 54,311 ▲2,451 51,058
///
/// The unit under the first figure is no unit statement: it is the figure's own, and `の内数`
/// says the figure is only a part of a larger one. The groups are reported (a part of another
/// budget is no measure of the schema), and the table goes on after them: a row printed after
/// them (or after a label line with no figure, `(5) 道路交通環境改善促進事業(国土交通省)`) with the
/// table's columns is read with the table's header when its own arithmetic holds (B − A = C at
/// the printed precision, as `ShortRow` for a row one cell short). Anything else ends it.
extension GenericReader {
  mutating func continueTablesPastPartOfCells(_ lines: [Line]) {
    for t in tables.indices {
      guard let meanings = tables[t].meanings, !tables[t].rows.isEmpty,
        let end = lines.firstIndex(where: { $0.number == tables[t].span.endLine })
      else { continue }
      continuePastPartOfCells(lines, table: t, meanings: meanings, from: end + 1)
    }
  }

  /// The index after a group `amount` / unit / `の内数…` starting at `k` (the amount's line
  /// may carry a label only when `labelled`), or nil.
  func partOfCell(_ lines: [Line], at k: Int, labelled: Bool, unit: String?) -> Int? {
    guard k + 2 < lines.count,
      case .row(let label, let cells) = GenericLine.classify(lines[k], parser: parser),
      labelled || label.isEmpty, cells.count == 1, cells[0].decimal != nil,
      case .unit(let own, _) = GenericLine.classify(lines[k + 1], parser: parser), own == unit,
      case .text(let text) = GenericLine.classify(lines[k + 2], parser: parser),
      text.hasPrefix("の内数")
    else { return nil }
    return k + 3
  }

  mutating func continuePastPartOfCells(
    _ lines: [Line], table t: Int, meanings: [ColumnMeaning], from start: Int
  ) {
    let n = meanings.count
    let unit = tables[t].unit
    var k = start
    var crossed = false
    while k < lines.count {
      if case .blank = GenericLine.classify(lines[k], parser: parser) {
        k += 1
        continue
      }
      if var next = partOfCell(lines, at: k, labelled: true, unit: unit) {
        var count = 1
        while count < n, let after = partOfCell(lines, at: next, labelled: false, unit: unit) {
          next = after
          count += 1
        }
        crossed = true
        reportPartOfCells(lines[k..<next].map(\.number))
        k = next
        continue
      }
      let kind = GenericLine.classify(lines[k], parser: parser)
      if case .text(let text) = kind, isPartOfRow(text, line: lines[k], unit: unit, n: n) {
        crossed = true
        reportPartOfCells([lines[k].number])
        k += 1
        continue
      }
      if case .text(let text) = kind, crossed, text.count <= 40, !Self.holdsFigure(text),
        !Self.isNote(text), !ColumnHeader.hasHeaderWord(text)
      {
        k += 1
        continue
      }
      guard crossed, case .row(let label, let cells) = kind, !label.isEmpty,
        lostHeaderUnread(lines[k].number), let row = rowOfTable(meanings, cells)
      else { return }
      var record = SummaryRowRecord(
        label: Self.joinLabel([label]), cells: row.map(\.figure),
        span: SourceSpan(line: lines[k].number))
      if row.contains(where: { $0.line == 0 }) { record.cellLines = row.map(\.line) }
      record.isPartOfAbove = record.label.hasPrefix("うち") || record.label.hasPrefix("(うち")
      tables[t].rows.append(record)
      tables[t].span.endLine = lines[k].number
      diagnostics.removeAll {
        $0.span.line == lines[k].number && $0.message.hasPrefix(Self.noHeaderMessage)
      }
      k += 1
    }
  }

  /// The row's cells under the table's columns when its arithmetic holds (one cell short:
  /// `shortRow`); nil otherwise.
  func rowOfTable(_ meanings: [ColumnMeaning], _ cells: [CellToken]) -> [CellToken]? {
    let draft = TableDraft(meanings: meanings, unit: nil, caption: "", header: [], start: 0)
    if cells.count == meanings.count {
      let verdict = TableArithmetic.check(meanings, rows: [cells])
      return verdict.held > 0 && verdict.failedRows.isEmpty ? cells : nil
    }
    return shortRow(draft, cells)
  }

  /// The same row on one line: `(2) 交通安全施設等の整備(国土交通省) 1,667,694百万円の内数※
  /// 1,785,752百万円の内数※ 2,047,153百万円の内数※`, a label then only such cells (no more than
  /// the table's columns).
  func isPartOfRow(_ text: String, line: Line, unit: String?, n: Int) -> Bool {
    let tokens = text.split(separator: " ").map(String.init)
    guard let first = tokens.firstIndex(where: { $0.first?.isASCIIDigitCharacter == true }),
      first > 0, tokens.count - first <= n
    else { return false }
    return tokens[first...].allSatisfy { token in
      var amount = Substring(token)
      if amount.hasSuffix("※") { amount = amount.dropLast() }
      guard amount.hasSuffix("の内数") else { return false }
      amount = amount.dropLast(3)
      guard let unit, amount.hasSuffix(unit),
        let cell = CellToken.parse(
          String(amount.dropLast(unit.count)), line: line.number, parser: parser)
      else { return false }
      return cell.decimal != nil
    }
  }

  static let partOfMessage = "a figure that is only a part of a larger one (の内数) is not exported"

  /// The groups' figures, reported as parts (instead of rows with no header or of too few
  /// cells).
  mutating func reportPartOfCells(_ numbers: [Int]) {
    let group = Set(numbers)
    for k in diagnostics.indices where group.contains(diagnostics[k].span.line) {
      diagnostics[k].message = Self.partOfMessage
    }
  }
}
