import BudgetModel

/// A CSV file printed as text on one line (boei-r2-hakusho-kakkoku-kokubohi-csv: a white
/// paper's 各国国防費の推移): a header of years (`"年度 国名",16(28),17(29),18(30),19(令和元年),20(2)`),
/// then a block per country — its name and one row of amounts, a row whose first field is
/// the block's unit (`(億円)`, `(百万ドル)`) holding a second row of amounts or the first row
/// of rates, then rows of rates (`,0.8%,0.8%,…`) with no name, one per row of amounts.
///
/// A block is read only when its unit is one of yen (`億円`, `百万円`…: a foreign currency is
/// never yen) and each row of rates is the growth of its row of amounts over the year before,
/// column by column, at the printed precision (48,996 / 48,607 = +0.8%), two columns at least
/// and none contradicting: that proves the columns are the header's years one after another
/// and the rows' order. Each row is then a table row of the years' amounts with the last
/// year's rate (its growth over the year before); the earlier years' rates compare two years
/// the schema has no measure for, and the other blocks, are reported.
extension GenericReader {
  struct CSVBlock {
    var label: String
    var unit: String?
    var amounts: [[String]] = []
    var rates: [[String]] = []
  }

  mutating func readCSVTables(_ lines: [Line]) {
    for line in lines where line.normalized.count > 100 && line.normalized.contains("\"") {
      let text = GenericLine.text(of: line)
      guard text.utf8.count > 100, text.contains("\",\""), let records = CSVLine.records(text)
      else { continue }
      readCSVTable(records, line)
    }
  }

  mutating func readCSVTable(_ records: [[String]], _ line: Line) {
    guard let h = records.firstIndex(where: { $0.count >= 3 && Self.csvYears($0) != nil }),
      let years = Self.csvYears(records[h])
    else { return }
    let blocks = Self.csvBlocks(records[(h + 1)...], width: years.count)
    var rows: [SummaryRowRecord] = []
    var unit: String?
    for block in blocks {
      guard let u = block.unit, Self.unitPowers[u] != nil, unit == nil || unit == u,
        csvRatesHold(block)
      else {
        let why =
          "a block of the CSV whose unit is no yen (\(block.unit ?? "none")) or whose rates do not prove its rows"
        report(line, text: block.label, why: "\(why): not exported")
        continue
      }
      unit = u
      for (i, amounts) in block.amounts.enumerated() {
        let label = i == 0 ? block.label : "\(block.label)(\(i + 1)段目)"
        var cells = amounts.map { field -> PrintedFigure in
          CellToken.parse(field, line: line.number, parser: parser)?.figure
            ?? PrintedFigure(amount: nil)
        }
        cells.append(Self.csvRateFigure(block.rates[i].last ?? ""))
        rows.append(
          SummaryRowRecord(label: label, cells: cells, span: SourceSpan(line: line.number)))
      }
    }
    guard let unit, !rows.isEmpty else { return }
    var meanings = years.map {
      ColumnMeaning(kind: .amount, header: $0.printed, fiscalYearLabel: $0.label)
    }
    meanings.append(ColumnMeaning(kind: .ratePercent, header: "対前年度伸び率"))
    var table = SummaryTableRecord(
      section: records[h][0], unit: unit, columns: meanings.map(\.header), rows: rows,
      span: SourceSpan(line: line.number))
    table.meanings = meanings
    table.confirmed = true
    tables.append(table)
    report(
      line, text: records[h][0],
      why:
        "the rates of the CSV's earlier years compare two years the schema has no measure for: not exported"
    )
  }

  /// The header's years (`16(28)` → `平成28年度`), one after another; nil unless every field
  /// after the first is one.
  static func csvYears(_ record: [String]) -> [(printed: String, label: String)]? {
    let years = record.dropFirst().map { field in CSVLine.yearLabel(field).map { (field, $0) } }
    guard years.allSatisfy({ $0 != nil }) else { return nil }
    let read = years.compactMap { $0 }
    let western = read.compactMap { Int($0.0.prefix(2)) }
    guard zip(western, western.dropFirst()).allSatisfy({ $0 + 1 == $1 }) else { return nil }
    return read.map { (printed: $0.0, label: $0.1) }
  }

  /// The blocks of the records after the header, each record of the header's width.
  static func csvBlocks(_ records: ArraySlice<[String]>, width: Int) -> [CSVBlock] {
    var blocks: [CSVBlock] = []
    var open: CSVBlock?
    func close() {
      if let block = open, !block.amounts.isEmpty { blocks.append(block) }
      open = nil
    }
    for record in records {
      guard record.count == width + 1 else {
        close()
        continue
      }
      let first = record[0]
      let cells = Array(record.dropFirst())
      let amounts =
        cells.allSatisfy { CSVLine.amount($0) != nil || CSVLine.isAbsent($0) }
        && cells.contains { CSVLine.amount($0) != nil }
      let rates =
        cells.allSatisfy { CSVLine.rate($0) != nil || CSVLine.isAbsent($0) }
        && cells.contains { CSVLine.rate($0) != nil }
      let isUnit = first.hasPrefix("(") && first.hasSuffix(")") && first.count > 2
      if !first.isEmpty, !isUnit, amounts {
        close()
        open = CSVBlock(label: first, amounts: [cells])
      } else if isUnit, open != nil, open?.unit == nil, amounts || rates {
        open?.unit = String(first.dropFirst().dropLast())
        if amounts { open?.amounts.append(cells) } else { open?.rates.append(cells) }
      } else if first.isEmpty, open != nil, rates {
        open?.rates.append(cells)
      } else if !(first.isEmpty && cells.allSatisfy(\.isEmpty)) {
        close()
      }
    }
    close()
    return blocks
  }

  /// Whether each row of rates is its row of amounts' growth over the column before, at the
  /// printed precision, in two columns at least and against none.
  func csvRatesHold(_ block: CSVBlock) -> Bool {
    guard block.rates.count == block.amounts.count else { return false }
    for (amounts, rates) in zip(block.amounts, block.rates) {
      var held = 0
      for j in amounts.indices.dropFirst() {
        guard let a = CSVLine.amount(amounts[j - 1]), let b = CSVLine.amount(amounts[j]),
          let r = CSVLine.rate(rates[j])
        else { continue }
        let base = RatioSums.Exact(value: Int128(a), unit: 1)
        let change = RatioSums.Exact(value: Int128(b - a), unit: 2)
        guard ComparisonSentence.rateHolds(r, change: change, base: base) else { return false }
        held += 1
      }
      guard held >= 2, CSVLine.rate(rates.last ?? "") != nil else { return false }
    }
    return true
  }

  static func csvRateFigure(_ field: String) -> PrintedFigure {
    guard let rate = CSVLine.rate(field) else { return PrintedFigure(amount: nil) }
    let negative = rate.significand < 0
    return PrintedFigure(
      amount: PrintedAmount(negative ? rate.negated() : rate, unit: nil, isNegative: negative))
  }
}
