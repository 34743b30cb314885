import BudgetModel

/// A table whose column header row was lost in conversion (homu-r2-gaisan-yokyu lines 27-59):
///
///     (単位:百万円)
///      1 大臣官房関係経費 131,980 134,512 2,532 2,324
///      …
///     13 公安調査庁関係経費 15,039 15,749 710 559
///     773,039 821,387 48,348 45,953
///        臨時・特別の措置(注2) 39,876
///     812,916
///
/// Nothing names the columns, so the document's own arithmetic must: the rows add up to the
/// unlabelled total row under them (Σ rows = total, within the rounding of the printed
/// figures) in the three columns read; in every row and the total, the third column is the
/// second minus the first (B − A = C, one unit of tolerance), and no other three columns side
/// by side do that; and the second column's total is a headline amount of the document (a
/// total with no year in its words or above it, `1 一般会計 8,214億円`) at the headline's
/// printed precision (821,387 百万円 = 8,214億円). Then B is the document's own year and stage,
/// A the year before (the base of the change, as a `前年度` column with no stage is read), C the
/// change; any further column has no meaning printed anywhere and is reported. A row of one
/// figure after the total joins the column whose total plus it is the lone figure printed
/// after it (773,039 + 39,876 = 812,916 within one unit), and only that one column. The total
/// row and the lone figure have no label: reported. The total may come first (unlabelled or
/// `合計`, the labelled rows after it) and a cell may be `-` (nothing: no relation checked on
/// its row, zero in the sums; two rows at least must check B − A = C). Any other shape stays
/// reported as before.
extension GenericReader {
  /// Calls `read` at every unit statement of the lines (`(単位:億円)`), with its line index,
  /// unit and caption; `read` returns the index to go on from.
  mutating func forEachUnitStatement(
    _ lines: [Line], _ read: (inout GenericReader, Int, String, String) -> Int
  ) {
    var k = 0
    while k < lines.count {
      guard case .unit(let unit, let caption) = GenericLine.classify(lines[k], parser: parser)
      else {
        k += 1
        continue
      }
      k = read(&self, k, unit, caption)
    }
  }

  typealias LostRow = (label: String, cells: [CellToken], line: Line)

  static let lostHeaderTotalMessage =
    "the total row of a table read without its header (no label of its own) is not exported"

  mutating func readLostHeaderTables(_ lines: [Line]) {
    forEachUnitStatement(lines) { reader, k, unit, caption in
      reader.readLostHeaderTable(lines, after: k + 1, unit: unit, caption: caption)
    }
  }

  /// The next non-blank line's kind from `k`, and its index.
  func nextKind(_ lines: [Line], from k: Int) -> (GenericLine, Int)? {
    var k = k
    while k < lines.count {
      let kind = GenericLine.classify(lines[k], parser: parser)
      if case .blank = kind {
        k += 1
        continue
      }
      return (kind, k)
    }
    return nil
  }

  /// Reads the table right after a unit statement if it has the shape; returns where to go on.
  mutating func readLostHeaderTable(
    _ lines: [Line], after start: Int, unit: String, caption: String
  ) -> Int {
    guard let (rows, total, after) = lostHeaderRows(lines, from: start) else { return start }
    var k = after
    let all = rows + [total]
    guard rows.count >= 2, let n = rows.first?.cells.count, n >= 3,
      all.allSatisfy({ $0.cells.count == n }),
      all.allSatisfy({ row in row.cells.allSatisfy(Self.isPlainCell) }),
      all.allSatisfy({ lostHeaderUnread($0.line.number) }),
      let power = Self.unitPowers[unit], let c = Self.lostChangeColumn(all),
      all.allSatisfy({ row in row.cells[...c].allSatisfy { !$0.isPercent } }),
      [c - 2, c - 1, c].allSatisfy({ Self.sumsToTotal(rows, total, column: $0) }),
      matchingHeadlines(total.cells[c - 2], power: power).isEmpty,
      let years = Self.lostYearColumns(matchingHeadlines(total.cells[c - 1], power: power))
    else { return k }
    var extra: LostRow?
    if total.line.number > rows[0].line.number, let (kind, at) = nextKind(lines, from: k),
      case .row(let label, let cells) = kind,
      !label.isEmpty, cells.count == 1, let x = cells[0].decimal,
      let (next, lone) = nextKind(lines, from: at + 1), case .row(let none, let sum) = next,
      none.isEmpty, sum.count == 1, let y = sum[0].decimal, lostHeaderUnread(lines[at].number),
      Self.addsUp(total.cells[c - 2], x, y), !Self.addsUp(total.cells[c - 1], x, y)
    {
      extra = (label, cells, lines[at])
      k = lone + 1
    }
    let rate = Self.lostRateColumn(all, changeColumn: c)
    emitLostHeaderTable(
      rows, extra: extra, total: total, years: years, changeColumn: c, rateColumn: rate,
      unit: unit, caption: caption)
    return k
  }

