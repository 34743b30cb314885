import BudgetModel

/// Which label of a chart printed one cell per line (`+StackedChart`) belongs to which pair of
/// bars. The arithmetic proves which change belongs to which pair of bars, not which label:
/// the labels are printed apart from the bars (a legend or an axis under them), and their
/// printed order need not be the bars' (a legend printed in reverse). So a label is paired
/// with a pair of bars only where the document itself says so: the same label is stated
/// elsewhere (a table row, an item line) with an amount that is one of that pair's bars and
/// of no other pair's. When every label but one is paired so, the last one is the pair left.
/// A pair no label is proven for is not exported.
extension GenericReader {
  /// The label of each item (by the index of its pair of bars) that the document proves.
  func chartPairing(_ chart: StackedChart) -> [Int: String] {
    let unit = chart.table.unit
    let bars = chart.items.map { item in
      item.cells.prefix(2).compactMap { Self.chartYen($0, unit: unit) }
    }
    let statements = chartStatements(outside: chart.table.span)
    var claims: [Int: [String]] = [:]
    for label in chart.labels {
      let values = statements[Self.bareLabel(label)] ?? []
      let pairs = bars.indices.filter { k in bars[k].contains { values.contains($0) } }
      if pairs.count == 1 { claims[pairs[0], default: []].append(label) }
    }
    // A pair two labels are stated for is proven for neither.
    var pairing = claims.compactMapValues { $0.count == 1 ? $0[0] : nil }
    let unpaired = chart.labels.filter { !pairing.values.contains($0) }
    let left = chart.items.indices.filter { pairing[$0] == nil }
    if unpaired.count == 1, left.count == 1 { pairing[left[0]] = unpaired[0] }
    return pairing
  }

  /// Every label stated with amounts outside the chart's lines, spaces taken out, with the
  /// amounts in exact units (`RatioSums.exact`): tables' rows and amount lines.
  func chartStatements(outside span: SourceSpan) -> [String: Set<Int128>] {
    var found: [String: Set<Int128>] = [:]
    let outside = { (s: SourceSpan) in s.endLine < span.line || s.line > span.endLine }
    for table in tables {
      for row in table.rows where outside(row.span) {
        for (k, cell) in row.cells.enumerated() {
          if let meanings = table.meanings, k < meanings.count, meanings[k].kind != .amount {
            continue
          }
          if let value = Self.chartYen(cell, unit: table.unit) {
            found[Self.bareLabel(row.label), default: []].insert(value)
          }
        }
      }
    }
    for record in amountLines where outside(record.span) {
      for figure in [record.amount, record.prior].compactMap({ $0 }) {
        if let value = Self.chartYen(figure, unit: nil) {
          found[Self.bareLabel(record.label), default: []].insert(value)
        }
      }
    }
    return found
  }

  static func bareLabel(_ label: String) -> String {
    String(label.filter { $0 != " " && $0 != "\u{3000}" })
  }

  /// The figure in exact units, a part printed without its unit taking `unit`; nil when no
  /// unit is known.
  static func chartYen(_ figure: PrintedFigure, unit: String?) -> Int128? {
    guard var amount = figure.amount else { return nil }
    for k in amount.parts.indices where amount.parts[k].unit == nil {
      guard let unit else { return nil }
      amount.parts[k].unit = unit
    }
    let cell = CellToken(figure: PrintedFigure(amount: amount), isPercent: false, line: 0)
    return RatioSums.exact(cell)?.value
  }

  /// The total's bars are the sums of the items' (row 0 the total), year by year, each figure
  /// within half a unit of its last printed digit.
  static func chartSums(_ rows: [SummaryRowRecord], unit: String) -> Bool {
    (0..<2).allSatisfy { column in
      let cells = rows.map { CellToken(figure: $0.cells[column], isPercent: false, line: 0) }
      guard let exact = cells.map({ RatioSums.exact($0) }) as? [RatioSums.Exact],
        let total = exact.first
      else { return false }
      let sum = exact.dropFirst().reduce(Int128(0)) { $0 + $1.value }
      let slack = exact.reduce(Int128(0)) { $0 + $1.unit } / 2
      return abs(sum - total.value) <= slack
    }
  }

  /// The lines of the figures already read: tables' rows and cells, amount lines.
  func readLines() -> Set<Int> {
    var read = Set<Int>()
    for row in tables.flatMap(\.rows) {
      read.formUnion(row.span.line...Swift.max(row.span.line, row.span.endLine))
      read.formUnion(row.cellLines)
    }
    for record in amountLines {
      read.formUnion(record.span.line...Swift.max(record.span.line, record.span.endLine))
    }
    return read
  }
}
