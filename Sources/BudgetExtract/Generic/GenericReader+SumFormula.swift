import BudgetModel

/// A 総括表 whose header names its columns by sum formulas (national-h10-kagaku-gijutsu lines
/// 33-79): under `(単位:百万円)`, header blocks one after the other (`一般会計中の科学技術関係費` /
/// `C=A+B` / `特別会計中の科学技術関係費` / `科学技術関係経費総額` / `C+D` / `科学技術振興費` /
/// `その他の一般会計中の研究関係費` / `対前年度伸び率%` × 5), then rows of five amount and rate
/// pairs. The header prints no year: the title above the unit statement does
/// (`平成10年度予算案科学技術関係経費(省庁別総括表)`).
///
/// What the rows prove: one amount column is the sum of two others in every row (C = A + B,
/// `-` as nothing) and one more is the sum of C and the remaining one (C + D), each in exactly
/// one way. The formula's name is the header block printed right before it; D's name is the
/// one block between the `C=A+B` formula and the total's name. Those three columns are
/// exported as the title's year and stage, each as a table of its own. A and B are not told
/// apart by anything the table prints (both are parts of C): they and their rates are
/// reported. The rates of C, D and E are read where the prior amounts the rates imply add up
/// as the amounts do (`SumFormulaRates`).
extension GenericReader {
  struct SumFormulaHeader {
    var sumName: String
    var sumLetters: [Character]
    var totalName: String
    var totalLetters: [Character]
    var otherName: String
  }

  mutating func readSumFormulaTables(_ lines: [Line]) {
    forEachUnitStatement(lines) { reader, k, unit, caption in
      reader.readSumFormulaTable(lines, unitAt: k, unit: unit, caption: caption)
    }
  }

  /// Reads the table after the unit statement at `u`, if it is one; returns where to go on.
  mutating func readSumFormulaTable(_ lines: [Line], unitAt u: Int, unit: String, caption: String)
    -> Int
  {
    var blocks: [String] = []
    var current = ""
    var k = u + 1
    while k < lines.count {
      switch GenericLine.classify(lines[k], parser: parser) {
      case .blank:
        if !current.isEmpty { blocks.append(current) }
        current = ""
      case .text(let text):
        current += text.filter { $0 != " " }
      case .unit: return k
      case .row:
        if !current.isEmpty { blocks.append(current) }
        return readSumFormulaRows(lines, from: k, blocks: blocks, unitAt: u, unit: unit)
      }
      k += 1
    }
    return k
  }

  mutating func readSumFormulaRows(
    _ lines: [Line], from start: Int, blocks: [String], unitAt u: Int, unit: String
  ) -> Int {
    var rows: [(label: String, cells: [CellToken], line: Line)] = []
    var k = start
    while k < lines.count {
      let kind = GenericLine.classify(lines[k], parser: parser)
      if case .blank = kind {
        k += 1
        continue
      }
      guard case .row(let label, let cells) = kind, !label.isEmpty else { break }
      rows.append((label, cells, lines[k]))
      k += 1
    }
    guard let header = Self.sumFormulaHeader(blocks),
      let title = Self.sumFormulaTitle(lines, before: u, parser: parser)
    else { return k }
    // Rows of five amount and rate pairs.
    var full = rows.filter { $0.cells.count == 10 }
    let amounts = full.map(Self.amountColumns)
    guard full.count >= 2, let columns = Self.sumColumns(amounts),
      !tables.contains(where: {
        $0.span.line <= full[full.count - 1].line.number && full[0].line.number <= $0.span.endLine
      })
    else { return k }
    full = (full + repairedRows(rows, columns)).sorted { $0.line.number < $1.line.number }
    let named = [
      (columns.c, header.sumName), (columns.d, header.otherName), (columns.e, header.totalName),
    ]
    let rates = SumFormulaRates.confirmed(full.map(Self.ratePairs), columns)
    for (column, name) in named {
      let kept = full.indices.filter { full[$0].cells[2 * column].figure.amount != nil }
      guard !kept.isEmpty else { continue }
      var record = SummaryTableRecord(
        section: "\(title.text) \(name)", unit: unit, columns: [name],
        rows: kept.map {
          SummaryRowRecord(
            label: Self.joinLabel([full[$0].label]), cells: [full[$0].cells[2 * column].figure],
            span: SourceSpan(line: full[$0].line.number))
        },
        span: SourceSpan(
          line: full[kept[0]].line.number, endLine: full[kept[kept.count - 1]].line.number))
      record.meanings = [
        ColumnMeaning(
          kind: .amount, header: name, fiscalYearLabel: title.year, stage: title.stage)
      ]
      addSumFormulaRates(
        &record, amountAt: 2 * column, proven: kept.map { rates[$0]?.contains(column) == true },
        cells: kept.map { full[$0].cells })
      record.confirmed = true
      tables.append(record)
    }
    reportSumFormulaParts(full, header)
    return k
  }