  /// The rows after a unit statement and their total: labelled rows then an unlabelled (or
  /// `合計`) row, or that total first and the labelled rows after it up to the next line that
  /// is no labelled row; the index to go on from.
  func lostHeaderRows(_ lines: [Line], from start: Int) -> (
    rows: [LostRow], total: LostRow, after: Int
  )? {
    var rows: [LostRow] = []
    var k = start
    var total: LostRow?
    while let (kind, at) = nextKind(lines, from: k), case .row(let label, let cells) = kind {
      let isTotal = label.isEmpty || Self.totalWords.contains(label.filter { $0 != " " })
      if isTotal, total != nil { break }
      k = at + 1
      if isTotal {
        total = (label, cells, lines[at])
        if !rows.isEmpty { break }
      } else {
        rows.append((label, cells, lines[at]))
      }
    }
    guard let total else { return nil }
    return (rows, total, k)
  }

  /// A figure with no unit, or `-` (nothing).
  static func isPlainCell(_ cell: CellToken) -> Bool {
    cell.decimal != nil || cell.figure.amount == nil
  }

  /// Whether the line's figures are still reported as having no header (no rule read them).
  func lostHeaderUnread(_ line: Int) -> Bool {
    diagnostics.contains { $0.span.line == line && $0.message.hasPrefix(Self.noHeaderMessage) }
      && !tables.contains { $0.span.line <= line && line <= $0.span.endLine }
  }

