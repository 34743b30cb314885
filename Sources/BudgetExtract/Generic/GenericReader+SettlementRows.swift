import BudgetModel

extension GenericReader {
  /// The two shapes below, in a table's body; true when the line was taken.
  mutating func takesRepeatedHeaderOrUnit(
    _ table: inout TableDraft, _ line: Line, _ kind: GenericLine
  ) -> Bool {
    if case .text(let text) = kind,
      reopensAtRepeatedHeader(&table, line, text) || reopensAtSpreadHeader(&table, line, text)
    {
      return true
    }
    guard takeUnitBeforeCell(&table, line, kind) else { return false }
    state = .body(table)
    return true
  }

  /// `区分 | 10年度 | (9年度) |`, then `徴収決定済額 |` / `千円 89,789,054,772 |` / … (会計検査院's
  /// 決算検査報告): a unit printed before the first row's cells, in a table that states none,
  /// is the table's unit (the cells after it are bare). True when the line was taken.
  mutating func takeUnitBeforeCell(_ table: inout TableDraft, _ line: Line, _ kind: GenericLine)
    -> Bool
  {
    guard case .row(let label, let cells) = kind, units.contains(label), table.rows.isEmpty,
      table.unit == nil || table.unit == label, !table.pendingLabel.isEmpty,
      table.pendingCells.count + cells.count <= table.meanings.count,
      cells.allSatisfy({ $0.figure.amount != nil && !$0.hasUnit && !$0.isPercent })
    else { return false }
    table.unit = label
    row(&table, line, label: "", cells: cells)
    return true
  }

  /// A line naming the same columns as the open table (`所管 | 10年度 | (9年度) |` after
  /// `区分 | 10年度 | (9年度) |`) starts the next table: the open one ends there, and a heading
  /// that names the settled amount among the lines before it (`<支出済歳出額>`) is the new
  /// table's caption. True when the line was taken.
  mutating func reopensAtRepeatedHeader(_ table: inout TableDraft, _ line: Line, _ text: String)
    -> Bool
  {
    func key(_ m: ColumnMeaning) -> String {
      "\(m.kind)|\(m.fiscalYearLabel ?? "")|\(m.stage?.rawValue ?? "")"
    }
    let repeated = ColumnHeader.meanings(text)
    guard repeated.count >= 2, !table.rows.isEmpty, table.pendingCells.isEmpty,
      repeated.map(key) == table.meanings.map(key)
    else { return false }
    let heading = table.pendingLabel.map(\.text).last(where: SettlementHeader.isSettledHeading)
    close(table)
    state = .header(
      HeaderDraft(lines: [line], texts: [text], unit: unitScope, caption: heading ?? caption))
    return true
  }

  /// A table of years with no stage (`10年度 | (9年度)`) in a settlement: the stage comes from
  /// what the document prints around it, or the table stays unconfirmed.
  /// - Under a heading that is nothing but the settled amount (`<支出済歳出額>`), every row is
  ///   that amount: the years take the settlement stage.
  /// - When every row is a line of the settlement account (`徴収決定済額`, `収納済歳入額`,
  ///   `不納欠損額`, …), the account's identities must hold between the rows in every column
  ///   (徴収決定済額 = 収納済歳入額 + 不納欠損額 + 収納未済歳入額; 歳出予算現額 = 支出済歳出額 +
  ///   翌年度繰越額 + 不用額) where its rows allow one; the settled row is kept with the
  ///   settlement stage and the other rows are reported (no measure of the schema).
  mutating func withSettlementStage(_ draft: TableDraft) -> TableDraft {
    guard !draft.meanings.isEmpty,
      draft.meanings.allSatisfy({
        $0.kind == .amount && $0.fiscalYearLabel != nil && $0.stage == nil
      })
    else { return draft }
    var table = draft
    func settle() {
      for k in table.meanings.indices { table.meanings[k].stage = .settlement }
    }
    if ([table.caption] + table.header).contains(where: SettlementHeader.isSettledHeading)
      || settledHeadingAbove(table.start)
    {
      settle()
      return table
    }
    let roles = table.rows.map { SettlementHeader.role(of: $0.label.filter { $0 != " " }) }
    let settled: Set<SettlementHeader.Role> = [.settledRevenue, .settledExpenditure]
    guard roles.allSatisfy({ $0 != nil }), roles.filter({ settled.contains($0!) }).count == 1,
      Set(roles.map { "\($0!)" }).count == roles.count,
      SettlementHeader.rowsHold(roles.map { $0! }, table.cells)
    else { return draft }
    let kept = roles.indices.filter { settled.contains(roles[$0]!) }
    for r in roles.indices where !kept.contains(r) {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "a line of the settlement account other than the settled amount (\(table.rows[r].label)) is not exported",
          text: table.rows[r].label, span: table.rows[r].span))
    }
    table.rows = kept.map { table.rows[$0] }
    table.cells = kept.map { table.cells[$0] }
    settle()
    return table
  }
}

extension GenericReader {
  /// Whether a settled-amount heading (`<支出済歳出額>`) was read while idle right above the line
  /// a table starts at, with at most three text lines between (no figure, no unit statement).
  func settledHeadingAbove(_ start: Int) -> Bool {
    var texts = 0
    for (line, kind) in idleLog.lines.reversed() where line.number < start {
      switch kind {
      case .blank: continue
      case .text(let text):
        if SettlementHeader.isSettledHeading(text) { return true }
        texts += 1
        if texts > 3 { return false }
      default: return false
      }
    }
    return false
  }
}

extension SettlementHeader {
  /// `<支出済歳出額>`, `【収納済歳入額】`, `(決算額)`: a heading that is nothing but a settled
  /// amount's words.
  static func isSettledHeading(_ text: String) -> Bool {
    var compact = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
    let pairs: [(Character, Character)] = [
      ("<", ">"), ("＜", "＞"), ("〈", "〉"), ("【", "】"), ("(", ")"), ("[", "]"),
    ]
    guard pairs.contains(where: { compact.first == $0.0 && compact.last == $0.1 }) else {
      return isMarkedSettledHeading(compact)
    }
    compact = compact.dropFirst().dropLast()
    return ["支出済歳出額", "収納済歳入額", "決算額"].contains(String(compact))
  }

  /// Whether the account's identities hold between the rows (one role each) in every column
  /// where their cells are printed; true when no identity can be checked.
  static func rowsHold(_ roles: [Role], _ cells: [[CellToken]]) -> Bool {
    guard let width = cells.first?.count, cells.allSatisfy({ $0.count == width }) else {
      return false
    }
    for identity in identities(roles) {
      guard let total = roles.firstIndex(of: identity.total) else { continue }
      let parts = identity.parts.compactMap { roles.firstIndex(of: $0) }
      for k in 0..<width {
        let column = cells.map { $0[k] }
        if holds(total: total, parts: parts, column) == false { return false }
      }
    }
    return true
  }
}