  /// The parts A and B and the rates of the rows read: reported, instead of the rows'
  /// earlier diagnostics.
  mutating func reportSumFormulaParts(
    _ full: [(label: String, cells: [CellToken], line: Line)], _ header: SumFormulaHeader
  ) {
    let rowLines = Set(full.map(\.line.number))
    diagnostics.removeAll {
      rowLines.contains($0.span.line) && $0.kind == .unrecognizedLine
        && !$0.message.hasPrefix(Self.damagedRate)
    }
    for row in full {
      diagnostics.append(
        Diagnostic(
          kind: .tableUnconfirmed,
          message:
            "the two parts of \(header.sumName) (A and B: no figure tells which is which name) and their rates are not exported (a rate of the other columns only where the prior amounts the rates imply add up)",
          text: row.label, span: SourceSpan(line: row.line.number)))
    }
  }

  /// The rate column of one of the columns read, when the sums of implied prior amounts
  /// (`SumFormulaRates`) prove its rate in at least one row: a row not proven has no rate.
  func addSumFormulaRates(
    _ record: inout SummaryTableRecord, amountAt index: Int, proven: [Bool], cells: [[CellToken]]
  ) {
    guard let column = record.columns.first, proven.contains(true) else { return }
    let header = "\(column)・対前年度伸び率%"
    record.columns.append(header)
    var rate = ColumnMeaning(kind: .ratePercent, header: header)
    rate.impliedBase = true
    record.meanings = (record.meanings ?? []) + [rate]
    for k in record.rows.indices {
      record.rows[k].cells.append(
        proven[k] ? cells[k][index + 1].figure : PrintedFigure(amount: nil))
    }
  }

  /// A row's five amounts and the rate printed after each.
  static func ratePairs(_ row: (label: String, cells: [CellToken], line: Line))
    -> [SumFormulaRates.Pair]
  {
    stride(from: 0, to: 10, by: 2).map {
      (row.cells[$0].decimal, row.cells[$0 + 1].isDamaged ? nil : row.cells[$0 + 1].decimal)
    }
  }

  static let damagedRate =
    "a rate the converter damaged (digits grouped other than in threes) is not read"

  static func amountColumns(_ row: (label: String, cells: [CellToken], line: Line))
    -> [DecimalNumber?]
  {
    stride(from: 0, to: 10, by: 2).map { row.cells[$0].decimal }
  }

  /// Rows with a rate the converter damaged (`2,147 41,7`): the damaged token counts as one
  /// empty cell (`damagedRow`), only in a rate's place, and the row is kept only when the
  /// table's sums hold on it too; its damaged cell is reported.
  mutating func repairedRows(
    _ rows: [(label: String, cells: [CellToken], line: Line)],
    _ columns: (a: Int, b: Int, c: Int, d: Int, e: Int)
  ) -> [(label: String, cells: [CellToken], line: Line)] {
    var repaired: [(label: String, cells: [CellToken], line: Line)] = []
    for row in rows where row.cells.count < 10 {
      guard let fixed = damagedRow(row.label, row.cells, line: row.line, n: 10),
        fixed.cells.indices.allSatisfy({ !fixed.cells[$0].isDamaged || $0 % 2 == 1 }),
        !fixed.label.isEmpty
      else { continue }
      let candidate = (label: fixed.label, cells: fixed.cells, line: row.line)
      let values = [Self.amountColumns(candidate)]
      guard Self.sums(values, columns.a, columns.b, to: columns.c, needsBoth: false),
        Self.sums(values, columns.c, columns.d, to: columns.e, needsBoth: false)
      else { continue }
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message: Self.damagedRate,
          text: GenericLine.text(of: row.line), span: SourceSpan(line: row.line.number)))
      repaired.append(candidate)
    }
    return repaired
  }
}
