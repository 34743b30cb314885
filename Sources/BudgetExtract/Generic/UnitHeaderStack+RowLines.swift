import BudgetModel

extension GenericReader {
  /// The header of `readUnitHeaderStack` (words and unit statements one per line, one unit)
  /// over rows whose cells are printed on one line (人事院's overviews: `令和3年度` / `予 算 額` /
  /// `(百万円)` / `令和4年度` / `要求・要望額` / `(百万円)` / `比較増△減` / `金額` / `(百万円)` /
  /// `(%)`, then `人 事 院` / `9,217 8,819 △398 △4.3`): each row is one line of exactly as many
  /// cells as the header names columns, its label printed before the cells on that line or on
  /// the label lines right before it (`庁舎移転` / `経費を除く`), never both; a row with no
  /// label, or a line of another width, ends the table (the rest is read as before). Each
  /// row's own arithmetic must confirm the columns (`emitUnitHeaderStack`), every relation the
  /// header names holding, so that even a table of one row is proven.
  func stackRowLines(_ lines: [Line], _ kinds: [GenericLine], from start: Int, columns n: Int)
    -> (groups: [StackGroup], trailing: [(text: String, line: Int)], end: Int)?
  {
    var groups: [StackGroup] = []
    var label: [(text: String, line: Int)] = []
    var k = start
    var end = start
    scan: while k < lines.count {
      switch kinds[k] {
      case .blank: break
      case .row(let printed, let cells):
        guard cells.count == n, cells.allSatisfy({ !$0.hasUnit && $0.figure.amount != nil }),
          lostHeaderUnread(lines[k].number), printed.isEmpty != label.isEmpty
        else { break scan }
        let named = printed.isEmpty ? label : [(printed, lines[k].number)]
        let tokens = cells.map { cell -> CellToken in
          var token = cell
          token.line = lines[k].number
          return token
        }
        groups.append(StackGroup(label: named, cells: tokens))
        label = []
        end = k + 1
      case .text(let text) where Self.isStackLabelLine(kinds[k]):
        label.append((text, lines[k].number))
      default: break scan
      }
      k += 1
    }
    return groups.isEmpty ? nil : (groups, [], end)
  }

  /// Whether every relation the header names holds on every row (a table of one row is
  /// proven only so).
  static func everyRelationHolds(_ meanings: [ColumnMeaning], _ groups: [StackGroup]) -> Bool {
    let relations = ColumnMeaning.relations(meanings).count
    return relations > 0
      && groups.allSatisfy {
        let verdict = TableArithmetic.check(meanings, rows: [$0.cells])
        return verdict.held == relations && verdict.failedRows.isEmpty
      }
  }

  /// `比較増減` / `金額` / `(百万円)` / `(%)`: a `(%)` line ending the header right after a change
  /// column's words is that change's rate, a column of its own (`比較増減(%)`); the rows'
  /// arithmetic (C / A) must prove it like every column.
  static func withStackedRate(_ meanings: [ColumnMeaning], header: [String]) -> [ColumnMeaning] {
    guard let last = header.last, ["(%)", "%", "(％)", "％"].contains(last),
      let change = meanings.last, change.kind == .change
    else { return meanings }
    return meanings + [ColumnMeaning(kind: .ratePercent, header: change.header + "(%)")]
  }
}
