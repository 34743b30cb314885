import BudgetModel

/// A table of one year's numbered supplementary budgets and their sum, whose rows leave out
/// the cells of the budgets an item has no part in (national-h23-hosei-shinsai-kensain):
///
///     表11 平成23年度東日本大震災関係経費(一般会計補正予算)に係る経費項目別の予算額
///     (単位:億円)
///     経費項目 1次 / 補正 / 2次 / 補正 / 3次 / 補正
///     災害廃棄物処理事業費(がれき等処理) 3,519 3,859 7,378
///     地方交付税交付金(災害対応の特別交付税増額等) 1,200 4,573 16,635 22,408
///     施設費災害復旧費等(1次補正) 4,160
///
/// A row's cells do not say their columns; its own sum does, as far as it goes:
/// - a row printing every budget's cell and one more that is their sum (within the rounding
///   of the printed figures) is read whole: each budget's cell and the sum;
/// - a row of fewer cells whose last is the sum of the others is read for the sum only (the
///   items' budgets, its parts, could be any of the columns: reported), unless the label lines
///   above it are one per part, each naming one budget of the header in order (`…(2次補正)` /
///   `…(3次補正)` / `2,754 3,557 6,311`): then each label is a row of its part, and the sum,
///   of two items, is reported;
/// - a row of one cell, or of two that do not add up, is read only when its label names one
///   budget of the header (`(1次補正)`): the first cell is that budget's; the other reported.
/// The table is read only when its caption names one fiscal year (the columns' year), at
/// least one row is read whole (which proves the last cell is the sum of the budgets in the
/// header's order), and no more rows are left unread than read. The budgets are parts of the
/// sum (`partOf`), each exported as the part of its row.
extension GenericReader {
  typealias StageSumRow = (pieces: [String], cells: [CellToken], line: Line)

  static let stageSumPartsMessage =
    "the parts of a row whose empty cells are left out: which budget each is, is not known"
  static let stageSumTotalMessage =
    "a sum of the rows of several items (their labels above it), not of one row: not exported"
  static let stageSumOtherMessage =
    "a cell after the one of the budget the row's label names, not its sum: not exported"

  mutating func readStageSumTables(_ lines: [Line]) {
    forEachUnitStatement(lines) { reader, k, unit, caption in
      reader.readStageSumTable(lines, unitAt: k, unit: unit, caption: caption)
    }
  }

  /// Reads the table after the unit statement at `u` if it has the shape; where to go on.
  mutating func readStageSumTable(
    _ lines: [Line], unitAt u: Int, unit: String, caption: String
  ) -> Int {
    guard let (header, first) = stageSumHeader(lines, from: u + 1),
      let title = stageSumCaption(lines, unitAt: u, caption: caption),
      let year = StageSumHeader.captionYear(title)
    else { return u + 1 }
    let (rows, after) = stageSumRows(lines, from: first, columns: header.stages.count)
    let n = header.stages.count
    var read: [SummaryRowRecord] = []
    var reported: [(Int, String)] = []
    var whole = 0
    var unread = 0
    for row in rows {
      let (placed, why) = placeStageSumRow(row, header: header)
      if placed.isEmpty {
        unread += 1
        continue
      }
      if placed.count == 1, placed[0].cellLines.count == n + 1,
        placed[0].cellLines.allSatisfy({ $0 != 0 })
      {
        whole += 1
      }
      read += placed
      if let why { reported.append((row.line.number, why)) }
    }
    guard whole >= 1, unread <= read.count else { return after }
    emitStageSumTable(read, header: header, year: year, unit: unit, caption: title, reported)
    return after
  }

  /// The header right after a unit statement: its lines, joined, read by `StageSumHeader`
  /// (the most lines that read as one; the lines after it are the first row's label); the
  /// header and the index of the first line after it.
  func stageSumHeader(_ lines: [Line], from start: Int) -> (StageSumHeader, Int)? {
    var joined = ""
    var best: (StageSumHeader, Int)?
    var k = start
    while k < lines.count, k < start + 12 {
      switch GenericLine.classify(lines[k], parser: parser) {
      case .blank: break
      case .text(let text):
        joined += text.filter { $0 != " " }
        if let header = StageSumHeader.read(joined) { best = (header, k + 1) }
      default: return best
      }
      k += 1
    }
    return best
  }

  /// The table's caption: the text on the unit statement's line, or the text line right
  /// above it (blank lines skipped).
  func stageSumCaption(_ lines: [Line], unitAt u: Int, caption: String) -> String? {
    if !caption.isEmpty { return caption }
    var k = u - 1
    while k >= 0 {
      switch GenericLine.classify(lines[k], parser: parser) {
      case .blank: k -= 1
      case .text(let text): return text
      default: return nil
      }
    }
    return nil
  }

  /// The rows from `start`: each row line with the text lines right above it (its label
  /// pieces), up to a unit statement, a note, a row of another shape (a percentage, more
  /// cells than the budgets and their sum), a line another rule read, or four text lines in
  /// a row; the index to go on from.
  func stageSumRows(_ lines: [Line], from start: Int, columns n: Int) -> ([StageSumRow], Int) {
    var rows: [StageSumRow] = []
    var pieces: [String] = []
    var k = start
    scan: while k < lines.count {
      switch GenericLine.classify(lines[k], parser: parser) {
      case .blank: break
      case .unit: break scan
      case .text(let text):
        if text.hasPrefix("※") || text.hasPrefix("(注") || text.hasPrefix("注") { break scan }
        pieces.append(text)
        if pieces.count > 3 { break scan }
      case .row(let label, let cells):
        guard cells.count <= n + 1, stageSumUnread(lines[k].number),
          cells.allSatisfy({ !$0.isPercent && $0.decimal != nil })
        else { break scan }
        rows.append((pieces + (label.isEmpty ? [] : [label]), cells, lines[k]))
        pieces = []
      }
      k += 1
    }
    return (rows, k)
  }

  /// Whether a line's figures are still reported as having no header, as a row of another
  /// width than the header the line reader took (`1次補正 2次補正 3次補正` as three columns),
  /// or as a row of that table no arithmetic confirmed, and no table holds it.
  func stageSumUnread(_ line: Int) -> Bool {
    diagnostics.contains {
      $0.span.line <= line && line <= $0.span.endLine && Self.isUnplacedRowMessage($0.message)
    }
      && !tables.contains { $0.span.line <= line && line <= $0.span.endLine }
  }

  static func isUnplacedRowMessage(_ message: String) -> Bool {
    message.hasPrefix(noHeaderMessage)
      || (message.hasPrefix("a row of ") && message.contains(" cells under a header of "))
      || (message.hasPrefix("no change, rate or ratio column confirms the header's reading")
        && message.hasSuffix("the table is not exported"))
  }

  /// Whether the parts add up to the total within the rounding of the printed figures (half
  /// a unit of the last digit each).
  static func stageSumHolds(_ parts: [CellToken], _ total: CellToken) -> Bool {
    guard let t = total.decimal else { return false }
    let values = parts.compactMap(\.decimal)
    guard values.count == parts.count, values.allSatisfy({ $0.scale == t.scale }) else {
      return false
    }
    let sum = values.reduce(Int64(0)) { $0 + $1.significand }
    return 2 * abs(sum - t.significand) <= Int64(parts.count + 1)
  }
}
