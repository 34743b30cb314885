import BudgetModel

/// 会計検査院's 決算検査報告 as a converter flattens it one cell per line: `区分` / `18年度` /
/// `(17年度)` / `千円` / `千円` / `支出済歳出額` / `81,445,480,694` / … then, after the account,
/// `ア 支出済歳出額` / prose / `所管` / `18年度` / `(17年度)` / `千円` / `千円` / `皇室費` /
/// `6,593,450` / `6,850,961` / …: the next table's header comes one word per line, and its
/// lines were taken for the open table's next row label (branch gapsx).
extension GenericReader {
  /// A label column's heading word printed first on its line (`所管`, `所管 | 10年度 |`),
  /// as `区分` is: the line starts a table header.
  static func isLabelColumnWord(_ text: String) -> Bool {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "\u{3000}" })
    return words.first == "所管"
  }

  /// Lines waiting as the open table's next label that, from a line starting a header
  /// (`所管`) to this one, name the same columns as the open table (two or more): the open
  /// table ends before them and they are the next table's header, a heading that names the
  /// settled amount among the lines before them (`ア 支出済歳出額`) its caption, as
  /// `reopensAtRepeatedHeader` does for a header on one line. True when the line was taken.
  mutating func reopensAtSpreadHeader(_ table: inout TableDraft, _ line: Line, _ text: String)
    -> Bool
  {
    func key(_ m: ColumnMeaning) -> String {
      "\(m.kind)|\(m.fiscalYearLabel ?? "")|\(m.stage?.rawValue ?? "")"
    }
    guard table.meanings.count >= 2, !table.rows.isEmpty, table.pendingCells.isEmpty,
      let first = table.pendingLabel.lastIndex(where: { Self.opensHeader($0.text) })
    else { return false }
    let spread = Array(table.pendingLabel[first...])
    let texts = spread.map(\.text) + [text]
    guard ColumnHeader.meanings(texts.joined(separator: " ")).map(key) == table.meanings.map(key)
    else { return false }
    let before = table.pendingLabel[..<first].map(\.text)
    let heading = before.last(where: SettlementHeader.isSettledHeading)
    table.pendingLabel = Array(table.pendingLabel[..<first])
    close(table)
    state = .header(
      HeaderDraft(
        lines: spread.map(\.line) + [line], texts: texts, unit: unitScope,
        caption: heading ?? caption))
    return true
  }
}
