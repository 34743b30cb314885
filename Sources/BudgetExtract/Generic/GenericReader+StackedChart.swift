import BudgetModel

/// A bar chart of two years printed one cell per line (national-h31-shakaihosho-point lines
/// 34–98, national-r2 lines 37–125): each item's two bars (`118,036` / `121,670` / …), the
/// axis (`0`, `20,000`, … from 0 by one step), the bars' years (`30年度` / `31年度` once per
/// item), the items' labels (`年金` / `医療` / `介護` / `福祉等`), the unit statement, the total's
/// header (`30年度 31年度 増△減`), its two amounts and `+10,031(+3.0%)`, then each item's
/// `change(rate%)` in the order of the labels.
///
/// Read only when every item's change is its second bar minus its first and its rate the
/// change over the first at the printed precision, and so is the total's; the years are one
/// apart and repeated once per item. The changes may be cut across lines (`+4,748(+3` /
/// `.9%)`): they are joined with no space and read as `sign digits(,ddd)*(rate%)`, each one's
/// arithmetic deciding. The total row's label is the words after the title's year
/// (`令和 / 2年度 / 社会 / 保障関 / 係費の姿` → `社会保障関係費の姿`). Anything else: the lines
/// stay reported.
extension GenericReader {
  /// A chart as read: its total's row (labelled by the title, or unlabelled), its items'
  /// rows in the order of their bars, not yet labelled, and its labels in printed order.
  struct StackedChart {
    var table: SummaryTableRecord
    var total: SummaryRowRecord
    var items: [SummaryRowRecord]
    var labels: [String]
    /// The axis lines.
    var axis: [Int]
    /// The filled index after the chart.
    var next: Int
  }

  mutating func readStackedChart(_ lines: [Line]) {
    let filled = lines.indices.filter { !PageFurniture.isBlank(lines[$0].normalized) }
    var p = 0
    while p < filled.count {
      // A chart whose lines another rule already read is left to it.
      if let chart = stackedChart(lines, filled, from: p),
        ([chart.total] + chart.items).flatMap(\.cellLines).allSatisfy({ !readLines().contains($0) })
      {
        placeStackedChart(chart)
        p = chart.next
      } else {
        p += 1
      }
    }
  }

  /// The chart's rows whose labels are proven (`chartPairing`) are exported with its total;
  /// the others stay reported, with one diagnostic naming the chart's lines.
  mutating func placeStackedChart(_ chart: StackedChart) {
    let pairing = chartPairing(chart)
    var table = chart.table
    table.rows = chart.total.label.isEmpty ? [] : [chart.total]
    for (k, item) in chart.items.enumerated() {
      guard let label = pairing[k] else { continue }
      var row = item
      row.label = label
      table.rows.append(row)
    }
    let unread = Set(
      chart.items.indices.filter { pairing[$0] == nil }.flatMap { chart.items[$0].cellLines })
    let read = Set(table.rows.flatMap(\.cellLines)).union(chart.axis).subtracting(unread)
    if !table.rows.isEmpty { tables.append(table) }
    diagnostics.removeAll { read.contains($0.span.line) && $0.kind == .unrecognizedLine }
    guard !unread.isEmpty else { return }
    diagnostics.append(
      Diagnostic(
        kind: .tableUnexplained,
        message:
          "the chart of lines \(chart.table.span.line)–\(chart.table.span.endLine) prints its "
          + "labels apart from its bars, and no statement of a label with its amount elsewhere "
          + "in the document pairs them: its items are not exported",
        text: chart.labels.joined(separator: " "), span: chart.table.span))
  }

  static func chartText(_ line: Line) -> String {
    String(GenericLine.text(of: line).filter { $0 != " " })
  }

  static func plainAmount(_ text: String) -> Bool {
    let groups = text.split(separator: ",", omittingEmptySubsequences: false)
    guard let first = groups.first, (1...3).contains(first.count) else { return false }
    return text.allSatisfy { $0.isASCIIDigitCharacter || $0 == "," }
      && groups.dropFirst().allSatisfy { $0.count == 3 }
  }

