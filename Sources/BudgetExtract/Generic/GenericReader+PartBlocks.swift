import BudgetModel

/// A table of amount columns whose last row, its `うち` part beside each cell, is printed one
/// cell per line in column order (`PartBlock`), read when the document's arithmetic proves
/// where each cell stands:
/// - after rows of one cell per column (national-r1, 府省 rows under `令和元年度予算(百万円)
///   平成30年度二次補正予算(百万円)`), the block's first line carries the total's label and each
///   column's whole is the exact sum of the rows above it, in every column;
/// - with no rows before it (national-r2, `令和2年度当初予算案 (参考)前年度当初予算 (参考)対前年度比`
///   then the row's label), the ratio printed after the wholes is the first whole over the
///   second at its printed precision, the first column naming the document's year and the
///   second the prior year.
/// Each part is the cell printed after its column's whole, under the same `(うち…)` label in
/// every column, and smaller than its whole. The ratio itself is no measure of the schema and
/// stays reported. Only lines no table and no amount line holds are read.
extension GenericReader {
  mutating func readPartBlockTables(_ lines: [Line]) {
    let kinds = lines.map { GenericLine.classify($0, parser: parser) }
    var k = 0
    while k < lines.count {
      k = readPartBlockTable(lines, kinds, header: k) ?? (k + 1)
    }
  }

  /// Reads the table whose header is line `h`; the index after it, or nil.
  mutating func readPartBlockTable(_ lines: [Line], _ kinds: [GenericLine], header h: Int) -> Int? {
    guard case .text(let text) = kinds[h] else { return nil }
    let meanings = ColumnHeader.meanings(text)
    let m = meanings.prefix { $0.kind == .amount }.count
    let years = meanings.prefix(m).compactMap(\.fiscalYearLabel)
    guard m >= 2, meanings.count - m <= 1, years.count == m, Set(years).count == m,
      meanings[m...].allSatisfy({ $0.kind == .ratioPercent })
    else { return nil }
    var k = h + 1
    var rows: [(label: String, cells: [CellToken], line: Int)] = []
    while k < kinds.count {
      if case .blank = kinds[k] {
        k += 1
      } else if case .row(let label, let cells) = kinds[k], !label.isEmpty,
        cells.count == meanings.count, cells.allSatisfy({ $0.decimal != nil && !$0.isPercent })
      {
        rows.append((label, cells, lines[k].number))
        k += 1
      } else {
        break
      }
    }
    var label = ""
    var labelLine = 0
    if rows.isEmpty {
      guard k < kinds.count, case .text(let printed) = kinds[k], !PartBlock.isPartLabel(printed),
        !Self.holdsFigure(printed), !Self.opensHeader(printed)
      else { return nil }
      (label, labelLine) = (printed, lines[k].number)
      k += 1
    }
    guard
      let (printed, block) = PartBlock.read(
        kinds, from: k, amounts: m, others: meanings.count - m)
    else { return nil }
    if rows.isEmpty {
      guard printed.isEmpty, block.rest.count == 1, m == 2,
        meanings[1].header.contains("前年度"), !meanings[0].header.contains("前年度"),
        PartBlock.ratioHolds(block.rest[0], block.wholes[0], block.wholes[1])
      else { return nil }
    } else {
      guard !printed.isEmpty, block.isSum(of: rows.map { Array($0.cells.prefix(m)) })
      else { return nil }
      label = printed
    }
    let used =
      rows.map(\.line) + (block.wholes + block.parts).map(\.line)
      + (labelLine > 0 ? [labelLine] : [])
    guard used.allSatisfy(isUnplaced),
      let unit = Self.tableUnit(nil, header: [text], units: units)
        ?? unitAfter(kinds, from: block.end)
    else { return nil }
    emitPartBlockTable(
      rows: rows.map { ($0.label, Array($0.cells.prefix(m)), $0.line) }, label: label,
      labelLine: labelLine, block: block,
      meanings: Array(meanings.prefix(m)), unit: unit, header: lines[h].number,
      caption: Self.textAbove(kinds, h))
    return block.end
  }

  /// The text line right above line `h` (blank lines skipped), or "".
  static func textAbove(_ kinds: [GenericLine], _ h: Int) -> String {
    var j = h - 1
    while j >= 0 {
      if case .text(let text) = kinds[j] { return text }
      guard case .blank = kinds[j] else { return "" }
      j -= 1
    }
    return ""
  }

  /// A line no table and no amount line holds.
  func isUnplaced(_ line: Int) -> Bool {
    !tables.contains { $0.span.line <= line && line <= $0.span.endLine }
      && !amountLines.contains { $0.span.line <= line && line <= $0.span.endLine }
  }

  /// The unit of a unit statement among the two lines after `k` (`(国費、単位:億円)`).
  func unitAfter(_ kinds: [GenericLine], from k: Int) -> String? {
    var seen = 0
    var j = k
    while j < kinds.count, seen < 2 {
      switch kinds[j] {
      case .blank: break
      case .unit(let unit, _): return unit
      default: seen += 1
      }
      j += 1
    }
    return nil
  }
}
