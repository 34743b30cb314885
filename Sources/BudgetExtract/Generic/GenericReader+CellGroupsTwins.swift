import BudgetModel

/// The figures in parentheses printed beside the cells of a block of cell groups, when the
/// page's legend says what they are: `)書きはデジタル庁一括計上額(…)を含む額` makes `(1,654)`
/// under `1,348` the same column's amount including that share (keisatsu-r6). A row's
/// parenthesized figures are read as one more row, `<label>(<share>を含む)`, only when every
/// cell of the row has exactly one (each line of them right after a cell gives its figures to
/// the cells printed since the last such line) and their own change and rate hold.
extension GenericReader {
  mutating func readParenthesizedTwins(_ lines: [Line], _ kinds: [GenericLine]) {
    guard let k = tables.indices.last, let meanings = tables[k].meanings, meanings.count == 4,
      case .other(_, let legendText) = legend.parentheses,
      let share = Self.includedShare(legendText)
    else { return }
    let index = Dictionary(
      lines.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
    var added: [SummaryRowRecord] = []
    for row in tables[k].rows where row.cellLines.count == 4 {
      guard let twins = twinCells(row.cellLines, lines, kinds, index),
        twins[3].isPercent, !twins[0...2].contains(where: \.isPercent)
      else { continue }
      let verdict = TableArithmetic.check(meanings, rows: [twins])
      guard verdict.held == 2, verdict.failedRows.isEmpty else { continue }
      let numbers = twins.map(\.line)
      var twin = SummaryRowRecord(
        label: "\(row.label)(\(share)を含む)", cells: twins.map(\.figure),
        span: SourceSpan(line: numbers.min() ?? row.span.line, endLine: numbers.max() ?? 0))
      twin.cellLines = numbers
      twin.isPartOfAbove = row.isPartOfAbove
      added.append(twin)
    }
    guard !added.isEmpty else { return }
    tables[k].rows += added
    let taken = Set(added.flatMap(\.cellLines))
    diagnostics.removeAll { taken.contains($0.span.line) && $0.span.endLine == $0.span.line }
  }

  /// `)書きはデジタル庁一括計上額(5年度:306 億円、…)を含む額` → `デジタル庁一括計上額`: what the
  /// parenthesized amounts include, its own parentheses left out; nil for any other legend.
  static func includedShare(_ legend: String) -> String? {
    let compact = legend.filter { $0 != " " && $0 != "\u{3000}" }
    guard let open = compact.range(of: "書きは") ?? compact.range(of: "内は"),
      let end = compact.range(of: "を含む", range: open.upperBound..<compact.endIndex)
    else { return nil }
    var share = ""
    var depth = 0
    for ch in compact[open.upperBound..<end.lowerBound] {
      if ch == "(" {
        depth += 1
      } else if ch == ")" {
        depth -= 1
      } else if depth == 0 {
        share.append(ch)
      }
    }
    guard !share.isEmpty, depth == 0, !share.contains(where: \.isASCIIDigitCharacter) else {
      return nil
    }
    return share
  }

  /// The figure in parentheses of each cell of a row, as [earlier, later, change, rate]; nil
  /// unless each cell has exactly one.
  func twinCells(
    _ cellLines: [Int], _ lines: [Line], _ kinds: [GenericLine], _ index: [Int: Int]
  ) -> [CellToken]? {
    var twins: [Int: CellToken] = [:]
    var pending: [Int] = []
    for column in cellLines.indices.sorted(by: { cellLines[$0] < cellLines[$1] }) {
      pending.append(column)
      guard let i = index[cellLines[column]] else { return nil }
      var j = i + 1
      while j < lines.count, case .blank = kinds[j] { j += 1 }
      guard j < lines.count, case .text(let text) = kinds[j], Self.isParenthesizedOnly(text)
      else { continue }
      let figures = text.split(separator: " ").map { token -> CellToken? in
        guard token.hasPrefix("("), token.hasSuffix(")") else { return nil }
        return CellToken.parse(
          String(token.dropFirst().dropLast()), line: lines[j].number, parser: parser)
      }
      guard !figures.contains(where: { $0 == nil }), figures.count == pending.count else {
        return nil
      }
      for (c, figure) in zip(pending, figures) { twins[c] = figure }
      pending = []
    }
    guard twins.count == 4, pending.isEmpty else { return nil }
    return (0..<4).map { twins[$0]! }
  }
}