  /// The one column C (with the two before it, A and B) such that B − A = C in every row.
  static func lostChangeColumn(_ rows: [LostRow]) -> Int? {
    guard let n = rows.first?.cells.count, n >= 3 else { return nil }
    let found = (2..<n).filter { c in
      let relation = ColumnRelation(result: c, lhs: c - 1, rhs: c - 2, isQuotient: false)
      let checked = rows.map { TableArithmetic.holds(relation, $0.cells) }
      // (`-` cells leave a row unchecked.)
      return !checked.contains(false) && checked.filter { $0 == true }.count >= 2
        && rows.contains { ($0.cells[c].decimal?.significand ?? 0) != 0 }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// The column right after the change that is C / A in percent in every row (a rate printed
  /// without `%`), if any.
  static func lostRateColumn(_ rows: [LostRow], changeColumn c: Int) -> Int? {
    guard let n = rows.first?.cells.count, c + 1 < n else { return nil }
    let relation = ColumnRelation(result: c + 1, lhs: c, rhs: c - 2, isQuotient: true)
    let checked = rows.map { TableArithmetic.holds(relation, $0.cells) }
    return checked.allSatisfy({ $0 != false }) && checked.contains(true) ? c + 1 : nil
  }

  /// Σ rows = total in one column, within half a unit per rounded figure.
  static func sumsToTotal(_ rows: [LostRow], _ total: LostRow, column: Int) -> Bool {
    guard let t = total.cells[column].decimal else { return false }
    let scale = rows.compactMap { $0.cells[column].decimal?.scale }.max() ?? 0
    guard t.scale == scale else { return false }
    var sum: Int64 = 0
    for row in rows {
      // `-` is nothing.
      if row.cells[column].figure.amount == nil { continue }
      guard let d = row.cells[column].decimal else { return false }
      sum += d.scaled(to: scale)
    }
    return 2 * abs(sum - t.scaled(to: scale)) <= Int64(rows.count + 1)
  }

  /// Whether `total + x = y` within one unit of the printed figures.
  static func addsUp(_ total: CellToken, _ x: DecimalNumber, _ y: DecimalNumber) -> Bool {
    guard let t = total.decimal else { return false }
    let scale = max(t.scale, x.scale, y.scale)
    let diff = abs(t.scaled(to: scale) + x.scaled(to: scale) - y.scaled(to: scale))
    return diff <= TableArithmetic.pow10(scale - min(t.scale, x.scale, y.scale))
  }

  /// The headline amounts of the document (not parts, under no heading naming a year) that
  /// are this total cell (in the table's unit, 10^power yen) at the headline's printed
  /// precision: they differ by less than one unit of the headline's last digit.
  func matchingHeadlines(_ cell: CellToken, power: Int) -> [AmountLineRecord] {
    guard let d = cell.decimal else { return [] }
    let cellPower = power - d.scale
    return amountLines.filter { record in
      guard record.context == nil, record.isPart != true,
        let amount = record.amount.amount, !amount.isNegative,
        let headPower = Self.finestPower(amount), headPower >= cellPower,
        let head = Self.units(amount, cellPower)
      else { return false }
      let unitOfHeadline = TableArithmetic.pow10(headPower - cellPower)
      // A headline of one or two digits (`0.8兆円`) proves nothing: 1% of the total at least.
      return abs(head - d.significand) < unitOfHeadline && 100 * unitOfHeadline <= abs(head)
    }
  }

  /// The prior and budget columns the matching headlines name, when they name one reading:
  /// a label with no year (`1 一般会計`) is the document's own year (`本年度`, with the stage
  /// it names, if one), its prior `前年度`; a label naming one year and stage
  /// (`令和2年度概算要求額`) gives B that year and stage and A the year before (`令和元年度`).
  static func lostYearColumns(_ records: [AmountLineRecord]) -> (
    prior: ColumnMeaning, budget: ColumnMeaning
  )? {
    var readings: Set<[ColumnMeaning]> = []
    for record in records {
      let label = record.label.filter { $0 != " " }
      if !label.contains("年度") {
        let stages = Set(ColumnMeaning.Stage.named(in: label))
        guard stages.count <= 1 else { return nil }
        readings.insert([
          ColumnMeaning(kind: .amount, header: "前年度", fiscalYearLabel: "前年度"),
          ColumnMeaning(
            kind: .amount, header: "本年度", fiscalYearLabel: "本年度", stage: stages.first),
        ])
        continue
      }
      let named = ColumnHeader.meanings(label)
      guard named.count == 1, named[0].kind == .amount, let year = named[0].fiscalYearLabel,
        let before = yearBefore(year)
      else { return nil }
      readings.insert([
        ColumnMeaning(kind: .amount, header: before, fiscalYearLabel: before),
        ColumnMeaning(
          kind: .amount, header: year, fiscalYearLabel: year, stage: named[0].stage),
      ])
    }
    guard readings.count == 1, let reading = readings.first else { return nil }
    return (reading[0], reading[1])
  }

  /// The fiscal year before a printed one (`令和2年度` → `令和元年度`, `令和元年度` →
  /// `平成30年度`, `10年度` → `9年度`, `2025年度` → `2024年度`); nil when not certain.
  static func yearBefore(_ label: String) -> String? {
    guard let key = ColumnMeaning.yearKey(label), key.era >= -1 else { return nil }
    let eras = ["昭和", "平成", "令和"]
    let era = key.era >= 0 ? eras[key.era] : ""
    if key.n >= 2 { return era + (key.n == 2 ? "元" : String(key.n - 1)) + "年度" }
    switch era {
    case "令和": return "平成30年度"
    case "平成": return "昭和63年度"
    default: return nil
    }
  }

  mutating func emitLostHeaderTable(
    _ rows: [LostRow], extra: LostRow?, total: LostRow,
    years: (prior: ColumnMeaning, budget: ColumnMeaning), changeColumn c: Int, rateColumn: Int?,
    unit: String, caption: String
  ) {
    let n = total.cells.count
    let names = (0..<n).map { k in
      k == c - 2
        ? years.prior.header
        : k == c - 1 ? years.budget.header : k == c ? "増減" : k == rateColumn ? "増減率" : ""
    }
    let meanings = (0..<n).map { k -> ColumnMeaning in
      switch k {
      case c - 2: return years.prior
      case c - 1: return years.budget
      case c: return ColumnMeaning(kind: .change, header: names[k])
      default:
        return k == rateColumn
          ? ColumnMeaning(kind: .ratePercent, header: names[k])
          : ColumnMeaning(kind: .other, header: "(列名なし)")
      }
    }
    let labelled =
      total.label.isEmpty ? rows : (rows + [total]).sorted { $0.line.number < $1.line.number }
    var records = labelled.map {
      SummaryRowRecord(
        label: Self.joinLabel([$0.label]), cells: $0.cells.map(\.figure),
        span: SourceSpan(line: $0.line.number))
    }
    if let extra {
      var record = SummaryRowRecord(
        label: Self.joinLabel([extra.label]),
        cells: (0..<n).map { $0 == c - 2 ? extra.cells[0].figure : PrintedFigure(amount: nil) },
        span: SourceSpan(line: extra.line.number))
      record.cellLines = (0..<n).map { $0 == c - 2 ? extra.line.number : 0 }
      records.append(record)
    }
    let last = extra?.line.number ?? labelled[labelled.count - 1].line.number
    var table = SummaryTableRecord(
      section: caption, unit: unit, columns: names, rows: records,
      span: SourceSpan(line: labelled[0].line.number, endLine: last))
    table.meanings = meanings
    table.confirmed = true
    tables.append(table)
    let read = Set(labelled.map(\.line.number) + [extra?.line.number].compactMap { $0 })
    diagnostics.removeAll {
      read.contains($0.span.line) && $0.message.hasPrefix(Self.noHeaderMessage)
    }
    for k in diagnostics.indices
    where diagnostics[k].span.line == total.line.number
      && diagnostics[k].message.hasPrefix(Self.noHeaderMessage)
    {
      diagnostics[k].message = Self.lostHeaderTotalMessage
    }
  }
}
