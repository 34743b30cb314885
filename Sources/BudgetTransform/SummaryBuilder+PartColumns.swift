import BudgetModel

extension SummaryBuilder {
  /// The columns that are proven parts of another column (`ColumnMeaning.partOf`) whose
  /// outcome is a measure or the change: each keeps that column's outcome. A part of a column
  /// that is not exported is reported with it (it stays `unsupported`).
  static func partColumns(
    _ meanings: [ColumnMeaning], outcomes: [ColumnMeasure.Outcome]
  ) -> [Int: Int] {
    var parts: [Int: Int] = [:]
    for (k, meaning) in meanings.enumerated() {
      guard let g = meaning.partOf, g < outcomes.count, g != k else { continue }
      switch outcomes[g] {
      case .measure, .change, .rate: parts[k] = g
      case .unsupported: continue
      }
    }
    return parts
  }

  /// The part a proven part column holds, as its words name it without its column's words
  /// and `うち` (`令和2年度予算(当初)うち通常分` and `うち、通常分` → `通常分`); a part's rate
  /// column is the part before it.
  static func partName(_ k: Int, parts: [Int: Int], meanings: [ColumnMeaning]) -> String {
    guard let g = parts[k] else { return "" }
    if meanings[g].kind == .ratePercent, parts[k - 1] != nil {
      return partName(k - 1, parts: parts, meanings: meanings)
    }
    var word = Substring(meanings[k].header)
    if word.hasPrefix(meanings[g].header) { word = word.dropFirst(meanings[g].header.count) }
    if word.hasPrefix("うち") { word = word.dropFirst(2) }
    while let first = word.first, "、,・ ".contains(first) { word = word.dropFirst() }
    return String(word)
  }

  /// A row's proven part columns as entries of their own, one per part (`一般歳出 うち通常分`:
  /// the part's cell under each column), each figure with its column's measure and marked as
  /// a part (not summed), the part's rate its entry's rate; ids `t<table>-r<row>-p<part>`.
  func addPartRows(
    of row: SummaryRowRecord, number r: Int, table n: Int, _ table: SummaryTableRecord,
    parts: [Int: Int], outcomes: [ColumnMeasure.Outcome], meanings: [ColumnMeaning],
    builder tableBuilder: FigureBuilder, to result: inout Result
  ) throws {
    var names: [String] = []
    var columnsOf: [String: [Int]] = [:]
    for k in parts.keys.sorted() where k < row.cells.count {
      let name = Self.partName(k, parts: parts, meanings: meanings)
      if columnsOf[name] == nil { names.append(name) }
      columnsOf[name, default: []].append(k)
    }
    for (p, name) in names.enumerated() {
      let columns = columnsOf[name] ?? []
      var part = SummaryRowRecord(
        label: "\(row.label) うち\(name)", cells: columns.map { row.cells[$0] }, span: row.span)
      if !row.cellLines.isEmpty { part.cellLines = columns.map { row.cellLines[$0] } }
      var (figures, rate) = try cells(
        of: part, outcomes: columns.map { outcomes[parts[$0]!] },
        meanings: columns.map { meanings[parts[$0]!] }, builder: tableBuilder,
        findings: &result.findings)
      guard figures.contains(where: { $0.amountJPY != nil }) else { continue }
      for k in figures.indices {
        figures[k].marker = .partOf
        figures[k].countsTowardTotal = false
      }
      let id = result.reserve(
        "t\(n)-r\(r + 1)-p\(p + 1)", lines: [row.span.line], what: "table \(n)")
      result.genericIds.insert(id)
      result.entries.append(
        SummaryEntry(
          id: id, kind: .tableRow, section: n, sectionTitle: table.section, label: part.label,
          figures: figures,
          changeRatePercent: figures.contains { $0.measure == .change } ? rate : nil,
          span: row.span))
      result.printed[id] = part.cells
    }
  }
}