  /// The chart whose first bar is the `p`th filled line.
  func stackedChart(_ lines: [Line], _ filled: [Int], from p: Int) -> StackedChart? {
    let text = { (k: Int) in Self.chartText(lines[filled[k]]) }
    var q = p
    while q < filled.count, Self.plainAmount(text(q)) { q += 1 }
    // The bars, then the axis from 0 (`0` alone, or 0, d, 2d, …).
    guard let zero = (p..<q).first(where: { text($0) == "0" }), (zero - p) >= 4,
      (zero - p) % 2 == 0,
      Self.isAxis((zero..<q).map { Int(text($0).filter(\.isASCIIDigitCharacter)) ?? -1 })
    else { return nil }
    let n = (zero - p) / 2
    // The years, then n labels, then the unit statement.
    var u = q
    while u < filled.count, u < q + 6 * n, GenericLine.unitStatement(text(u), units: units) == nil {
      u += 1
    }
    guard u < filled.count, u - q > n,
      let unit = GenericLine.unitStatement(text(u), units: units)?.0
    else { return nil }
    let labels = (u - n..<u).map(text)
    guard labels.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isNumber) }),
      Set(labels).count == n,
      let years = Self.repeatedYears((q..<u - n).map(text).joined(), n),
      let rest = chartTotal(lines, filled, after: u, n: n, years: years)
    else { return nil }
    // The columns as the chart prints them (`30年度`, `31年度`, `増△減`).
    let meanings = YearMarkedPairs.meanings(years.0, years.1).map {
      var meaning = $0
      meaning.header = $0.fiscalYearLabel ?? $0.header
      return meaning
    }
    var rows: [SummaryRowRecord] = []
    for k in 0...n {
      let a = k == 0 ? rest.a : cell(lines, filled[p + 2 * (k - 1)])
      let b = k == 0 ? rest.b : cell(lines, filled[p + 2 * (k - 1) + 1])
      let (c, r) = rest.changes[k]
      guard let a, let b, RunTogether.explains(meanings, [a, b, c, r]) else { return nil }
      var row = SummaryRowRecord(
        label: "", cells: [a, b, c, r].map(\.figure),
        span: SourceSpan(line: a.line, endLine: Swift.max(a.line, b.line, c.line, r.line)))
      row.cellLines = [a.line, b.line, c.line, r.line]
      rows.append(row)
    }
    // The total is the sum of the items' bars, year by year, at the printed precision.
    guard Self.chartSums(rows, unit: unit) else { return nil }
    rows[0].label = Self.chartTitle((Swift.max(0, p - 5)..<p).map(text)) ?? ""
    var table = SummaryTableRecord(
      section: "", unit: unit, columns: [meanings.map(\.header).joined(separator: " ")],
      rows: [], span: SourceSpan(line: lines[filled[p]].number, endLine: rest.endLine))
    table.meanings = meanings
    table.confirmed = true
    return StackedChart(
      table: table, total: rows[0], items: Array(rows.dropFirst()), labels: labels,
      axis: (zero..<q).map { lines[filled[$0]].number }, next: rest.next)
  }

  func cell(_ lines: [Line], _ index: Int) -> CellToken? {
    CellToken.parse(Self.chartText(lines[index]), line: lines[index].number, parser: parser)
  }

  /// `0`, or 0, d, 2d, … with d > 0.
  static func isAxis(_ ticks: [Int]) -> Bool {
    guard ticks.first == 0 else { return false }
    guard ticks.count > 1 else { return true }
    let step = ticks[1]
    return step > 0 && ticks.indices.allSatisfy { ticks[$0] == $0 * step }
  }

  /// `30年度31年度` printed `n` times (cut anywhere): the two years, one apart, with the era
  /// when one is printed (`平成30年度平成31年度`, `令和元年度2年度`: the second year takes the
  /// first's era); the digits of the first year are the total's header's (`30年度`).
  static func repeatedYears(_ joined: String, _ n: Int) -> (String, String, digits: String)? {
    let scalars = Array(joined.unicodeScalars)
    guard n > 0, scalars.count % n == 0 else { return nil }
    let one = String(String.UnicodeScalarView(scalars[0..<scalars.count / n]))
    guard String(repeating: one, count: n) == joined, one.hasSuffix("年度") else { return nil }
    let parts = one.dropLast(2).components(separatedBy: "年度")
    guard parts.count == 2 else { return nil }
    let eras = ["平成", "令和", "昭和"]
    let era = eras.first { parts[0].hasPrefix($0) } ?? ""
    let second = parts[1].hasPrefix(era) ? String(parts[1].dropFirst(era.count)) : parts[1]
    let first = String(parts[0].dropFirst(era.count))
    guard [first, second].allSatisfy({ $0 == "元" || Self.yearDigits($0) }),
      YearMarkedPairs.follows(first, second), !eras.contains(where: second.hasPrefix)
    else { return nil }
    return (era + first, era + second, first)
  }

  /// One to four ASCII digits (a year of an era, or of the Western calendar).
  static func yearDigits(_ text: String) -> Bool {
    (1...4).contains(text.count) && text.allSatisfy(\.isASCIIDigitCharacter)
  }

  /// The words after the title's year, printed in the lines before the bars.
  static func chartTitle(_ texts: [String]) -> String? {
    var joined = ""
    for text in texts.reversed() {
      guard !text.contains(where: \.isASCIIDigitCharacter) || text.hasSuffix("年度") else { break }
      joined = text + joined
      let parts = joined.components(separatedBy: "年度")
      if parts.count > 1, let label = parts.last {
        return label.isEmpty || label.contains(where: \.isNumber) ? nil : label
      }
    }
    return nil
  }
}
