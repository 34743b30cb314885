import BudgetModel

/// A section's own small table (財務省's 予算の説明: `1 租税及印紙収入`, then
/// `29年度(百万円) 28 年度(百万円) 比較増△減(百万円)` and one cell per line): a header whose every
/// column prints the same unit in parentheses, with no label column, and one row of cells with
/// no label. The row is the section's: it takes the numbered heading above it (no figure and
/// no table between) as its label, and is exported only when its own arithmetic holds (B − A =
/// C), as any row.
extension GenericReader {
  /// The header line: opens the table with the section heading as its caption. True when
  /// taken.
  mutating func acceptUnitHeader(_ line: Line, _ text: String) -> Bool {
    guard let unit = Self.unitInEveryColumn(text, units: units), let heading = sectionHeading()
    else { return false }
    state = .header(HeaderDraft(lines: [line], texts: [text], unit: unit, caption: heading))
    return true
  }

  /// The one unit every column of the header prints (`29年度(百万円)`), when the header names
  /// two amounts with their years and as many columns as unit marks.
  static func unitInEveryColumn(_ text: String, units: [String]) -> String? {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    let meanings = ColumnHeader.meanings(compact)
    let marks = units.map { unit in (unit, compact.ranges(of: "(\(unit))").count) }
      .filter { $0.1 > 0 }
    guard marks.count == 1, marks[0].1 == meanings.count, meanings.count >= 2,
      meanings.filter({ $0.kind == .amount && $0.fiscalYearLabel != nil }).count >= 2,
      !opensHeader(text)
    else { return nil }
    // Nothing but the columns: the text without the unit marks is header words only.
    let words = compact.replacing("(\(marks[0].0))", with: "")
    guard ColumnHeader.meanings(words).count == meanings.count,
      !words.contains(where: { "。、".contains($0) })
    else { return nil }
    return marks[0].0
  }

  /// The last numbered heading read while idle (`1 租税及印紙収入`, `(1) …`), with only text
  /// lines after it (no figure, no table, no unit statement), at most six lines up; nil
  /// otherwise.
  func sectionHeading() -> String? {
    for (_, kind) in idleLog.lines.reversed().dropFirst().prefix(6) {
      switch kind {
      case .blank: continue
      case .text(let text):
        if Self.sectionName(text) != nil { return text }
      default: return nil
      }
    }
    return nil
  }

  /// The name of a numbered heading (`1 租税及印紙収入` → `租税及印紙収入`): a number of one or two
  /// digits (`1`, `(1)`, `1.`), a space or the mark's end, then a name with no figure.
  static func sectionName(_ text: String) -> String? {
    var rest = Substring(text)
    let open = rest.hasPrefix("(")
    if open { rest = rest.dropFirst() }
    let digits = rest.prefix { $0.isASCIIDigitCharacter }
    guard (1...2).contains(digits.count) else { return nil }
    rest = rest.dropFirst(digits.count)
    if open {
      guard rest.hasPrefix(")") else { return nil }
      rest = rest.dropFirst()
    } else if rest.hasPrefix(".") {
      rest = rest.dropFirst()
    } else {
      guard rest.hasPrefix(" ") else { return nil }
    }
    let name = rest.filter { $0 != " " && $0 != "\u{3000}" }
    guard !name.isEmpty, name.count <= 30,
      !name.contains(where: { $0.isASCIIDigitCharacter || "。、円%".contains($0) })
    else { return nil }
    return name
  }

  /// The section row: the cells printed before any label under such a header, named by the
  /// section heading.
  func withSectionRow(_ draft: TableDraft) -> TableDraft {
    guard draft.rows.isEmpty, draft.leading.count == draft.meanings.count,
      draft.pendingCells.isEmpty,
      Self.unitInEveryColumn(draft.header.joined(), units: units) != nil,
      let name = Self.sectionName(draft.caption)
    else { return draft }
    var table = draft
    let lines = table.leading.map(\.line)
    var record = SummaryRowRecord(
      label: name, cells: table.leading.map(\.figure),
      span: SourceSpan(line: lines.min() ?? table.start, endLine: lines.max() ?? table.start))
    record.cellLines = lines
    table.rows = [record]
    table.cells = [table.leading]
    table.leading = []
    return table
  }
}
