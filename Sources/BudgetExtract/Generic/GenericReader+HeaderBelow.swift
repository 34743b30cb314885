import BudgetModel

/// A table whose header is printed after all of its rows (PDF reading order, homu-h26): `(単位:
/// 百万円)`, rows of bare figures with no header (`(1)検察活動の充実 99,429 108,571 9,142 8,278
/// 864`), a note ending them, then the page's text: the labels the rows lost, and the header's
/// words one per line (`平成25年度` / `予 算 額` / `平成26年度` / `概算要求等額` / `事 項 増△減額`).
/// Unlike `GenericReader+HeaderAfter`, no row of the table follows the header.
///
/// The rows are that header's table only when the document's arithmetic proves it: the header
/// is one run of short lines with header words naming two or more columns with a relation
/// (B − A = C), every row has as many cells as the header's columns (or as many plus parts of
/// its last column, a change, that add up to it on every row: `合計` / `人件費` / `物件費`), and
/// every row, labelled or not, holds the header's arithmetic. A row with no label on its line
/// stays reported; a header followed by a row of its own width, by a row right after it, or
/// by a unit statement or a figure is the next table's header.
extension GenericReader {
  struct HeaderBelow {
    var block: HeaderAfter
    var texts: [(text: String, line: Line)] = []
  }

  /// Keeps the rows of a header-after block that ended with no header (a note, a long line):
  /// its header may come below. Called right after `trackHeaderAfter`.
  mutating func keepRowsAbove(_ ended: HeaderAfter?, _ line: Line, _ kind: GenericLine) {
    if let ended, headerAfter == nil, ended.rows.count >= 2,
      Set(ended.rows.map(\.cells.count)).count == 1
    {
      headerBelow = HeaderBelow(block: ended)
      return
    }
    guard headerBelow != nil else { return }
    switch kind {
    case .blank:
      return
    case .text(let text) where !Self.holdsFigure(text) && headerBelow!.texts.count < 40:
      headerBelow?.texts.append((text, line))
    case .row(_, let cells):
      resolveHeaderBelow(next: cells.count)
    default:
      // A unit statement or a figure after the header: the header is the next table's
      // (`(単位:億円)` printed after its header), never the rows' above.
      headerBelow = nil
    }
  }

  /// Reads the kept rows with the header found below them, when it is proven; else leaves
  /// them reported as they are. `next` is the width of the row that ends the texts (nil at
  /// the end of the document): a row right after the header, or one of the rows' width, is
  /// the header's own table.
  mutating func resolveHeaderBelow(next: Int?) {
    guard let below = headerBelow else { return }
    headerBelow = nil
    let rows = below.block.rows
    guard let n = rows.first?.cells.count, next != n,
      let (header, end, meanings) = Self.headerBelowRun(below.texts),
      next == nil || end < below.texts.count,
      let read = Self.withChangeParts(
        meanings, width: n, rows: rows.map(\.cells),
        words: below.texts[end...].map(\.text)),
      rows.allSatisfy({ row in
        let verdict = TableArithmetic.check(read, rows: [row.cells])
        return verdict.held > 0 && verdict.failedRows.isEmpty
      })
    else { return }
    var table = TableDraft(
      meanings: read, unit: below.block.unit, caption: caption ?? "", header: header,
      start: rows[0].line.number)
    adoptRowsAbove(rows)
    for row in rows where !row.label.isEmpty {
      emit(&table, label: row.label, cells: row.cells, last: row.line)
    }
    close(table)
  }

  /// The header: the one run of consecutive short lines with header words whose words name
  /// two or more columns, one an amount, with a relation between them; its texts, the index
  /// after it and its meanings.
  static func headerBelowRun(_ texts: [(text: String, line: Line)]) -> (
    [String], Int, [ColumnMeaning]
  )? {
    var found: [([String], Int, [ColumnMeaning])] = []
    var k = 0
    while k < texts.count {
      var end = k
      while end < texts.count, ColumnHeader.hasHeaderWord(texts[end].text),
        texts[end].text.filter({ $0 != " " }).count <= 20,
        end == k || texts[end].line.number == texts[end - 1].line.number + 1
      {
        end += 1
      }
      if end == k {
        k += 1
        continue
      }
      let header = texts[k..<end].map(\.text)
      let meanings = ColumnHeader.meanings(header.joined(separator: " "))
      if meanings.count >= 2, meanings.contains(where: { $0.kind == .amount }),
        !meanings.contains(where: { $0.kind == .other }),
        !ColumnMeaning.relations(meanings).isEmpty
      {
        found.append((header, end, meanings))
      }
      k = end
    }
    return found.count == 1 ? found[0] : nil
  }

  /// The header's columns for rows of `width` cells: as they are when they are as many; with
  /// parts after the last column, a change, when every row's parts add up to it, at least one
  /// row prints two parts not zero, and one text line below the header starts with the parts'
  /// words (as many words of two or more characters, before any digit). Nil otherwise.
  static func withChangeParts(
    _ meanings: [ColumnMeaning], width: Int, rows: [[CellToken]], words texts: [String]
  ) -> [ColumnMeaning]? {
    if meanings.count == width { return meanings }
    let c = meanings.count - 1
    let p = width - meanings.count
    guard p >= 2, meanings[c].kind == .change else { return nil }
    let named = texts.compactMap { text -> [String]? in
      let words = text.prefix { !$0.isASCIIDigitCharacter }.split(separator: " ").map(String.init)
      return words.count == p
        && words.allSatisfy({ $0.count >= 2 && !ColumnHeader.hasHeaderWord($0) })
        ? words : nil
    }
    guard named.count == 1,
      rows.allSatisfy({ row in
        row.count == width && FlatRows.addsUpRounded(row[c], Array(row[(c + 1)...]))
      }),
      rows.contains(where: { row in
        row[(c + 1)...].filter { $0.decimal?.significand ?? 0 != 0 }.count >= 2
      })
    else { return nil }
    var read = meanings
    for word in named[0] {
      var part = ColumnMeaning(kind: .other, header: meanings[c].header + word)
      part.partOf = c
      read.append(part)
    }
    return read
  }

  /// The rows' `no header` reports go: labelled rows are read, unlabelled ones say why not.
  mutating func adoptRowsAbove(_ rows: [(line: Line, label: String, cells: [CellToken])]) {
    let adopted = Set(rows.filter { !$0.label.isEmpty }.map(\.line.number))
    let unlabelled = Set(rows.filter { $0.label.isEmpty }.map(\.line.number))
    diagnostics.removeAll {
      adopted.contains($0.span.line) && $0.message.hasPrefix(Self.noHeaderMessage)
    }
    for k in diagnostics.indices
    where unlabelled.contains(diagnostics[k].span.line)
      && diagnostics[k].message.hasPrefix(Self.noHeaderMessage)
    {
      diagnostics[k].message =
        "a row printed above its table's header with no label on its line is not exported"
    }
  }
}

extension FlatRows {
  /// Whether the parts add up to the total at one precision (`-` is no part), within the
  /// rounding of the printed figures: each is rounded to its last digit, so the sum of `p`
  /// parts may differ from the total by less than (p + 1) / 2 units.
  static func addsUpRounded(_ total: CellToken, _ parts: [CellToken]) -> Bool {
    guard let t = total.decimal else { return false }
    let values = parts.compactMap(\.decimal)
    guard !values.isEmpty, values.allSatisfy({ $0.scale == t.scale }) else { return false }
    let sum = values.reduce(Int64(0)) { $0 + $1.significand }
    return abs(sum - t.significand) * 2 < Int64(values.count + 1)
  }
}
